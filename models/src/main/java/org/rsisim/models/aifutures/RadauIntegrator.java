package org.rsisim.models.aifutures;

/**
 * The three-stage Radau IIA method of order 5 with the step-size control, simplified Newton iteration, numerical
 * Jacobian and dense output of SciPy's {@code solve_ivp(method='Radau')} (after Hairer and Wanner, Solving Ordinary
 * Differential Equations II, section IV.8), for a system of two equations, written so that it takes the same steps
 * as SciPy on the same right-hand side: the AI Futures model's published answers are SciPy's Radau solution at
 * {@code rtol = 1e-3}, {@code atol = 1e-5}, {@code max_step = 1}, whose own error (up to about 0.01 years on a
 * milestone) is part of their answer.
 *
 * <p>Every array is allocated at construction, never per step: the dense output is evaluated at the output dates
 * as the steps pass them, so only the last step is kept. Not thread-safe.
 */
final class RadauIntegrator {
    /** A right-hand side of two equations. */
    interface Rhs {
        /**
         * Writes {@code dy/dt} at {@code (t, y0, y1)} into {@code out[0..1]}.
         *
         * @param t time
         * @param y0 first state variable
         * @param y1 second state variable
         * @param out the derivative, written
         */
        void eval(double t, double y0, double y1, double[] out);
    }

    private static final double EPS = Math.ulp(1.0);
    private static final double S6 = Math.sqrt(6);
    private static final double[] C = {(4 - S6) / 10, (4 + S6) / 10, 1};
    private static final double[] E = {(-13 - 7 * S6) / 3, (-13 + 7 * S6) / 3, -1.0 / 3};
    private static final double MU_REAL = 3 + Math.pow(3, 2.0 / 3) - Math.pow(3, 1.0 / 3);
    private static final double MU_COMPLEX_RE = 3 + 0.5 * (Math.pow(3, 1.0 / 3) - Math.pow(3, 2.0 / 3));
    private static final double MU_COMPLEX_IM = -0.5 * (Math.pow(3, 5.0 / 6) + Math.pow(3, 7.0 / 6));
    private static final double[][] T = {
        {0.09443876248897524, -0.14125529502095421, 0.03002919410514742},
        {0.25021312296533332, 0.20412935229379994, -0.38294211275726192},
        {1, 1, 0}};
    private static final double[][] TI = {
        {4.17871859155190428, 0.32768282076106237, 0.52337644549944951},
        {-4.17871859155190428, -0.32768282076106237, 0.47662355450055044},
        {0.50287263494578682, -2.57192694985560522, 0.59603920482822492}};
    private static final double[][] P = {
        {13.0 / 3 + 7 * S6 / 3, -23.0 / 3 - 22 * S6 / 3, 10.0 / 3 + 5 * S6},
        {13.0 / 3 - 7 * S6 / 3, -23.0 / 3 + 22 * S6 / 3, 10.0 / 3 - 5 * S6},
        {1.0 / 3, -8.0 / 3, 10.0 / 3}};
    private static final int NEWTON_MAXITER = 6;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 10;
    private static final double JAC_DIFF_REJECT = Math.pow(EPS, 0.875);
    private static final double JAC_DIFF_SMALL = Math.pow(EPS, 0.75);
    private static final double JAC_DIFF_BIG = Math.pow(EPS, 0.25);
    private static final double JAC_MIN_FACTOR = 1e3 * EPS;

    private final double rtol;
    private final double atol;
    private final double maxStep;

    /** At most this many steps per integration; a trajectory that needs more is reported as failed. */
    static final int MAX_STEPS = 20_000;
    /** Most tries of one step (each rejection or failed Newton iteration shrinks it) before the solver gives up. */
    static final int MAX_ATTEMPTS = 100;

    // the last step's dense output: t_old, h, y_old (2), Q (2 x 3)
    private int steps;
    private final double[] ts = new double[1];
    private final double[] segH = new double[1];
    private final double[] segY = new double[2];
    private final double[] segQ = new double[6];

