package org.rsisim.models.analysis;

import java.util.List;
import org.rsisim.core.Declarations;
import org.rsisim.core.MetricId;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * The Ishigami function {@code y = sin x1 + a sin^2 x2 + b x3^4 sin x1} (Ishigami and Homma 1990), deterministic,
 * with {@code a = 7, b = 0.1}. With {@code x1, x2, x3} independent and uniform on {@code [-pi, pi]} its Sobol
 * indices are known in closed form: {@code V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2},
 * {@code V1 = (1 + b pi^4 / 5)^2 / 2}, {@code V2 = a^2 / 8}, {@code V3 = 0}, {@code V13 = b^2 pi^8 (1/18 - 1/50)}.
 */
final class IshigamiModel implements Model {
    private static final Declarations OUT = new Declarations();
    private static final MetricId Y = OUT.metric("y", "1", "the Ishigami function");
    private static final List<Observable> OBSERVABLES = OUT.observables();
    static final double A = 7;
    static final double B = 0.1;

    static double variance() {
        return A * A / 8 + B * Math.pow(Math.PI, 4) / 5 + B * B * Math.pow(Math.PI, 8) / 18 + 0.5;
    }

    static double[] firstOrder() {
        double v = variance();
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        return new double[] {v1 / v, A * A / 8 / v, 0};
    }

    static double[] totalEffect() {
        double v = variance();
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        return new double[] {(v1 + v13) / v, A * A / 8 / v, v13 / v};
    }

    @Override
    public String name() {
        return "ishigami";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("x1", "1", -Math.PI, Math.PI, 0, "first input"),
                new Parameter("x2", "1", -Math.PI, Math.PI, 0, "second input"),
                new Parameter("x3", "1", -Math.PI, Math.PI, 0, "third input"));
    }

    @Override
    public List<Observable> observables() {
        return OBSERVABLES;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        return (p, sink) -> {
            double s2 = Math.sin(p[1]);
            double x3 = p[2] * p[2];
            sink.metric(Y, Math.sin(p[0]) * (1 + B * x3 * x3) + A * s2 * s2);
        };
    }
}
