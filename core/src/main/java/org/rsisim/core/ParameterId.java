package org.rsisim.core;

/**
 * The handle of a declared {@link Parameter}, a per-run parameter or a model setting: it reads the parameter's value
 * from the array of values in declaration order ({@link Simulation#run}'s {@code parameters}, or the resolved
 * settings of {@link Declarations#resolve}). Only {@link Declarations#parameter} and {@link Declarations#setting}
 * make one, so the index and the list cannot drift apart. Immutable.
 */
public final class ParameterId {
    private final Parameter parameter;
    private final int index;

    ParameterId(Parameter parameter, int index) {
        this.parameter = parameter;
        this.index = index;
    }

    /**
     * Returns this parameter's value. Does not validate: values are checked when the experiment or model is built.
     *
     * @param values one value per declared parameter, in declaration order
     * @return {@code values[index()]}
     */
    public double get(double[] values) {
        return values[index];
    }

    /**
     * Returns this parameter's value as an {@code int}, for a whole-number setting.
     *
     * @param values one value per declared parameter, in declaration order, already checked
     * @return {@code (int) values[index()]}
     */
    public int getInt(double[] values) {
        return (int) values[index];
    }

    /** @return the index of the parameter in its declaration order */
    public int index() {
        return index;
    }

    /** @return the declaration */
    public Parameter parameter() {
        return parameter;
    }

    /** @return the parameter's name */
    @Override
    public String toString() {
        return parameter.name();
    }
}
