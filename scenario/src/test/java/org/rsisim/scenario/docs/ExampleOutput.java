package org.rsisim.scenario.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code out} of the worked examples in docs/models.md: a {@link PrintStream} into memory whose
 * {@code printf} and {@code format} use {@link Locale#ROOT}, so that the printed numbers do not depend on the
 * machine's locale. Not thread-safe beyond what {@link PrintStream} promises.
 */
final class ExampleOutput extends PrintStream {
    private final ByteArrayOutputStream bytes;

    private ExampleOutput(ByteArrayOutputStream bytes) {
        super(bytes, true, StandardCharsets.UTF_8);
        this.bytes = bytes;
    }

    /**
     * Returns an empty output.
     *
     * @return a new output
     */
    static ExampleOutput create() {
        return new ExampleOutput(new ByteArrayOutputStream());
    }

    @Override
    public PrintStream format(String format, Object... args) {
        return format(Locale.ROOT, format, args);
    }

    /**
     * Returns everything printed so far, with line ends written as {@code \n}.
     *
     * @return the text
     */
    String text() {
        flush();
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
