package org.rsisim.models.aifutures;

/**
 * The explicit Runge-Kutta pairs of SciPy's {@code solve_ivp} ({@code method='RK23'}, {@code 'RK45'},
 * {@code 'DOP853'}), with SciPy's step-size control, initial step, minimum step and dense output, for a system of two
 * equations, written so that it takes the same steps as SciPy on the same right-hand side. The AI Futures model
 * falls back on these, in a fixed order, when its Radau solve fails ({@link AiFuturesDynamics}), and its published
 * answers are then SciPy's solution with the first of them that succeeds, or the last one's extrapolated.
 *
 * <p>The methods and their coefficients are the published ones:
 * <ul>
 *   <li>{@link Method#RK23}: the Bogacki-Shampine 3(2) pair (P. Bogacki and L. F. Shampine, "A 3(2) pair of
 *       Runge-Kutta formulas", Appl. Math. Lett. 2(4), 321-325, 1989), with the cubic Hermite interpolant;</li>
 *   <li>{@link Method#RK45}: the Dormand-Prince 5(4) pair (J. R. Dormand and P. J. Prince, "A family of embedded
 *       Runge-Kutta formulae", J. Comput. Appl. Math. 6(1), 19-26, 1980), with the quartic interpolant of
 *       L. F. Shampine, "Some practical Runge-Kutta formulas", Math. Comp. 46(173), 135-150, 1986;</li>
 *   <li>{@link Method#DOP853}: the Dormand-Prince 8(5,3) method of E. Hairer, S. P. Norsett and G. Wanner,
 *       Solving Ordinary Differential Equations I: Nonstiff Problems, 2nd ed., Springer 1993, section II.10 (the
 *       coefficients of their code {@code dop853.f}), with its combined 5th- and 3rd-order error estimate and its
 *       7th-order dense output from three extra stages.</li>
 * </ul>
 * The step control is SciPy's ({@code scipy/integrate/_ivp/rk.py}, version 1.10): the error norm is the root mean
 * square of the error estimate over {@code atol + rtol max(|y_old|, |y_new|)}; an accepted step multiplies the step
 * size by {@code min(10, 0.9 err^(-1/(q+1)))} ({@code q} the order of the error estimator; 10 if the error is 0, and
 * at most 1 after a rejection), a rejected one by {@code max(0.2, 0.9 err^(-1/(q+1)))}; the step is capped at
 * {@code max_step} and the solve fails when it falls below {@code 10 |nextafter(t, inf) - t|}. The first step is
 * SciPy's {@code select_initial_step} (Hairer, Norsett and Wanner, section II.4). Comparisons and {@code min},
 * {@code max} follow Python's semantics (a NaN compares false), so a NaN error shrinks the step as a large one does.
 *
 * <p>Why a port: Hipparchus has {@code DormandPrince54Integrator} and {@code DormandPrince853Integrator}, but their
 * step-size control (its initial step, its safety factor and bounds, its error norm) differs from SciPy's, so they
 * take other steps; in a blow-up, where the model's answer is where the steps stop, that moves milestone dates. They
 * also allocate state and step-interpolator objects per step. Like {@link RadauIntegrator}, this class allocates
 * every array at construction and keeps only the last accepted step; the output dates are evaluated through the dense
 * output as the steps pass them. Not thread-safe.
 *
 * <p>Sums are taken in the order, and with the fused multiply-adds, of the BLAS routines NumPy's {@code dot} reaches
 * for these shapes (OpenBLAS 0.3.21 on x86-64, where the reference values were made), since in a blow-up the step
 * where the solve fails, and the extrapolation after it, depend on the last bits of the error estimate.
 *
 * <p>Their right-hand side clamps the state it is handed, in place, and SciPy then keeps the clamped array as the
 * accepted state (the derivative at the end of a step is evaluated on the new state array itself); {@link #bounds}
 * reproduces that. Departures from SciPy, for termination only: a solve fails after {@link #MAX_STEPS} accepted steps
 * or {@link #MAX_ATTEMPTS} tries of one step (SciPy would go on), and when the step size is NaN.
 */