    private final double[] f = new double[2];
    private final double[] fNew = new double[2];
    private final double[] tmp = new double[2];
    private final double[] jac = new double[4];
    private final double[] jacFactor = new double[2];
    private boolean jacFactorSet;
    private final double[] z = new double[6];
    private final double[] w = new double[6];
    private final double[] dw = new double[6];
    private final double[] fz = new double[6];
    private final double[] z0 = new double[6];
    private final double[] err = new double[2];
    // LU of the real matrix (2 x 2, partial pivoting) and of the complex one
    private final double[] luR = new double[4];
    private int pivR;
    private final double[] luCr = new double[4];
    private final double[] luCi = new double[4];
    private int pivC;
    private boolean luValid;
    private double reached;
    private double cap = Double.POSITIVE_INFINITY;
    private double floor1 = Double.NaN;

    /**
     * Bounds the accepted state as their right-hand side does to the array it is handed, which SciPy keeps as the
     * solver's state: the first variable at most {@code cap}, the second at most {@code cap} and, when not
     * positive, set to {@code floor1}.
     */
    void bounds(double cap, double floor1) {
        this.cap = cap;
        this.floor1 = floor1;
    }
    private int lastIter;
    private double lastRate;

    RadauIntegrator(double rtol, double atol, double maxStep) {
        this.rtol = rtol;
        this.atol = atol;
        this.maxStep = maxStep;
    }

