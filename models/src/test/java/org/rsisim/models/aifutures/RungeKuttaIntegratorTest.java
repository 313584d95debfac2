package org.rsisim.models.aifutures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rsisim.models.AllocatedBytes;

/**
 * {@link RungeKuttaIntegrator} against SciPy 1.10.1's {@code solve_ivp} and against closed forms.
 *
 * <p>The right-hand side squares with {@code y*y}: NumPy's {@code y**2} goes through {@code pow}, which can differ
 * from the product in the last bit. The SciPy values were made with {@code /usr/bin/python3} (Python 3.11, NumPy
 * 1.24.2, SciPy 1.10.1, OpenBLAS 0.3.21):
 * <pre>
 * import numpy as np
 * from scipy.integrate import solve_ivp
 * from scipy.integrate._ivp.common import select_initial_step
 * def osc(t, y): return [y[1], -y[0]]
 * def blow(t, y): return [y[0]*y[0], -y[1]]
 * for method, rtol, atol in [('RK23',1e-4,1e-6),('RK45',1e-6,1e-8),('DOP853',1e-3,1e-5)]:
 *     s = solve_ivp(osc, [0, 10], [1.0, 0.0], method=method, rtol=rtol, atol=atol, dense_output=True)
 *     order = {'RK23':2,'RK45':4,'DOP853':7}[method]
 *     h = select_initial_step(lambda t,y: np.asarray(osc(t,y)), 0.0, np.array([1.0,0.0]),
 *                             np.array([0.0,-1.0]), 1, order, rtol, atol)
 *     print(method, len(s.t)-1, repr(h), repr(s.y[0,-1]), repr(s.y[1,-1]), repr(s.sol(2.5)[0]),
 *           repr(s.sol(2.5)[1]), repr(s.sol(7.3)[0]), repr(s.sol(7.3)[1]))
 *     b = solve_ivp(blow, [0, 2], [1.0, 1.0], method=method, rtol=rtol, atol=atol, dense_output=True)
 *     print(method, b.status, len(b.t)-1, repr(b.t[-1]), repr(b.sol(1.5)[0]), repr(b.sol(1.5)[1]))
 * </pre>
 */
class RungeKuttaIntegratorTest {
    private static final RadauIntegrator.Rhs OSCILLATOR = (t, a, b, out) -> {
        out[0] = b;
        out[1] = -a;
    };
    private static final RadauIntegrator.Rhs BLOW_UP = (t, a, b, out) -> {
        out[0] = a * a;
        out[1] = -b;
    };
    private static final RadauIntegrator.Rhs GROWTH_AND_DECAY = (t, a, b, out) -> {
        out[0] = a;
        out[1] = -b;
    };

    @ParameterizedTest
    @CsvSource({
        "RK23, 1e-4, 1e-6, 90, 0.002418271175121958, -0.8382990006301663, 0.5436334165090797,"
            + " -0.8009810027734747, -0.5983202949277295, 0.5256751800348084, -0.849922478874906",
        "RK45, 1e-6, 1e-8, 50, 0.009900990099009905, -0.8390702471162715, 0.5440208595742146,"
            + " -0.8011436614513945, -0.5984717912466369, 0.5260767188714771, -0.8504361599406733",
        "DOP853, 1e-3, 1e-5, 7, 0.009900990099009901, -0.8388013639574787, 0.5433971554276589,"
            + " -0.8010406178889495, -0.599848922371552, 0.5273579307466354, -0.8500323652340755"})
    void takesSciPysStepsOnTheOscillator(RungeKuttaIntegrator.Method method, double rtol, double atol, int steps,
            double first, double end0, double end1, double at25a, double at25b, double at73a, double at73b) {
        RungeKuttaIntegrator rk = new RungeKuttaIntegrator(method, rtol, atol, Double.POSITIVE_INFINITY);
        double[] grid = {2.5, 7.3, 10};
        double[] out0 = new double[3];
        double[] out1 = new double[3];
        assertTrue(rk.integrate(OSCILLATOR, 0, 1, 0, 10, grid, 3, out0, out1));
        assertEquals(steps, rk.steps(), "accepted steps");
        assertEquals(first, rk.firstStep(), 1e-15 * first, "first step");
        assertEquals(10.0, rk.reached());
        // the summation order of NumPy's dot products may differ from a loop's in the last bits
        double tol = 1e-12;
        assertEquals(at25a, out0[0], tol);
        assertEquals(at25b, out1[0], tol);
        assertEquals(at73a, out0[1], tol);
        assertEquals(at73b, out1[1], tol);
        assertEquals(end0, out0[2], tol);
        assertEquals(end1, out1[2], tol);
    }

    @ParameterizedTest
    @CsvSource({
        "RK23, 1e-4, 1e-6, 305, 1.000304507407556, 4.281723971248487e+53, -1160995960953.4048",
        "RK45, 1e-6, 1e-8, 200, 1.0000004212519775, 2.287466503425101e+68, -4.767999682992734e+26",
        "DOP853, 1e-3, 1e-5, 50, 1.0000055406462032, 3.7100067199843407e+111, -5.810806794289825e+69"})
    void failsWhereSciPyFailsAndExtrapolatesItsLastStep(RungeKuttaIntegrator.Method method, double rtol,
            double atol, int steps, double reached, double at15a, double at15b) {
        RungeKuttaIntegrator rk = new RungeKuttaIntegrator(method, rtol, atol, Double.POSITIVE_INFINITY);
        double[] grid = {0.5, 1.5};
        double[] out0 = new double[2];
        double[] out1 = new double[2];
        assertFalse(rk.integrate(BLOW_UP, 0, 1, 1, 2, grid, 2, out0, out1), "y' = y^2 blows up at t = 1");
        assertEquals(steps, rk.steps(), "accepted steps");
        assertEquals(reached, rk.reached(), 1e-12);
        assertEquals(2.0, out0[0], 1e-3, "1 / (1 - t) at 0.5");
        assertEquals(at15a, out0[1], 1e-9 * Math.abs(at15a), "extrapolated");
        assertEquals(at15b, out1[1], 1e-9 * Math.abs(at15b), "extrapolated");
    }