final class RungeKuttaIntegrator {
    /** The Runge-Kutta pair. */
    enum Method {
        /** Bogacki-Shampine 3(2). */
        RK23,
        /** Dormand-Prince 5(4). */
        RK45,
        /** Dormand-Prince 8(5,3). */
        DOP853
    }

    private static final double SAFETY = 0.9;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 10;

    /** At most this many accepted steps per integration; a trajectory that needs more is reported as failed. */
    static final int MAX_STEPS = 1_000_000;
    /** Most tries of one step before the solver gives up. */
    static final int MAX_ATTEMPTS = 1_000;

    // Bogacki-Shampine 3(2)
    private static final double[] RK23_C = {0, 1.0 / 2, 3.0 / 4};
    private static final double[][] RK23_A = {{}, {1.0 / 2}, {0, 3.0 / 4}};
    private static final double[] RK23_B = {2.0 / 9, 1.0 / 3, 4.0 / 9};
    private static final double[] RK23_E = {5.0 / 72, -1.0 / 12, -1.0 / 9, 1.0 / 8};
    private static final double[][] RK23_P = {
        {1, -4.0 / 3, 5.0 / 9},
        {0, 1, -2.0 / 3},
        {0, 4.0 / 3, -8.0 / 9},
        {0, -1, 1}};

