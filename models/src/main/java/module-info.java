/**
 * The models of recursive self-improvement, their bundled data and calibrated scenarios, and the analyses built
 * on them (calibration, sensitivity, paired comparison). Every package is API.
 *
 * <p>{@link org.rsisim.models.ModelCatalog} finds every model with {@link java.util.ServiceLoader} as a service of
 * type {@link org.rsisim.core.Model}: a module that brings its own model declares {@code provides
 * org.rsisim.core.Model with ...} (on the class path, a {@code META-INF/services/org.rsisim.core.Model} file does
 * the same), and this module provides its bundled models the same way.
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
    exports org.rsisim.models.aifutures;
    exports org.rsisim.models.alignment;
    exports org.rsisim.models.analysis;
    exports org.rsisim.models.bottleneck;
    exports org.rsisim.models.capability;
    exports org.rsisim.models.economy;
    exports org.rsisim.models.explosion;
    exports org.rsisim.models.ftm;
    exports org.rsisim.models.rsi;
    exports org.rsisim.models.sie;

    uses org.rsisim.core.Model;

    provides org.rsisim.core.Model with
            org.rsisim.models.alignment.AlignmentModel,
            org.rsisim.models.rsi.RsiChain,
            org.rsisim.models.bottleneck.BottleneckModel,
            org.rsisim.models.capability.CapabilityModel,
            org.rsisim.models.explosion.ExplosionModel,
            org.rsisim.models.economy.EconomyModel,
            org.rsisim.models.sie.SieModel,
            org.rsisim.models.aifutures.AiFuturesModel,
            org.rsisim.models.ftm.FtmModel;
}
