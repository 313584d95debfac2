/**
 * The rsisim engine: random streams, parameter distributions, run scheduling and mergeable statistics.
 * Knows no model. Exports only its API packages; {@code org.rsisim.core.internal} is not API.
 */
module org.rsisim.core {
    requires transitive org.apache.commons.rng.api;
    requires org.apache.commons.rng.sampling;
    requires hipparchus.core;

    exports org.rsisim.core;
    exports org.rsisim.core.distribution;
    exports org.rsisim.core.rare;
    exports org.rsisim.core.stat;
}