    // Dormand-Prince 5(4)
    private static final double[] RK45_C = {0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1};
    private static final double[][] RK45_A = {
        {},
        {1.0 / 5},
        {3.0 / 40, 9.0 / 40},
        {44.0 / 45, -56.0 / 15, 32.0 / 9},
        {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
        {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656}};
    private static final double[] RK45_B = {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84};
    private static final double[] RK45_E = {-71.0 / 57600, 0, 71.0 / 16695, -71.0 / 1920, 17253.0 / 339200,
        -22.0 / 525, 1.0 / 40};
    private static final double[][] RK45_P = {
        {1, -8048581381.0 / 2820520608L, 8663915743.0 / 2820520608L, -12715105075.0 / 11282082432L},
        {0, 0, 0, 0},
        {0, 131558114200.0 / 32700410799L, -68118460800.0 / 10900136933L, 87487479700.0 / 32700410799L},
        {0, -1754552775.0 / 470086768, 14199869525.0 / 1410260304, -10690763975.0 / 1880347072},
        {0, 127303824393.0 / 49829197408L, -318862633887.0 / 49829197408L, 701980252875.0 / 199316789632L},
        {0, -282668133.0 / 205662961, 2019193451.0 / 616988883, -1453857185.0 / 822651844},
        {0, 40617522.0 / 29380423, -110615467.0 / 29380423, 69997945.0 / 29380423}};

    // Dormand-Prince 8(5,3): 12 stages, the stage at the new state, 3 extra stages for the dense output
    private static final int DOP_STAGES = 12;
    private static final int DOP_STAGES_EXTENDED = 16;
    private static final double[] DOP_C = {0.0, 0.05260015195876773, 0.0789002279381516, 0.1183503419072274,
        0.2816496580927726, 0.3333333333333333, 0.25, 0.3076923076923077, 0.6512820512820513, 0.6,
        0.8571428571428571, 1.0, 1.0, 0.1, 0.2, 0.7777777777777778};
    private static final double[][] DOP_A = {
        {},
        {0.05260015195876773},
        {0.0197250569845379, 0.0591751709536137},
        {0.02958758547680685, 0.0, 0.08876275643042054},
        {0.2413651341592667, 0.0, -0.8845494793282861, 0.924834003261792},
        {0.037037037037037035, 0.0, 0.0, 0.17082860872947386, 0.12546768756682242},
        {0.037109375, 0.0, 0.0, 0.17025221101954405, 0.06021653898045596, -0.017578125},
        {0.03709200011850479, 0.0, 0.0, 0.17038392571223998, 0.10726203044637328, -0.015319437748624402,
            0.008273789163814023},
        {0.6241109587160757, 0.0, 0.0, -3.3608926294469414, -0.868219346841726, 27.59209969944671,
            20.154067550477894, -43.48988418106996},
        {0.47766253643826434, 0.0, 0.0, -2.4881146199716677, -0.590290826836843, 21.230051448181193,
            15.279233632882423, -33.28821096898486, -0.020331201708508627},
        {-0.9371424300859873, 0.0, 0.0, 5.186372428844064, 1.0914373489967295, -8.149787010746927,
            -18.52006565999696, 22.739487099350505, 2.4936055526796523, -3.0467644718982196},
        {2.273310147516538, 0.0, 0.0, -10.53449546673725, -2.0008720582248625, -17.9589318631188,
            27.94888452941996, -2.8589982771350235, -8.87285693353063, 12.360567175794303, 0.6433927460157636},
        {0.054293734116568765, 0.0, 0.0, 0.0, 0.0, 4.450312892752409, 1.8915178993145003, -5.801203960010585,
            0.3111643669578199, -0.1521609496625161, 0.20136540080403034, 0.04471061572777259},
        {0.056167502283047954, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25350021021662483, -0.2462390374708025,
            -0.12419142326381637, 0.15329179827876568, 0.00820105229563469, 0.007567897660545699, -0.008298},
        {0.03183464816350214, 0.0, 0.0, 0.0, 0.0, 0.028300909672366776, 0.053541988307438566,
            -0.05492374857139099, 0.0, 0.0, -0.00010834732869724932, 0.0003825710908356584,
            -0.00034046500868740456, 0.1413124436746325},
        {-0.42889630158379194, 0.0, 0.0, 0.0, 0.0, -4.697621415361164, 7.683421196062599, 4.06898981839711,
            0.3567271874552811, 0.0, 0.0, 0.0, -0.0013990241651590145, 2.9475147891527724, -9.15095847217987}};
    private static final double[] DOP_B = {0.054293734116568765, 0.0, 0.0, 0.0, 0.0, 4.450312892752409,
        1.8915178993145003, -5.801203960010585, 0.3111643669578199, -0.1521609496625161, 0.20136540080403034,
        0.04471061572777259};
    private static final double[] DOP_E3 = {-0.18980075407240762, 0.0, 0.0, 0.0, 0.0, 4.450312892752409,
        1.8915178993145003, -5.801203960010585, -0.4226823213237919, -0.1521609496625161, 0.20136540080403034,
        0.02265179219836082, 0.0};
    private static final double[] DOP_E5 = {0.01312004499419488, 0.0, 0.0, 0.0, 0.0, -1.2251564463762044,
        -0.4957589496572502, 1.6643771824549864, -0.35032884874997366, 0.3341791187130175, 0.08192320648511571,
        -0.022355307863886294, 0.0};
    private static final double[][] DOP_D = {
        {-8.428938276109013, 0.0, 0.0, 0.0, 0.0, 0.5667149535193777, -3.0689499459498917, 2.38466765651207,
            2.117034582445028, -0.871391583777973, 2.2404374302607883, 0.6315787787694688, -0.08899033645133331,
            18.148505520854727, -9.194632392478356, -4.436036387594894},
        {10.427508642579134, 0.0, 0.0, 0.0, 0.0, 242.28349177525817, 165.20045171727028, -374.5467547226902,
            -22.113666853125306, 7.733432668472264, -30.674084731089398, -9.332130526430229, 15.697238121770845,
            -31.139403219565178, -9.35292435884448, 35.81684148639408},
        {19.985053242002433, 0.0, 0.0, 0.0, 0.0, -387.0373087493518, -189.17813819516758, 527.8081592054236,
            -11.57390253995963, 6.8812326946963, -1.0006050966910838, 0.7777137798053443, -2.778205752353508,
            -60.19669523126412, 84.32040550667716, 11.99229113618279},
        {-25.69393346270375, 0.0, 0.0, 0.0, 0.0, -154.18974869023643, -231.5293791760455, 357.6391179106141,
            93.40532418362432, -37.45832313645163, 104.0996495089623, 29.8402934266605, -43.53345659001114,
            96.32455395918828, -39.17726167561544, -149.72683625798564}};

    private final Method method;
    private final double rtol;
    private final double atol;
    private final double maxStep;
    private final int stages;
    private final double[] c;
    private final double[][] a;
    private final double[] b;
    private final double[] e;
    private final double[][] p;
    private final double errorExponent;
    private final int estimatorOrder;

    // stages of the step being tried: k0[s], k1[s] are the two components of stage s
    private final double[] k0;
    private final double[] k1;
    private final double[] f = new double[2];
    private final double[] tmp = new double[2];
    // the last accepted step: its stages, start, size, states; its interpolant's coefficients once computed
    private final double[] segK0;
    private final double[] segK1;
    private double segT;
    private double segH;
    private double segY0;
    private double segY1;
    private double segNew0;
    private double segNew1;
    private boolean segReady;
    private final double[] q0;
    private final double[] q1;

    private boolean bounded;
    private double cap = Double.POSITIVE_INFINITY;
    private double floor1 = Double.NaN;
    private int steps;
    private double reached;
    private double firstStep;

    /**
     * Creates an integrator.
     *
     * @param method the Runge-Kutta pair
     * @param rtol relative tolerance, positive
     * @param atol absolute tolerance, positive
     * @param maxStep largest step, positive
     * @throws IllegalArgumentException naming the setting, its value and the range
     */
    RungeKuttaIntegrator(Method method, double rtol, double atol, double maxStep) {
        if (!(rtol > 0)) {
            throw new IllegalArgumentException("rtol = " + rtol + " is not in (0, inf)");
        }
        if (!(atol > 0)) {
            throw new IllegalArgumentException("atol = " + atol + " is not in (0, inf)");
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("max_step = " + maxStep + " is not in (0, inf]");
        }
        this.method = method;
        this.rtol = rtol;
        this.atol = atol;
        this.maxStep = maxStep;
        switch (method) {
            case RK23 -> {
                stages = 3;
                c = RK23_C;
                a = RK23_A;
                b = RK23_B;
                e = RK23_E;
                p = RK23_P;
                estimatorOrder = 2;
            }
            case RK45 -> {
                stages = 6;
                c = RK45_C;
                a = RK45_A;
                b = RK45_B;
                e = RK45_E;
                p = RK45_P;
                estimatorOrder = 4;
            }
            default -> {
                stages = DOP_STAGES;
                c = DOP_C;
                a = DOP_A;
                b = DOP_B;
                e = null;
                p = null;
                estimatorOrder = 7;
            }
        }
        errorExponent = -1.0 / (estimatorOrder + 1);
        int rows = method == Method.DOP853 ? DOP_STAGES_EXTENDED : stages + 1;
        k0 = new double[rows];
        k1 = new double[rows];
        segK0 = new double[rows];
        segK1 = new double[rows];
        int coefficients = method == Method.DOP853 ? 7 : p[0].length;
        q0 = new double[coefficients];
        q1 = new double[coefficients];
    }

    /**
     * Bounds the state as their right-hand side does to the array it is handed, which SciPy keeps as the solver's
     * state: the first variable at most {@code cap}, the second at most {@code cap} and, when not positive, set to
     * {@code floor1}. Without this call the state is not bounded.
     */
    void bounds(double cap, double floor1) {
        this.bounded = true;
        this.cap = cap;
        this.floor1 = floor1;
    }

    /**
     * Integrates from {@code t0} to {@code tEnd} and evaluates the dense output at the output dates as the steps pass
     * them (SciPy's OdeSolution: a date on a step boundary takes the step that ends there, the start date the first
     * step).
     *
     * @param gridT output dates, increasing, within {@code [t0, tEnd]}
     * @param n number of output dates
     * @param out0 first state variable at the output dates, written
     * @param out1 second state variable at the output dates, written
     * @return {@code false} if the step size fell below its minimum (SciPy's failure), or more than
     *         {@link #MAX_STEPS} steps or {@link #MAX_ATTEMPTS} tries of one step were needed; the output dates after
     *         the failure then hold the last accepted step's interpolant extrapolated, or the initial state if no
     *         step was accepted ({@link #steps()} is then 0, and SciPy's solution could not be evaluated at all)
     */
    boolean integrate(RadauIntegrator.Rhs rhs, double t0, double y00, double y01, double tEnd, double[] gridT, int n,
            double[] out0, double[] out1) {
        steps = 0;
        reached = t0;
        segReady = false;
        int next = 0;
        double t = t0;
        double y0 = clamp0(y00);
        double y1 = clamp1(y01);
        rhs.eval(t, y0, y1, f);
        double hAbs = initialStep(rhs, t, y0, y1);
        firstStep = hAbs;
        while (t < tEnd) {
            double minStep = 10 * Math.abs(Math.nextUp(t) - t);
            if (hAbs > maxStep) {
                hAbs = maxStep;
            } else if (hAbs < minStep) {
                hAbs = minStep;
            }
            boolean rejected = false;
            boolean accepted = false;
            double tNew = t;
            double yn0 = y0;
            double yn1 = y1;
            int attempts = 0;
            while (!accepted) {
                if (hAbs < minStep || Double.isNaN(hAbs) || ++attempts > MAX_ATTEMPTS) {
                    extrapolate(rhs, next, gridT, n, out0, out1, y0, y1);
                    return false;
                }
                tNew = t + hAbs;
                if (tNew - tEnd > 0) {
                    tNew = tEnd;
                }
                double h = tNew - t;
                hAbs = Math.abs(h);
                // the stages (SciPy's rk_step)
                k0[0] = f[0];
                k1[0] = f[1];
                for (int s = 1; s < stages; s++) {
                    rhs.eval(t + c[s] * h, y0 + dot(k0, a[s], s) * h, y1 + dot(k1, a[s], s) * h, tmp);
                    k0[s] = tmp[0];
                    k1[s] = tmp[1];
                }
                double s0 = dot(k0, b, stages);
                double s1 = dot(k1, b, stages);
                // their right-hand side clamps the new state in place before SciPy stores it
                yn0 = clamp0(y0 + h * s0);
                yn1 = clamp1(y1 + h * s1);
                rhs.eval(tNew, yn0, yn1, tmp);
                k0[stages] = tmp[0];
                k1[stages] = tmp[1];
                double sc0 = atol + Math.max(Math.abs(y0), Math.abs(yn0)) * rtol;
                double sc1 = atol + Math.max(Math.abs(y1), Math.abs(yn1)) * rtol;
                double errorNorm = errorNorm(h, sc0, sc1);
                if (errorNorm < 1) {
                    double factor;
                    if (errorNorm == 0) {
                        factor = MAX_FACTOR;
                    } else {
                        factor = pyMin(MAX_FACTOR, SAFETY * Math.pow(errorNorm, errorExponent));
                    }
                    if (rejected) {
                        factor = pyMin(1, factor);
                    }
                    hAbs *= factor;
                    accepted = true;
                } else {
                    hAbs *= pyMax(MIN_FACTOR, SAFETY * Math.pow(errorNorm, errorExponent));
                    rejected = true;
                }
            }
            // keep the accepted step for the dense output
            System.arraycopy(k0, 0, segK0, 0, stages + 1);
            System.arraycopy(k1, 0, segK1, 0, stages + 1);
            segT = t;
            segH = tNew - t;
            segY0 = y0;
            segY1 = y1;
            segNew0 = yn0;
            segNew1 = yn1;
            segReady = false;
            steps++;
            while (next < n && (gridT[next] <= tNew || tNew >= tEnd)) {
                dense(rhs, gridT[next], out0, out1, next);
                next++;
            }
            t = tNew;
            reached = tNew;
            y0 = yn0;
            y1 = yn1;
            f[0] = k0[stages];
            f[1] = k1[stages];
            if (steps >= MAX_STEPS && t < tEnd) {
                extrapolate(rhs, next, gridT, n, out0, out1, y0, y1);
                return false;
            }
        }
        return true;
    }

    private double clamp0(double y) {
        return y > cap ? cap : y;
    }

    private double clamp1(double y) {
        if (y <= 0 && bounded) {
            return floor1;
        }
        return y > cap ? cap : y;
    }

    /** Python's {@code min(x, y)}: {@code y} only if {@code y < x}. */
    private static double pyMin(double x, double y) {
        return y < x ? y : x;
    }

    /** Python's {@code max(x, y)}: {@code y} only if {@code y > x}. */
    private static double pyMax(double x, double y) {
        return y > x ? y : x;
    }

    /**
     * {@code sum_{j < n} k[j] w[j]} in the order of the BLAS matrix-vector product that NumPy's {@code dot} of a
     * stage matrix and a coefficient vector reaches for a system of two equations (OpenBLAS's {@code dgemv}, two
     * rows: four columns at a time, added in pairs, then the rest one by one), so that the sums that steer the step
     * size round as SciPy's do.
     */
    private static double dot(double[] k, double[] w, int n) {
        double t = 0;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            t += k[i] * w[i] + k[i + 1] * w[i + 1];
            t += k[i + 2] * w[i + 2] + k[i + 3] * w[i + 3];
        }
        for (; i < n; i++) {
            t += k[i] * w[i];
        }
        return t;
    }

