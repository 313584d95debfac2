package org.rsisim.cli.chart;

import java.util.Locale;
import java.util.Set;

/**
 * File names made from observable names. Observable names are free text to a model author, so a name is reduced to
 * lower-case ASCII letters, digits, {@code _} and {@code -}, at most 60 characters, and never empty; names that
 * still collide get a numeric suffix.
 *
 * <p>Stateless; thread-safe.
 */
final class FileNames {
    private static final int MAX_LENGTH = 60;

    private FileNames() {
    }

    /**
     * Returns a safe file stem for a chart: {@code prefix + "-" + sanitised name}, made unique against the stems
     * already taken (which this call extends).
     *
     * @param prefix the chart kind, such as {@code fan}
     * @param name the observable's name
     * @param taken stems already used in the same directory; the returned stem is added
     * @return a stem of letters, digits, {@code _} and {@code -}
     */
    static String stem(String prefix, String name, Set<String> taken) {
        String base = prefix + "-" + sanitise(name);
        String stem = base;
        for (int k = 2; !taken.add(stem); k++) {
            stem = base + "-" + k;
        }
        return stem;
    }

    /**
     * Reduces a name to a safe file-name fragment.
     *
     * @param name any text
     * @return lower-case {@code [a-z0-9_-]}, runs of other characters replaced by one {@code _}, no leading dot,
     *         at most 60 characters, {@code unnamed} if nothing is left
     */
    static String sanitise(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < lower.length() && s.length() < MAX_LENGTH; i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                s.append(c);
                gap = false;
            } else if (!gap && s.length() > 0) {
                s.append('_');
                gap = true;
            }
        }
        while (s.length() > 0 && s.charAt(s.length() - 1) == '_') {
            s.setLength(s.length() - 1);
        }
        return s.length() == 0 ? "unnamed" : s.toString();
    }
}
