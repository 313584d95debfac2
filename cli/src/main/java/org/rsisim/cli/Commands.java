package org.rsisim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioCompiler;
import org.rsisim.scenario.Suggestions;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;
import org.rsisim.scenario.NamedScenario;
import org.rsisim.scenario.ScenarioCatalog;
import org.rsisim.cli.report.ReportFiles;
import org.rsisim.cli.report.TableReport;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.scenario.report.ResultReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The subcommands of {@code rsisim}. Each returns its exit status. */
final class Commands {
    private Commands() {
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a scenario file or a bundled scenario and report it.")
    static final class Run implements Callable<Integer> {
        private final Session session;
        @Parameters(paramLabel = "FILE|NAME", description = "A scenario file, or the name of a bundled scenario.")
        String scenario;
        @Mixin
        RunOptions options;

        Run(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() throws Exception {
            return new Runner(session, options).run(Runner.resolve(scenario));
        }
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true, description = "Run a scenario at every point of its sweep, with common random numbers.")
    static final class Sweep implements Callable<Integer> {
        private final Session session;
        @Parameters(paramLabel = "FILE", description = "A scenario file with a 'sweep'.")
        Path file;
        @Mixin
        RunOptions options;

        Sweep(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() throws Exception {
            return new Runner(session, options).sweep(ScenarioCompiler.compile(file));
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a scenario file without running it.")
    static final class Validate implements Callable<Integer> {
        private final Session session;
        @Parameters(paramLabel = "FILE", description = "A scenario file.")
        Path file;

        Validate(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            Scenario s = ScenarioCompiler.compile(file);
            Experiment e = s.experiment(org.rsisim.scenario.Overrides.NONE);
            String sweep = s.sweep() == null ? "" : ", " + s.sweep().points().size() + " sweep points";
            session.out().println(file + ": valid scenario '" + s.name() + "' (model " + s.modelName() + ", "
                    + e.distributions().size() + " parameters set, " + e.runs() + " runs, seed " + e.seed() + sweep
                    + ")");
            if (e.runs() > RunTime.ESTIMATE_ABOVE) {
                session.out().println("  expected run time: " + RunTime.describe(Engine.create(), e)
                        + (s.sweep() == null ? "" : ", per sweep point"));
            }
            return 0;
        }
    }

    @Command(name = "models", mixinStandardHelpOptions = true, description = "List every model with its settings and parameters.")
    static final class Models implements Callable<Integer> {
        private final Session session;

        Models(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            List<ModelProvider> all = ModelCatalog.all();
            if (all.isEmpty()) {
                session.out().println("No models are installed.");
            }
            for (ModelProvider p : all) {
                describe(session, p, false);
                session.out().println();
            }
            return 0;
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, description = "Describe one model: settings, parameters and what it records.")
    static final class Describe implements Callable<Integer> {
        private final Session session;
        @Parameters(paramLabel = "MODEL", description = "A model name, as listed by 'rsisim models'.")
        String model;

        Describe(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            List<String> names = ModelCatalog.all().stream().map(ModelProvider::name).toList();
            if (!names.contains(model)) {
                throw new UsageException("unknown model '" + model + "'" + Suggestions.didYouMean(model, names)
                        + "; known models: " + names);
            }
            describe(session, ModelCatalog.get(model), true);
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Draw the reports of a saved result.json (such as a Spark job's) into a directory: the table, the CSV files, the charts and the HTML page, as 'rsisim run --out' does.")
    static final class Report implements Callable<Integer> {
        private final Session session;

        @Parameters(index = "0", paramLabel = "RESULT.json", description = "a result.json written by 'rsisim run --out' or a Spark job")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Write every report into DIR.")
        Path out;

        Report(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() throws java.io.IOException {
            String text;
            try {
                text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new UsageException("cannot read " + file + ": " + e.getMessage());
            }
            ReportContext ctx;
            try {
                ctx = ResultReader.read(text);
            } catch (java.io.IOException | IllegalArgumentException e) {
                throw new UsageException(file + ": " + e.getMessage());
            }
            ReportFiles.write(ctx, out, session.graphics());
            session.out().print(TableReport.format(ctx));
            return 0;
        }
    }

    @Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the bundled scenarios, runnable by name with 'rsisim run NAME'.")
    static final class Scenarios implements Callable<Integer> {
        private final Session session;

        Scenarios(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            List<NamedScenario> all = ScenarioCatalog.all();
            if (all.isEmpty()) {
                session.out().println("No bundled scenarios are installed.");
            }
            for (NamedScenario s : all) {
                Experiment e = s.experiment();
                session.out().println(String.format(Locale.ROOT, "%-24s model %-16s %d runs, seed %d", s.name(),
                        e.model().name(), e.runs(), e.seed()));
                for (String line : wrap(s.description(), 94)) {
                    session.out().println("    " + line);
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a bundled scenario as the scenario file it is shipped as; saved to a file, it runs to the same result.")
    static final class Show implements Callable<Integer> {
        private final Session session;

        @Parameters(index = "0", paramLabel = "NAME", description = "a bundled scenario, as 'rsisim scenarios' lists them")
        String name;

        Show(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            List<String> names = ScenarioCatalog.names();
            if (!names.contains(name)) {
                throw new UsageException("no bundled scenario '" + name + "'" + Suggestions.didYouMean(name, names)
                        + "; bundled scenarios: " + names);
            }
            session.out().print(ScenarioCatalog.text(name));
            session.out().flush();
            return 0;
        }
    }

    static void describe(Session session, ModelProvider p, boolean full) {
        var out = session.out();
        out.println("Model " + p.name());
        for (String line : wrap(p.description(), 96)) {
            out.println("  " + line);
        }
        Model model = p.create();
        table(session, "Settings (structural, the same in every run)", p.settings(), full);
        table(session, "Parameters (may vary from run to run)", model.parameters(), full);
        out.println("  Records:");
        for (Observable o : model.observables()) {
            String kind = o.kind().name().toLowerCase(Locale.ROOT);
            String unit = o.kind() == Observable.Kind.SERIES ? o.unit() + " per " + o.indexUnit() : o.unit();
            out.println(String.format(Locale.ROOT, "    %-28s %-7s %s", own(out, o.name(), 28), kind, unit)
                    .stripTrailing());
            if (full) {
                for (String line : wrap(o.description(), 90)) {
                    out.println("      " + line);
                }
            }
        }
    }

    private static void table(Session session, String title, List<Parameter> list, boolean full) {
        var out = session.out();
        if (list.isEmpty()) {
            return;
        }
        out.println("  " + title + ":");
        out.println(String.format(Locale.ROOT, "    %-28s %-12s %-28s %12s", "name", "unit", "range", "default"));
        for (Parameter x : list) {
            String name = own(out, x.name(), 28);
            String unit = x.unit();
            if (unit.length() > 12) {
                out.println(String.format(Locale.ROOT, "    %-28s %s", name, unit));
                name = "";
                unit = "";
            }
            out.println(String.format(Locale.ROOT, "    %-28s %-12s %-28s %12s", name, unit,
                    "[" + num(x.lower()) + ", " + num(x.upper()) + "]", num(x.defaultValue())));
            if (full) {
                for (String line : wrap(x.description(), 90)) {
                    out.println("      " + line);
                }
            }
        }
    }

    private static String num(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return org.rsisim.scenario.report.Numbers.significant(v, 6).replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", "");
    }

    /** Prints a name longer than its column on a line of its own (never cutting it) and returns what the row shows. */
    private static String own(java.io.PrintStream out, String name, int width) {
        if (name.length() <= width) {
            return name;
        }
        out.println("    " + name);
        return "";
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