    private static double rms(double a, double b) {
        return Math.sqrt(a * a + b * b) / Math.sqrt(2);
    }

    private double errorNorm(double h, double sc0, double sc1) {
        if (method != Method.DOP853) {
            return rms(dot(k0, e, stages + 1) * h / sc0, dot(k1, e, stages + 1) * h / sc1);
        }
        double e50 = dot(k0, DOP_E5, stages + 1) / sc0;
        double e51 = dot(k1, DOP_E5, stages + 1) / sc1;
        double e30 = dot(k0, DOP_E3, stages + 1) / sc0;
        double e31 = dot(k1, DOP_E3, stages + 1) / sc1;
        double n5 = Math.sqrt(e50 * e50 + e51 * e51);
        double n3 = Math.sqrt(e30 * e30 + e31 * e31);
        double err5 = n5 * n5;
        double err3 = n3 * n3;
        if (err5 == 0 && err3 == 0) {
            return 0.0;
        }
        double denom = err5 + 0.01 * err3;
        return Math.abs(h) * err5 / Math.sqrt(denom * 2);
    }

    /** SciPy's select_initial_step. */
    private double initialStep(RadauIntegrator.Rhs rhs, double t0, double y0, double y1) {
        double s0 = atol + Math.abs(y0) * rtol;
        double s1 = atol + Math.abs(y1) * rtol;
        double d0 = rms(y0 / s0, y1 / s1);
        double d1 = rms(f[0] / s0, f[1] / s1);
        double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        rhs.eval(t0 + h0, y0 + h0 * f[0], y1 + h0 * f[1], tmp);
        double d2 = rms((tmp[0] - f[0]) / s0, (tmp[1] - f[1]) / s1) / h0;
        double h1;
        if (d1 <= 1e-15 && d2 <= 1e-15) {
            h1 = pyMax(1e-6, h0 * 1e-3);
        } else {
            h1 = Math.pow(0.01 / pyMax(d1, d2), 1.0 / (estimatorOrder + 1));
        }
        return pyMin(100 * h0, h1);
    }

