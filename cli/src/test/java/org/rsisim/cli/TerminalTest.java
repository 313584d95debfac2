package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which devices behind standard error count as a terminal, so that the progress bar is drawn there only. */
class TerminalTest {

    @Test
    void terminalsAreRecognised() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertTrue(Terminal.isTerminalDevice("/dev/ttyS0"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty"));
        assertTrue(Terminal.isTerminalDevice("/dev/console"));
    }

    @Test
    void filesPipesAndSocketsAreNot() {
        assertFalse(Terminal.isTerminalDevice("/tmp/rsisim-run.log"));
        assertFalse(Terminal.isTerminalDevice("pipe:[123456]"));
        assertFalse(Terminal.isTerminalDevice("socket:[98765]"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }

    @Test
    void standardErrorOfTheTestIsNotATerminal() {
        // surefire runs tests with standard error redirected to a pipe or a file
        assertFalse(Terminal.standardError());
    }
}
