package org.rsisim.serve;

/**
 * A request the server refuses with status 400 (or the status given): the message says what is wrong and what is
 * allowed, and the field names the input of the page it belongs to ({@code scenario}, {@code text}, {@code runs},
 * {@code seed}, {@code a.NAME} or {@code b.NAME} for a parameter of configuration A or B), so that the page shows it
 * beside that input.
 */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    BadRequest(String field, String message) {
        this(400, field, message);
    }

    BadRequest(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    int status() {
        return status;
    }

    /** @return the page's input the message belongs to, or {@code null} */
    String field() {
        return field;
    }
}