    /**
     * Integrates from {@code t0} to {@code tEnd} and evaluates the dense output at the output dates as the steps
     * pass them (SciPy's OdeSolution: a date on a step boundary takes the step that ends there, the start date the
     * first step).
     *
     * @param gridT output dates, increasing, within {@code [t0, tEnd]}
     * @param n number of output dates
     * @param out0 first state variable at the output dates, written
     * @param out1 second state variable at the output dates, written
     * @return {@code false} if the step size fell below its minimum (SciPy's failure) or more than
     *         {@link #MAX_STEPS} steps were needed; the output dates after the failure then hold the last step's
     *         polynomial extrapolated
     */
    boolean integrate(Rhs rhs, double t0, double y00, double y01, double tEnd, double[] gridT, int n,
            double[] out0, double[] out1) {
        steps = 0;
        reached = t0;
        int next = 0;
        jacFactorSet = false;
        double t = t0;
        double y0 = y00;
        double y1 = y01;
        rhs.eval(t, y0, y1, f);
        double hAbs = initialStep(rhs, t, y0, y1);
        numJac(rhs, t, y0, y1);
        boolean currentJac = true;
        luValid = false;
        double hAbsOld = Double.NaN;
        double errorNormOld = Double.NaN;
        boolean haveSol = false;
        while (t < tEnd) {
            double minStep = 10 * Math.abs(Math.nextUp(t) - t);
            double h;
            double hOld;
            double eOld;
            if (hAbs > maxStep) {
                h = maxStep;
                hOld = Double.NaN;
                eOld = Double.NaN;
            } else if (hAbs < minStep) {
                h = minStep;
                hOld = Double.NaN;
                eOld = Double.NaN;
            } else {
                h = hAbs;
                hOld = hAbsOld;
                eOld = errorNormOld;
            }
            boolean rejected = false;
            boolean accepted = false;
            double errorNorm = 0;
            double safety = 0;
            double tNew = t;
            int nIter = 0;
            double rate = Double.NaN;
            double yn0 = y0;
            double yn1 = y1;
            int attempts = 0;
            while (!accepted) {
                // A step size that is NaN (a right-hand side that returned NaN) or that needed more than
                // MAX_ATTEMPTS tries fails as a step below the minimum does, so a run always ends.
                if (!(h >= minStep) || ++attempts > MAX_ATTEMPTS) {
                    extrapolate(next, gridT, n, out0, out1, y0, y1);
                    return false;
                }
                tNew = t + h;
                if (tNew - tEnd > 0) {
                    tNew = tEnd;
                }
                double hh = tNew - t;
                h = Math.abs(hh);
                if (!haveSol) {
                    java.util.Arrays.fill(z0, 0);
                } else {
                    for (int i = 0; i < 3; i++) {
                        double ti = t + hh * C[i];
                        double x = (ti - ts[0]) / segH[0];
                        z0[2 * i] = dense(0, 0, x) - y0;
                        z0[2 * i + 1] = dense(0, 1, x) - y1;
                    }
                }
                double sc0 = atol + Math.abs(y0) * rtol;
                double sc1 = atol + Math.abs(y1) * rtol;
                boolean converged = false;
                while (!converged) {
                    if (!luValid) {
                        factor(hh);
                    }
                    converged = newton(rhs, t, y0, y1, hh, sc0, sc1, newtonTol());
                    nIter = lastIter;
                    rate = lastRate;
                    if (!converged) {
                        if (currentJac) {
                            break;
                        }
                        numJac(rhs, t, y0, y1);
                        currentJac = true;
                        luValid = false;
                    }
                }
                if (!converged) {
                    h *= 0.5;
                    luValid = false;
                    continue;
                }
                yn0 = y0 + z[4];
                yn1 = y1 + z[5];
                double ze0 = (z[0] * E[0] + z[2] * E[1] + z[4] * E[2]) / hh;
                double ze1 = (z[1] * E[0] + z[3] * E[1] + z[5] * E[2]) / hh;
                solveReal(f[0] + ze0, f[1] + ze1, err);
                double s0 = atol + Math.max(Math.abs(y0), Math.abs(yn0)) * rtol;
                double s1 = atol + Math.max(Math.abs(y1), Math.abs(yn1)) * rtol;
                errorNorm = norm2(err[0] / s0, err[1] / s1);
                safety = 0.9 * (2 * NEWTON_MAXITER + 1) / (2 * NEWTON_MAXITER + nIter);
                if (rejected && errorNorm > 1) {
                    rhs.eval(t, y0 + err[0], y1 + err[1], tmp);
                    solveReal(tmp[0] + ze0, tmp[1] + ze1, err);
                    errorNorm = norm2(err[0] / s0, err[1] / s1);
                }
                if (errorNorm > 1) {
                    double fac = predictFactor(h, hOld, errorNorm, eOld);
                    h *= Math.max(MIN_FACTOR, safety * fac);
                    luValid = false;
                    rejected = true;
                } else {
                    accepted = true;
                }
            }
            boolean recomputeJac = nIter > 2 && rate > 1e-3;
            double fac = predictFactor(h, hOld, errorNorm, eOld);
            fac = Math.min(MAX_FACTOR, safety * fac);
            if (!recomputeJac && fac < 1.2) {
                fac = 1;
            } else {
                luValid = false;
            }
            if (yn0 > cap) {
                yn0 = cap;
            }
            if (yn1 <= 0) {
                yn1 = floor1;
            } else if (yn1 > cap) {
                yn1 = cap;
            }
            rhs.eval(tNew, yn0, yn1, fNew);
            if (recomputeJac) {
                f[0] = fNew[0];
                f[1] = fNew[1];
                numJac(rhs, tNew, yn0, yn1);
                currentJac = true;
            } else {
                currentJac = false;
            }
            hAbsOld = hAbs;
            errorNormOld = errorNorm;
            hAbs = h * fac;
            record(t, tNew, y0, y1);
            haveSol = true;
            while (next < n && (gridT[next] <= tNew || tNew >= tEnd)) {
                double x = (gridT[next] - t) / segH[0];
                out0[next] = dense(0, 0, x);
                out1[next] = dense(0, 1, x);
                next++;
            }
            if (steps > MAX_STEPS) {
                extrapolate(next, gridT, n, out0, out1, y0, y1);
                return false;
            }
            t = tNew;
            reached = tNew;
            y0 = yn0;
            y1 = yn1;
            f[0] = fNew[0];
            f[1] = fNew[1];
        }
        return true;
    }

    private double newtonTol() {
        return Math.max(10 * EPS / rtol, Math.min(0.03, Math.sqrt(rtol)));
    }

    private static double norm2(double a, double b) {
        return Math.sqrt(a * a + b * b) / Math.sqrt(2);
    }

    private static double predictFactor(double h, double hOld, double errorNorm, double errorNormOld) {
        double multiplier;
        if (Double.isNaN(errorNormOld) || Double.isNaN(hOld) || errorNorm == 0) {
            multiplier = 1;
        } else {
            multiplier = h / hOld * Math.pow(errorNormOld / errorNorm, 0.25);
        }
        return Math.min(1, multiplier) * Math.pow(errorNorm, -0.25);
    }

