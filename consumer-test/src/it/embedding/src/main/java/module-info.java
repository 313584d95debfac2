/**
 * A user's module: it reads rsisim-scenario (and through it rsisim-models and rsisim-core) and brings a model of its own to the
 * catalog.
 */
module org.rsisim.consumer {
    requires org.rsisim.scenario;

    provides org.rsisim.core.Model with org.rsisim.consumer.OwnModel;
}
