/**
 * The models of recursive self-improvement, their bundled data and calibrated scenarios, and the analyses built
 * on them (calibration, sensitivity, paired comparison). Every package is API.
 *
 * <p>{@link org.rsisim.models.ModelCatalog} finds models of other modules with {@link java.util.ServiceLoader}: a
 * module that brings its own model declares {@code provides org.rsisim.models.ModelProvider with ...} (on the
 * class path, a {@code META-INF/services} file does the same). The bundled models are listed by the catalog
 * itself, so this module provides none.
 *
 * <p>The bundled data files (such as {@code org/rsisim/models/capability/essay-indicators.csv}) are read only by
 * this module's own classes, which may read the resources of their own packages; no package is opened, so the
 * files are reached through their classes (such as {@link org.rsisim.models.capability.IndicatorData}).
 */
module org.rsisim.models {
    requires transitive org.rsisim.core;
    requires org.apache.commons.rng.core;
    requires org.apache.commons.rng.sampling;
    requires hipparchus.core;
    requires hipparchus.fitting;
    requires hipparchus.ode;
    requires hipparchus.optim;

    exports org.rsisim.models;
    exports org.rsisim.models.alignment;
    exports org.rsisim.models.analysis;
    exports org.rsisim.models.bottleneck;
    exports org.rsisim.models.capability;
    exports org.rsisim.models.economy;
    exports org.rsisim.models.explosion;
    exports org.rsisim.models.rsi;

    uses org.rsisim.models.ModelProvider;
}
