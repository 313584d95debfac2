/**
 * {@code rsisim serve}: a local web page over the engine. A researcher chooses a bundled scenario or pastes one,
 * edits its parameters, runs it with progress streamed from the engine, compares two configurations on common random
 * numbers, downloads the scenario and the result, and shares a link that reproduces the result to the bit. See
 * {@link org.rsisim.serve.ServeServer}.
 */
module org.rsisim.serve {
    requires transitive org.rsisim.scenario;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.util;

    exports org.rsisim.serve;
}
