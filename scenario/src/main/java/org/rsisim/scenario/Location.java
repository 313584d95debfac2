package org.rsisim.scenario;

/**
 * A place in a scenario file, printed as {@code file:line:column} (both 1-based), the form editors and terminals
 * turn into links.
 *
 * @param file the file as the user named it (or a bundled scenario's name)
 * @param line line number, from 1
 * @param column column number, from 1
 */
public record Location(String file, int line, int column) implements java.io.Serializable {

    /**
     * Returns the start of a file, for errors that belong to the whole file.
     *
     * @param file the file
     * @return line 1, column 1
     */
    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
