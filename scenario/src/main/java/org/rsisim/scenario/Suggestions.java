package org.rsisim.scenario;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" suggestions by edit distance, for unknown keys, parameters, models and observables.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * Returns the Levenshtein distance (insertions, deletions and substitutions of one character each cost 1),
     * ignoring case and treating {@code -} and {@code _} alike.
     *
     * @param a a word
     * @param b another word
     * @return the distance, {@code >= 0}
     */
    public static int distance(String a, String b) {
        String s = normalise(a);
        String t = normalise(b);
        int[] prev = new int[t.length() + 1];
        int[] cur = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[t.length()];
    }

    /**
     * Returns the closest candidate if it is close enough to be a likely typo: at most a third of the word's length
     * away (at least 1, at most 3 edits), or a candidate that contains the word or is contained in it.
     *
     * @param word the unknown word
     * @param candidates the allowed words
     * @return the suggestion, or {@code null} if none is close
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        if (bestDistance <= allowed) {
            return best;
        }
        String w = normalise(word);
        for (String c : candidates) {
            String n = normalise(c);
            if (w.length() >= 3 && (n.contains(w) || w.contains(n))) {
                return c;
            }
        }
        return null;
    }

    /**
     * Returns {@code " (did you mean 'x'?)"} for the closest candidate, or an empty string.
     *
     * @param word the unknown word
     * @param candidates the allowed words
     * @return the phrase to append to a message
     */
    public static String didYouMean(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        return c == null ? "" : " (did you mean '" + c + "'?)";
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