    private double initialStep(Rhs rhs, double t0, double y0, double y1) {
        double s0 = atol + Math.abs(y0) * rtol;
        double s1 = atol + Math.abs(y1) * rtol;
        double d0 = norm2(y0 / s0, y1 / s1);
        double d1 = norm2(f[0] / s0, f[1] / s1);
        double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        rhs.eval(t0 + h0, y0 + h0 * f[0], y1 + h0 * f[1], tmp);
        double d2 = norm2((tmp[0] - f[0]) / s0, (tmp[1] - f[1]) / s1) / h0;
        double h1 = d1 <= 1e-15 && d2 <= 1e-15 ? Math.max(1e-6, h0 * 1e-3)
                : Math.pow(0.01 / Math.max(d1, d2), 1.0 / 4);
        return Math.min(100 * h0, h1);
    }

    /** SciPy's num_jac for two equations, with its adaptive relative step per column. */
    private void numJac(Rhs rhs, double t, double y0, double y1) {
        if (!jacFactorSet) {
            jacFactor[0] = Math.sqrt(EPS);
            jacFactor[1] = Math.sqrt(EPS);
            jacFactorSet = true;
        }
        for (int col = 0; col < 2; col++) {
            double y = col == 0 ? y0 : y1;
            double fSign = f[col] >= 0 ? 1 : -1;
            double yScale = fSign * Math.max(atol, Math.abs(y));
            double factor = jacFactor[col];
            double hc = (y + factor * yScale) - y;
            while (hc == 0) {
                factor *= 10;
                hc = (y + factor * yScale) - y;
            }
            evalShift(rhs, t, y0, y1, col, hc, tmp);
            double d0 = tmp[0] - f[0];
            double d1 = tmp[1] - f[1];
            int maxInd = Math.abs(d1) > Math.abs(d0) ? 1 : 0;
            double maxDiff = Math.abs(maxInd == 0 ? d0 : d1);
            double scale = Math.max(Math.abs(f[maxInd]), Math.abs(tmp[maxInd]));
            if (maxDiff < JAC_DIFF_REJECT * scale) {
                double newFactor = 10 * factor;
                double hNew = (y + newFactor * yScale) - y;
                double n0 = tmp[0];
                double n1 = tmp[1];
                evalShift(rhs, t, y0, y1, col, hNew, tmp);
                double e0 = tmp[0] - f[0];
                double e1 = tmp[1] - f[1];
                int mi = Math.abs(e1) > Math.abs(e0) ? 1 : 0;
                double maxDiffNew = Math.abs(mi == 0 ? e0 : e1);
                double scaleNew = Math.max(Math.abs(f[mi]), Math.abs(tmp[mi]));
                if (maxDiff * scaleNew < maxDiffNew * scale) {
                    factor = newFactor;
                    hc = hNew;
                    d0 = e0;
                    d1 = e1;
                    scale = scaleNew;
                    maxDiff = maxDiffNew;
                } else {
                    tmp[0] = n0;
                    tmp[1] = n1;
                }
            }
            jac[col] = d0 / hc;
            jac[2 + col] = d1 / hc;
            if (maxDiff < JAC_DIFF_SMALL * scale) {
                factor *= 10;
            } else if (maxDiff > JAC_DIFF_BIG * scale) {
                factor *= 0.1;
            }
            jacFactor[col] = Math.max(factor, JAC_MIN_FACTOR);
        }
    }

    private static void evalShift(Rhs rhs, double t, double y0, double y1, int col, double h, double[] out) {
        if (col == 0) {
            rhs.eval(t, y0 + h, y1, out);
        } else {
            rhs.eval(t, y0, y1 + h, out);
        }
    }

