/**
 * The scenario language: reading a scenario file, compiling it to an experiment with errors located at file, line
 * and column, the bundled scenarios as scenario files ({@link org.rsisim.scenario.ScenarioCatalog}), and the writers
 * of a result's JSON and CSV files, which need no terminal or chart library. Every package is API.
 *
 * <p>The bundled scenario files are resources of this module, read only by its own classes.
 */
module org.rsisim.scenario {
    requires transitive org.rsisim.models;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    exports org.rsisim.scenario;
    exports org.rsisim.scenario.report;
}