    /** The interpolant's coefficients of the kept step (for DOP853, after its three extra stages). */
    private void prepare(RadauIntegrator.Rhs rhs) {
        if (segReady) {
            return;
        }
        double h = segH;
        if (method != Method.DOP853) {
            // Q = K^T P, summed as the BLAS matrix product does (fused multiply-adds in stage order)
            for (int j = 0; j < q0.length; j++) {
                double v0 = 0;
                double v1 = 0;
                for (int i = 0; i <= stages; i++) {
                    v0 = Math.fma(segK0[i], p[i][j], v0);
                    v1 = Math.fma(segK1[i], p[i][j], v1);
                }
                q0[j] = v0;
                q1[j] = v1;
            }
        } else {
            for (int s = stages + 1; s < DOP_STAGES_EXTENDED; s++) {
                rhs.eval(segT + DOP_C[s] * h, segY0 + dot(segK0, DOP_A[s], s) * h,
                        segY1 + dot(segK1, DOP_A[s], s) * h, tmp);
                segK0[s] = tmp[0];
                segK1[s] = tmp[1];
            }
            double dy0 = segNew0 - segY0;
            double dy1 = segNew1 - segY1;
            // F[0..2], then F[3..6] = h D K
            q0[0] = dy0;
            q1[0] = dy1;
            q0[1] = h * segK0[0] - dy0;
            q1[1] = h * segK1[0] - dy1;
            q0[2] = 2 * dy0 - h * (segK0[stages] + segK0[0]);
            q1[2] = 2 * dy1 - h * (segK1[stages] + segK1[0]);
            for (int r = 0; r < 4; r++) {
                double v0 = 0;
                double v1 = 0;
                for (int i = 0; i < DOP_STAGES_EXTENDED; i++) {
                    v0 = Math.fma(DOP_D[r][i], segK0[i], v0);
                    v1 = Math.fma(DOP_D[r][i], segK1[i], v1);
                }
                q0[3 + r] = h * v0;
                q1[3 + r] = h * v1;
            }
        }
        segReady = true;
    }

