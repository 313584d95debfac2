package org.rsisim.scenario;

import java.util.Objects;

/**
 * A scenario that cannot be read or run as written: the message says what is wrong and what is allowed, and the
 * location says where. The command line prints {@link #getMessage()} on one line and exits with status 2.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param location where the problem is
     * @param problem what is wrong and what is allowed, one line
     */
    public ScenarioException(Location location, String problem) {
        super(location + ": " + oneLine(problem));
        this.location = Objects.requireNonNull(location, "location");
        this.problem = oneLine(problem);
    }

    /**
     * Creates the exception with the exception that revealed the problem.
     *
     * @param location where the problem is
     * @param problem what is wrong and what is allowed, one line
     * @param cause the underlying exception
     */
    public ScenarioException(Location location, String problem, Throwable cause) {
        super(location + ": " + oneLine(problem), cause);
        this.location = Objects.requireNonNull(location, "location");
        this.problem = oneLine(problem);
    }

    /** @return where the problem is */
    public Location location() {
        return location;
    }

    /** @return the message without its location */
    public String problem() {
        return problem;
    }

    private static String oneLine(String s) {
        return String.valueOf(s).replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
