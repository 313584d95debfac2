package org.rsisim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, where the progress bar is drawn. {@link System#console()} answers for
 * standard input and output together, so it says no for {@code rsisim run x --format json > out.json} although
 * the progress bar would go to a terminal. Where the operating system shows a process's open files under
 * {@code /proc/self/fd} (Linux), the device behind descriptor 2 decides; elsewhere the console does.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * Returns whether standard error is a terminal.
     *
     * @return true if it is, or, where that cannot be told, if the process has a console
     */
    static boolean standardError() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * Returns whether a device path names a terminal: a pseudo-terminal ({@code /dev/pts/N}), a virtual console or
     * serial line ({@code /dev/ttyN}, {@code /dev/ttyS0}), or the controlling terminal ({@code /dev/tty}).
     *
     * @param device the path an open file descriptor links to
     * @return whether it is a terminal
     */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }
}