    private void dense(RadauIntegrator.Rhs rhs, double t, double[] out0, double[] out1, int k) {
        prepare(rhs);
        double x = (t - segT) / segH;
        if (method != Method.DOP853) {
            // h Q p + y_old with p = (x, x^2, ...), Q p summed as the BLAS matrix-vector product does
            double x2 = x * x;
            double x3 = x2 * x;
            double v0;
            double v1;
            if (q0.length == 3) {
                v0 = Math.fma(q0[2], x3, Math.fma(q0[0], x, q0[1] * x2));
                v1 = Math.fma(q1[2], x3, Math.fma(q1[0], x, q1[1] * x2));
            } else {
                double x4 = x3 * x;
                v0 = (q0[0] * x + q0[2] * x3) + (q0[1] * x2 + q0[3] * x4);
                v1 = (q1[0] * x + q1[2] * x3) + (q1[1] * x2 + q1[3] * x4);
            }
            out0[k] = segH * v0 + segY0;
            out1[k] = segH * v1 + segY1;
        } else {
            double v0 = 0;
            double v1 = 0;
            for (int i = 0; i < 7; i++) {
                v0 += q0[6 - i];
                v1 += q1[6 - i];
                if (i % 2 == 0) {
                    v0 *= x;
                    v1 *= x;
                } else {
                    v0 *= 1 - x;
                    v1 *= 1 - x;
                }
            }
            out0[k] = v0 + segY0;
            out1[k] = v1 + segY1;
        }
    }

    /**
     * After a failure, the output dates not yet reached take the last accepted step's interpolant, extrapolated, as
     * SciPy's OdeSolution of a failed solve gives them; with no step accepted, the current state.
     */
    private void extrapolate(RadauIntegrator.Rhs rhs, int next, double[] gridT, int n, double[] out0, double[] out1,
            double y0, double y1) {
        for (int k = next; k < n; k++) {
            if (steps == 0) {
                out0[k] = y0;
                out1[k] = y1;
            } else {
                dense(rhs, gridT[k], out0, out1, k);
            }
        }
    }

    /** Returns the time the last integration reached (its end, or where it failed). */
    double reached() {
        return reached;
    }

    /** Returns the number of accepted steps of the last integration. */
    int steps() {
        return steps;
    }

    /** Returns the first step size the last integration tried (SciPy's select_initial_step, before max_step). */
    double firstStep() {
        return firstStep;
    }
}
