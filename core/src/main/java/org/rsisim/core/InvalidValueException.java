package org.rsisim.core;

/**
 * A value refused when a model, an experiment or a scenario is built: a parameter or setting outside its allowed
 * range, a distribution whose support leaves it, a run count that is not positive. The offending name and value are
 * fields, so a caller that locates the error (a scenario file's line, a page's input field) reads them instead of
 * parsing the message, and rewording the message moves nothing.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final double value;

    /**
     * Creates the exception.
     *
     * @param message the whole sentence, naming the value, what it is and what is allowed
     * @param name the name of the offending parameter, setting or option, such as {@code generations}
     * @param value the offending value; NaN when the value is not a number or not one value
     */
    public InvalidValueException(String message, String name, double value) {
        super(message);
        this.name = name;
        this.value = value;
    }

    /** @return the name of the offending parameter, setting or option */
    public String name() {
        return name;
    }

    /** @return the offending value, NaN when it is not one number */
    public double value() {
        return value;
    }
}