    /**
     * With tolerances so loose that no step is rejected and a step cap well below the first step chosen, every step
     * is the cap, and the global error on {@code y' = y}, {@code y' = -y} falls as {@code h^p}: halving the step
     * divides it by about {@code 2^p}.
     */
    @ParameterizedTest
    @CsvSource({"RK23, 3, 20", "RK45, 5, 10", "DOP853, 8, 2"})
    void convergesAtItsOrder(RungeKuttaIntegrator.Method method, int order, int n) {
        double[] errors = new double[2];
        for (int k = 0; k < 2; k++) {
            int steps = n << k;
            RungeKuttaIntegrator rk = new RungeKuttaIntegrator(method, 10, 10, 1.0 / steps);
            double[] grid = {1};
            double[] out0 = new double[1];
            double[] out1 = new double[1];
            assertTrue(rk.integrate(GROWTH_AND_DECAY, 0, 1, 1, 1, grid, 1, out0, out1));
            assertEquals(steps, rk.steps(), 1, "steps of 1/" + steps);
            errors[k] = Math.max(Math.abs(out0[0] - Math.E), Math.abs(out1[0] - Math.exp(-1)));
        }
        double observed = Math.log(errors[0] / errors[1]) / Math.log(2);
        assertEquals(order, observed, 0.3, method + ": errors " + errors[0] + ", " + errors[1]);
    }

    @Test
    void clampsTheAcceptedStateAsTheirRightHandSideDoes() {
        // y0' = 1 from 0 with a cap of 0.5, y1' = -2 from 1 with a floor of 1: the accepted state stays at or below
        // the cap and is reset to the floor when it turns non-positive, so at t = 1 the interpolant, which starts
        // from the last accepted state, is within one step (at most 0.1) of those, far from 1 and -1 unclamped
        RungeKuttaIntegrator rk = new RungeKuttaIntegrator(RungeKuttaIntegrator.Method.RK45, 1e-6, 1e-8, 0.1);
        rk.bounds(0.5, 1.0);
        double[] grid = {1};
        double[] out0 = new double[1];
        double[] out1 = new double[1];
        assertTrue(rk.integrate((t, a, b, out) -> {
            out[0] = 1;
            out[1] = -2;
        }, 0, 0, 1, 1, grid, 1, out0, out1));
        assertTrue(out0[0] > 0.5 && out0[0] <= 0.6 + 1e-12, "first variable " + out0[0]);
        assertTrue(out1[0] >= -0.2 - 1e-12 && out1[0] < 1, "second variable " + out1[0]);
    }

    @ParameterizedTest
    @CsvSource({"RK23", "RK45", "DOP853"})
    void allocatesNothingPerStep(RungeKuttaIntegrator.Method method) {
        assumeTrue(AllocatedBytes.ofThisThread() >= 0, "the JVM does not count allocated bytes");
        RungeKuttaIntegrator rk = new RungeKuttaIntegrator(method, 1e-6, 1e-8, 0.01);
        double[] grid = new double[200];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 2.0 * i / (grid.length - 1);
        }
        double[] out0 = new double[grid.length];
        double[] out1 = new double[grid.length];
        // warm-up until the integrator is compiled
        for (int k = 0; k < 300; k++) {
            rk.integrate(OSCILLATOR, 0, 1, 0, 2, grid, grid.length, out0, out1);
            rk.integrate(BLOW_UP, 0, 1, 1, 2, grid, grid.length, out0, out1);
        }
        long overhead = AllocatedBytes.ofThisThread();
        overhead = AllocatedBytes.ofThisThread() - overhead;
        long before = AllocatedBytes.ofThisThread();
        int steps = 0;
        int completed = 0;
        for (int k = 0; k < 3; k++) {
            completed += rk.integrate(OSCILLATOR, 0, 1, 0, 2, grid, grid.length, out0, out1) ? 1 : 0;
            steps += rk.steps();
            completed += rk.integrate(BLOW_UP, 0, 1, 1, 2, grid, grid.length, out0, out1) ? 1 : 0;
            steps += rk.steps();
        }
        long allocated = AllocatedBytes.ofThisThread() - before - overhead;
        // assertions only after the measurement: loading JUnit's assertion classes allocates
        assertEquals(3, completed, "the oscillator completes, the blow-up fails");
        assertTrue(allocated < 256, "allocated " + allocated + " bytes in " + steps + " steps");
    }

    @Test
    void refusesBadTolerances() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RungeKuttaIntegrator(RungeKuttaIntegrator.Method.RK45, 0, 1e-6, 1));
        assertTrue(e.getMessage().contains("rtol = 0.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RungeKuttaIntegrator(RungeKuttaIntegrator.Method.RK45, 1e-3, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new RungeKuttaIntegrator(RungeKuttaIntegrator.Method.RK45, 1e-3, 1e-6, -1));
    }
}
