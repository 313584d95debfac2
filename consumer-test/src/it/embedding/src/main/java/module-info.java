/**
 * A user's module: it reads rsisim-models (and through it rsisim-core) and brings a model of its own to the
 * catalog.
 */
module org.rsisim.consumer {
    requires org.rsisim.models;

    provides org.rsisim.core.Model with org.rsisim.consumer.OwnModel;
}