    /** LU factors of MU_REAL/h I - J and MU_COMPLEX/h I - J. */
    private void factor(double h) {
        double mr = MU_REAL / h;
        // real: [[mr - j00, -j01], [-j10, mr - j11]]
        double a00 = mr - jac[0];
        double a01 = -jac[1];
        double a10 = -jac[2];
        double a11 = mr - jac[3];
        if (Math.abs(a10) > Math.abs(a00)) {
            pivR = 1;
            double l = a00 / a10;
            luR[0] = a10;
            luR[1] = a11;
            luR[2] = l;
            luR[3] = a01 - l * a11;
        } else {
            pivR = 0;
            double l = a10 / a00;
            luR[0] = a00;
            luR[1] = a01;
            luR[2] = l;
            luR[3] = a11 - l * a01;
        }
        // complex: mc / h with mc = MU_COMPLEX
        double hr = 1 / h;
        double cr = MU_COMPLEX_RE * hr;
        double ci = MU_COMPLEX_IM * hr;
        double b00r = cr - jac[0];
        double b00i = ci;
        double b01r = -jac[1];
        double b10r = -jac[2];
        double b11r = cr - jac[3];
        double b11i = ci;
        // LAPACK zgetrf pivots on the largest |re| + |im|
        if (Math.abs(b10r) > Math.abs(b00r) + Math.abs(b00i)) {
            pivC = 1;
            // rows swapped: first row (b10, b11), second (b00, b01)
            double lr = b00r / b10r;
            double li = b00i / b10r;
            luCr[0] = b10r;
            luCi[0] = 0;
            luCr[1] = b11r;
            luCi[1] = b11i;
            luCr[2] = lr;
            luCi[2] = li;
            // u11 = b01 - l * b11
            luCr[3] = b01r - (lr * b11r - li * b11i);
            luCi[3] = -(lr * b11i + li * b11r);
        } else {
            pivC = 0;
            // l = b10 / b00
            double den = b00r * b00r + b00i * b00i;
            double lr = b10r * b00r / den;
            double li = -b10r * b00i / den;
            luCr[0] = b00r;
            luCi[0] = b00i;
            luCr[1] = b01r;
            luCi[1] = 0;
            luCr[2] = lr;
            luCi[2] = li;
            // u11 = b11 - l * b01
            luCr[3] = b11r - lr * b01r;
            luCi[3] = b11i - li * b01r;
        }
        luValid = true;
    }

    private void solveReal(double b0, double b1, double[] out) {
        if (pivR == 1) {
            double t = b0;
            b0 = b1;
            b1 = t;
        }
        double yy1 = b1 - luR[2] * b0;
        double x1 = yy1 / luR[3];
        double x0 = (b0 - luR[1] * x1) / luR[0];
        out[0] = x0;
        out[1] = x1;
    }

    /** Solves the complex system; (b0r, b0i), (b1r, b1i) in, result in dw[2..5] as (re0, re1, im0, im1). */
    private void solveComplex(double b0r, double b0i, double b1r, double b1i) {
        if (pivC == 1) {
            double t = b0r;
            b0r = b1r;
            b1r = t;
            t = b0i;
            b0i = b1i;
            b1i = t;
        }
        // y1 = b1 - l * b0
        double y1r = b1r - (luCr[2] * b0r - luCi[2] * b0i);
        double y1i = b1i - (luCr[2] * b0i + luCi[2] * b0r);
        // x1 = y1 / u11
        double den = luCr[3] * luCr[3] + luCi[3] * luCi[3];
        double x1r = (y1r * luCr[3] + y1i * luCi[3]) / den;
        double x1i = (y1i * luCr[3] - y1r * luCi[3]) / den;
        // x0 = (b0 - u01 x1) / u00
        double nr = b0r - (luCr[1] * x1r - luCi[1] * x1i);
        double ni = b0i - (luCr[1] * x1i + luCi[1] * x1r);
        double d0 = luCr[0] * luCr[0] + luCi[0] * luCi[0];
        double x0r = (nr * luCr[0] + ni * luCi[0]) / d0;
        double x0i = (ni * luCr[0] - nr * luCi[0]) / d0;
        dw[2] = x0r;
        dw[3] = x1r;
        dw[4] = x0i;
        dw[5] = x1i;
    }

