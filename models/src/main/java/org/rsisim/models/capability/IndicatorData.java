package org.rsisim.models.capability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled data set of capability indicators the essay cites (docs/sources.md, "the mosaic"): the METR 50 % time
 * horizon (30 s in 2022, 12 h in 2026), the AI 2027 horizon of May 2025 (15 min), and SWE-Bench, CORE-Bench and
 * MLE-Bench scores. It is the CSV resource {@code org/rsisim/models/capability/essay-indicators.csv}, whose header
 * comment explains how each date and its uncertainty follow from the period the source gives.
 *
 * <p>Thread-safe; every call parses the resource anew and returns a new immutable list.
 */
public final class IndicatorData {
    /** The resource name. */
    public static final String RESOURCE = "essay-indicators.csv";

    private IndicatorData() {
    }

    /**
     * Returns every point of the bundled data set, in file order.
     *
     * @return an immutable list
     * @throws UncheckedIOException if the resource cannot be read
     * @throws IllegalStateException if a line is malformed; the message gives the line number
     */
    public static List<IndicatorPoint> all() {
        try (InputStream in = IndicatorData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Returns the points of one indicator, in file order.
     *
     * @param indicator the indicator, such as {@code metr_horizon_50}
     * @return an immutable list, empty if there is no such indicator
     */
    public static List<IndicatorPoint> of(String indicator) {
        return all().stream().filter(p -> p.indicator().equals(indicator)).toList();
    }

    private static List<IndicatorPoint> parse(BufferedReader reader) throws IOException {
        List<IndicatorPoint> out = new ArrayList<>();
        String line;
        int number = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", 7);
            if (f.length != 7) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 7 fields, found "
                        + f.length);
            }
            try {
                out.add(new IndicatorPoint(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), f[4], f[5], f[6]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
