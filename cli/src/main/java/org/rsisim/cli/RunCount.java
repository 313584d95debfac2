package org.rsisim.cli;

import org.rsisim.scenario.Values;
import picocli.CommandLine;

/**
 * Reads {@code --runs} as a scenario file reads {@code runs}: {@code 100000}, {@code 100_000} or {@code 1e5}
 * ({@link Values#wholeNumber}, the one parser of both).
 */
final class RunCount implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            return Values.wholeNumber(value, "--runs");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