    private boolean newton(Rhs rhs, double t, double y0, double y1, double h, double sc0, double sc1, double tol) {
        double mReal = MU_REAL / h;
        // M_complex = MU_COMPLEX / h
        double mcr = MU_COMPLEX_RE / h;
        double mci = MU_COMPLEX_IM / h;
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 2; c++) {
                w[2 * i + c] = TI[i][0] * z0[c] + TI[i][1] * z0[2 + c] + TI[i][2] * z0[4 + c];
            }
        }
        System.arraycopy(z0, 0, z, 0, 6);
        double dwNormOld = Double.NaN;
        double rate = Double.NaN;
        boolean converged = false;
        int k;
        for (k = 0; k < NEWTON_MAXITER; k++) {
            boolean finite = true;
            for (int i = 0; i < 3; i++) {
                rhs.eval(t + h * C[i], y0 + z[2 * i], y1 + z[2 * i + 1], tmp);
                fz[2 * i] = tmp[0];
                fz[2 * i + 1] = tmp[1];
                finite &= Double.isFinite(tmp[0]) && Double.isFinite(tmp[1]);
            }
            if (!finite) {
                break;
            }
            double fr0 = fz[0] * TI[0][0] + fz[2] * TI[0][1] + fz[4] * TI[0][2] - mReal * w[0];
            double fr1 = fz[1] * TI[0][0] + fz[3] * TI[0][1] + fz[5] * TI[0][2] - mReal * w[1];
            // TI_COMPLEX = TI[1] + i TI[2]; f_complex = F.T TI_COMPLEX - M_complex (W1 + i W2)
            double fc0r = fz[0] * TI[1][0] + fz[2] * TI[1][1] + fz[4] * TI[1][2] - (mcr * w[2] - mci * w[4]);
            double fc0i = fz[0] * TI[2][0] + fz[2] * TI[2][1] + fz[4] * TI[2][2] - (mcr * w[4] + mci * w[2]);
            double fc1r = fz[1] * TI[1][0] + fz[3] * TI[1][1] + fz[5] * TI[1][2] - (mcr * w[3] - mci * w[5]);
            double fc1i = fz[1] * TI[2][0] + fz[3] * TI[2][1] + fz[5] * TI[2][2] - (mcr * w[5] + mci * w[3]);
            solveReal(fr0, fr1, err);
            dw[0] = err[0];
            dw[1] = err[1];
            solveComplex(fc0r, fc0i, fc1r, fc1i);
            double sum = 0;
            for (int i = 0; i < 3; i++) {
                double a = dw[2 * i] / sc0;
                double b = dw[2 * i + 1] / sc1;
                sum += a * a + b * b;
            }
            double dwNorm = Math.sqrt(sum) / Math.sqrt(6);
            if (!Double.isNaN(dwNormOld)) {
                rate = dwNorm / dwNormOld;
            }
            if (!Double.isNaN(rate) && (rate >= 1
                    || Math.pow(rate, NEWTON_MAXITER - k) / (1 - rate) * dwNorm > tol)) {
                break;
            }
            for (int i = 0; i < 6; i++) {
                w[i] += dw[i];
            }
            for (int i = 0; i < 3; i++) {
                for (int c = 0; c < 2; c++) {
                    z[2 * i + c] = T[i][0] * w[c] + T[i][1] * w[2 + c] + T[i][2] * w[4 + c];
                }
            }
            if (dwNorm == 0 || !Double.isNaN(rate) && rate / (1 - rate) * dwNorm < tol) {
                converged = true;
                break;
            }
            dwNormOld = dwNorm;
        }
        lastIter = Math.min(k, NEWTON_MAXITER - 1) + 1;
        lastRate = rate;
        return converged;
    }

    /**
     * After a failure, the output dates not yet reached take the last step's polynomial, extrapolated, as SciPy's
     * OdeSolution of a failed solve gives them (their model then reads its grid from that solution); with no step
     * taken, the current state.
     */
    private void extrapolate(int next, double[] gridT, int n, double[] out0, double[] out1, double y0, double y1) {
        for (int k = next; k < n; k++) {
            if (steps == 0) {
                out0[k] = y0;
                out1[k] = y1;
            } else {
                double x = (gridT[k] - ts[0]) / segH[0];
                out0[k] = dense(0, 0, x);
                out1[k] = dense(0, 1, x);
            }
        }
    }

    /** Keeps the last step's dense output (slot 0) and counts the step. */
    private void record(double tOld, double tNew, double y0, double y1) {
        ts[0] = tOld;
        segH[0] = tNew - tOld;
        segY[0] = y0;
        segY[1] = y1;
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < 3; j++) {
                segQ[3 * c + j] = z[c] * P[0][j] + z[2 + c] * P[1][j] + z[4 + c] * P[2][j];
            }
        }
        steps++;
    }

    private double dense(int s, int c, double x) {
        int q = 6 * s + 3 * c;
        double x2 = x * x;
        return segQ[q] * x + segQ[q + 1] * x2 + segQ[q + 2] * x2 * x + segY[2 * s + c];
    }

    /** Returns the time the last integration reached (its end, or where it failed). */
    double reached() {
        return reached;
    }

    /** Returns the number of accepted steps of the last integration. */
    int steps() {
        return steps;
    }
}
