package org.rsisim.testkit;

/**
 * Inputs on which a catalog model is known to break its contract, excluded from the catalog properties by name so
 * that those properties keep testing everything else. Each exclusion has a test in {@link KnownDefectsTest} that
 * reproduces the defect and fails once the model is fixed, so an exclusion cannot outlive its defect.
 */
final class KnownDefects {
    private KnownDefects() {
    }

    /**
     * A {@code fidelity_dispersion} so small (subnormal, below about {@code 5.6e-309}) that the beta concentration
     * {@code 1 / dispersion - 1} overflows to infinity: the alignment fidelity process then draws
     * {@code Infinity / Infinity} and records NaN.
     *
     * @param c a case of any catalog model
     * @return whether the case has such a dispersion
     */
    static boolean subnormalDispersion(ModelCase c) {
        for (int i = 0; i < c.model().parameters().size(); i++) {
            if (c.model().parameters().get(i).name().equals("fidelity_dispersion")) {
                double d = c.parameters()[i];
                return d > 0 && !Double.isFinite(1 / d);
            }
        }
        return false;
    }
}
