package org.rsisim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rsisim.scenario.AifmImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rsisim import}: converts another tool's configuration into an rsisim scenario file. */
final class ImportCommands {
    private ImportCommands() {
    }

    /** {@code rsisim import}: a group of one subcommand per foreign format. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Convert another tool's configuration into a scenario file that runs.")
    static final class Import implements Callable<Integer> {
        private final Session session;

        Import(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() {
            throw new UsageException("name the format: 'rsisim import aifm CONFIG.yaml' converts a sampling "
                    + "configuration of the AI Futures Project's model (brendanhalstead/ai-progress-rates)");
        }
    }

    /** {@code rsisim import aifm CONFIG.yaml [--out FILE]}. */
    @Command(name = "aifm", mixinStandardHelpOptions = true,
            description = "Convert a sampling configuration of the AI Futures Project's model "
                    + "(brendanhalstead/ai-progress-rates, config/*.yaml) into a scenario file of the model "
                    + "ai-futures. What cannot be converted is refused with its file, line and key.")
    static final class Aifm implements Callable<Integer> {
        private final Session session;

        @Parameters(index = "0", paramLabel = "CONFIG.yaml", description = "their sampling configuration")
        Path config;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Write the scenario file here (default: standard output).")
        Path out;

        Aifm(Session session) {
            this.session = session;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(config)) {
                throw new UsageException("no file " + config);
            }
            String scenario = AifmImport.convert(config);
            if (out == null) {
                session.out().print(scenario);
                session.out().flush();
            } else {
                Files.writeString(out, scenario, StandardCharsets.UTF_8);
                session.err().println("rsisim: wrote " + out + "; run it with 'rsisim run " + out + "'");
            }
            return 0;
        }
    }
}
