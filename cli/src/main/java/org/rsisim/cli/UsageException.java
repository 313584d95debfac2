package org.rsisim.cli;

/**
 * Bad input on the command line (an unknown model or scenario name, an option value out of range): the command
 * prints the message on one line and exits with status 2.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and what is allowed
     */
    public UsageException(String message) {
        super(message);
    }
}
