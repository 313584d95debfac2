package org.rsisim.cli.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.rsisim.core.Experiment;
import org.rsisim.core.Parameter;
import org.rsisim.core.ParameterDraws;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.JointDistribution;

/**
 * The priors of an experiment before anything runs: the parameter values its runs would draw (the same values, run
 * by run, as the engine draws: same seed, same streams, same correlation), each uncertain parameter's distribution
 * as a histogram of those draws with its exact 5 %, 50 % and 95 % quantiles, and the pairwise rank (Spearman)
 * correlations of the draws, which show the correlation a scenario asks for as the runs will see it.
 *
 * <p>A parameter is uncertain when its distribution's support is wider than one point. Thread-safe: every call works
 * on its own draws.
 */
public final class PriorReport {
    private static final int BINS = 40;

    /**
     * The draws of an experiment's uncertain parameters.
     *
     * @param scenario the scenario's name
     * @param parameters the uncertain parameters, in the model's order
     * @param distributions their marginal distributions
     * @param values the draws, {@code values[parameter][draw]}
     * @param seed the seed the draws came from
     */
    public record Draws(String scenario, List<Parameter> parameters, List<Distribution> distributions,
                        double[][] values, long seed) {
        /**
         * Returns the rank (Spearman) correlation of every pair of parameters: the Pearson correlation of the ranks
         * of their draws (ties take the mean of their ranks).
         *
         * @return the symmetric matrix, 1 on the diagonal; NaN where a parameter's draws are all equal
         */
        public double[][] rankCorrelations() {
            int p = values.length;
            double[][] ranks = new double[p][];
            for (int i = 0; i < p; i++) {
                ranks[i] = ranks(values[i]);
            }
            double[][] c = new double[p][p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j <= i; j++) {
                    c[i][j] = c[j][i] = i == j ? 1 : pearson(ranks[i], ranks[j]);
                }
            }
            return c;
        }
    }

    private PriorReport() {
    }

    /**
     * Draws the parameter values of the first {@code n} runs of an experiment, as the engine would: with the redraw
     * option ({@link Experiment#redraw()}) these are the accepted draws (a run whose draws were all rejected shows
     * its last draw), so the histograms may then depart from the marginal densities.
     *
     * @param scenario the scenario's name, for titles
     * @param experiment the experiment
     * @param n the number of draws, at least 2
     * @return the draws of its uncertain parameters
     * @throws IllegalArgumentException if {@code n < 2}
     */
    public static Draws draw(String scenario, Experiment experiment, int n) {
        if (!(n >= 2)) {
            throw new IllegalArgumentException("draws = " + n + " must be at least 2");
        }
        JointDistribution joint = experiment.jointDistribution();
        List<Parameter> all = joint.parameters();
        List<Distribution> marginals = joint.marginals();
        RunStreams streams = RunStreams.create(experiment.seed(), experiment.antithetic());
        ParameterDraws draws = ParameterDraws.of(experiment, streams, experiment.model().newSimulation(streams));
        double[] row = new double[all.size()];
        double[][] byParameter = new double[all.size()][n];
        for (int r = 0; r < n; r++) {
            streams.moveTo(r);
            draws.draw(row);
            for (int i = 0; i < row.length; i++) {
                byParameter[i][r] = row[i];
            }
        }
        List<Parameter> params = new ArrayList<>();
        List<Distribution> dists = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Distribution d = marginals.get(i);
            if (d.lower() < d.upper()) {
                params.add(all.get(i));
                dists.add(d);
                values.add(byParameter[i]);
            }
        }
        return new Draws(scenario, List.copyOf(params), List.copyOf(dists), values.toArray(new double[0][]),
                experiment.seed());
    }

    /**
     * Writes {@code prior-NAME.png} and {@code prior-NAME.svg} for each uncertain parameter, and {@code priors.html}
     * with every chart inline and the rank correlation matrix.
     *
     * @param draws the draws
     * @param dir the directory, created if missing
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Draws draws, Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        List<Figure> figures = figures(draws);
        List<Path> written = new ArrayList<>(Figure.writeAll(figures, dir));
        Path html = dir.resolve("priors.html");
        Files.writeString(html, html(draws, figures), StandardCharsets.UTF_8);
        written.add(html);
        return written;
    }

    static List<Figure> figures(Draws draws) {
        Set<String> taken = new HashSet<>();
        List<Figure> out = new ArrayList<>();
        String provenance = "Scenario " + draws.scenario() + " \u00b7 " + draws.values()[0].length
                + " draws of the parameters its runs use (runs 0 to " + (draws.values()[0].length - 1) + ") \u00b7 seed "
                + draws.seed() + " \u00b7 nothing was run";
        for (int i = 0; i < draws.parameters().size(); i++) {
            out.add(histogram(draws.parameters().get(i), draws.distributions().get(i), draws.values()[i],
                    FileNames.stem("prior", draws.parameters().get(i).name(), taken), provenance));
        }
        return out;
    }

    private static Figure histogram(Parameter p, Distribution d, double[] v, String stem, String provenance) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double lo = sorted[(int) Math.floor(0.005 * (n - 1))];
        double hi = sorted[(int) Math.ceil(0.995 * (n - 1))];
        if (!(hi > lo)) {
            lo = sorted[0];
            hi = sorted[n - 1] > lo ? sorted[n - 1] : lo + 1;
        }
        boolean log = lo > 0 && hi / lo > 20;
        double[] edges = new double[BINS + 1];
        for (int b = 0; b <= BINS; b++) {
            double t = (double) b / BINS;
            edges[b] = log ? lo * Math.pow(hi / lo, t) : lo + (hi - lo) * t;
        }
        long[] counts = new long[BINS];
        long outside = 0;
        for (double x : v) {
            int b = Arrays.binarySearch(edges, x);
            b = b >= 0 ? Math.min(b, BINS - 1) : -b - 2;
            if (b < 0 || b >= BINS) {
                outside++;
            } else {
                counts[b]++;
            }
        }
        String title = "Prior of " + p.name();
        XYChart chart = ChartStyle.xyChart(title, ChartText.withUnit(p.name(), p.unit()), "Share of draws per bin");
        chart.getStyler().setYAxisMin(0.0);
        if (log) {
            chart.getStyler().setXAxisLogarithmic(true);
        }
        for (int b = 0; b < BINS; b++) {
            double share = (double) counts[b] / n;
            ChartStyle.polygon(chart, b == 0 ? "draws" : "bin " + b, new double[] {edges[b], edges[b + 1],
                    edges[b + 1], edges[b]}, new double[] {0, 0, share, share}, ChartStyle.alpha(ChartStyle.BLUE, 150),
                    b == 0);
        }
        double top = 0;
        for (long c : counts) {
            top = Math.max(top, (double) c / n);
        }
        double[] levels = {0.05, 0.5, 0.95};
        String[] names = {"5 %", "median", "95 %"};
        StringBuilder q = new StringBuilder();
        for (int k = 0; k < levels.length; k++) {
            double x = d.inverseCdf(levels[k]);
            if (x >= lo && x <= hi) {
                ChartStyle.line(chart, k == 0 ? "5 %, median and 95 % of the distribution" : "q " + k,
                        new double[] {x, x}, new double[] {0, top * 1.05}, ChartStyle.VERMILION, 1.4f, true)
                        .setShowInLegend(k == 0);
            }
            q.append(k == 0 ? "" : ", ").append(names[k]).append(' ').append(ChartText.number(x));
        }
        List<String> caption = new ArrayList<>();
        caption.add("Distribution: " + d + ". Exact quantiles: " + q + ". Bars: the share of the " + n + " draws in "
                + "each of " + BINS + (log ? " log-spaced" : "") + " bins from the 0.5 % to the 99.5 % draw"
                + (outside > 0 ? " (" + outside + " draws outside)" : "") + "; dashed lines: the exact quantiles."
                + " Parameter range [" + ChartText.number(p.lower()) + ", " + ChartText.number(p.upper()) + "].");
        caption.add(provenance);
        return Figure.of(stem, chart, null, caption);
    }

    private static String html(Draws draws, List<Figure> figures) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>rsisim priors: ")
                .append(HtmlReport.esc(draws.scenario())).append("</title>\n<style>\n").append(HtmlReport.style())
                .append("</style>\n</head>\n<body>\n<h1>Priors of ").append(HtmlReport.esc(draws.scenario()))
                .append("</h1>\n<p class=\"note\">").append(draws.values().length == 0 ? 0 : draws.values()[0].length)
                .append(" draws of the parameters the runs use, seed ").append(draws.seed())
                .append("; nothing was run.</p>\n");
        h.append("<h2>Uncertain parameters</h2>\n<table>\n<tr><th class=\"name\">parameter</th>")
                .append("<th class=\"name\">unit</th><th class=\"name\">distribution</th><th>p05</th><th>median</th>")
                .append("<th>p95</th></tr>\n");
        for (int i = 0; i < draws.parameters().size(); i++) {
            Parameter p = draws.parameters().get(i);
            Distribution d = draws.distributions().get(i);
            h.append("<tr><td class=\"name\">").append(HtmlReport.esc(p.name())).append("</td><td class=\"name\">")
                    .append(HtmlReport.esc(p.unit())).append("</td><td class=\"name\">")
                    .append(HtmlReport.esc(String.valueOf(d))).append("</td>");
            for (double level : new double[] {0.05, 0.5, 0.95}) {
                h.append("<td>").append(ChartText.number(d.inverseCdf(level))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        double[][] c = draws.rankCorrelations();
        if (c.length > 1) {
            h.append("<h2>Rank correlations of the draws (Spearman)</h2>\n<table>\n<tr><th></th>");
            for (Parameter p : draws.parameters()) {
                h.append("<th>").append(HtmlReport.esc(p.name())).append("</th>");
            }
            h.append("</tr>\n");
            for (int i = 0; i < c.length; i++) {
                h.append("<tr><th class=\"name\">").append(HtmlReport.esc(draws.parameters().get(i).name()))
                        .append("</th>");
                for (int j = 0; j < c.length; j++) {
                    h.append("<td>").append(String.format(Locale.ROOT, "%.3f", c[i][j])).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n<p class=\"note\">Of independent draws, a rank correlation differs from 0 by about "
                    + "1/&radic;n.</p>\n");
        }
        h.append("<h2>Charts</h2>\n");
        int k = 0;
        for (Figure f : figures) {
            k++;
            h.append("<figure id=\"").append(HtmlReport.esc(f.stem())).append("\">\n")
                    .append(HtmlReport.inline(f.svg(), "f" + k + "-", f.title())).append("\n</figure>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mid;
            }
            i = j + 1;
        }
        return r;
    }

    private static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double x = a[i] - ma;
            double y = b[i] - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }
}
