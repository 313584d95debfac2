package org.rsisim.scenario.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;
import org.rsisim.scenario.NamedScenario;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * Every class, method and field that docs/models.md names in backquotes exists, and every model and scenario name
 * it puts in backquotes in its tables is one the catalogs know. A reference is a backquoted span such as
 * {@code `Pipeline.aiResearch()`}, {@code `AlignmentFidelity.afterGenerations(p, n)`} or {@code `RsiChainTest`}:
 * its first name must be a class in one of {@link #PACKAGES} (the library's, its tests', the JDK's and
 * Hipparchus' that the page names), or a test class of the models module (found by its source file), and the name
 * after it, if any, a method, field or nested class of that class.
 */
class DocReferencesTest {
    static final String[] PACKAGES = {
        "org.rsisim.models", "org.rsisim.models.alignment", "org.rsisim.models.rsi", "org.rsisim.models.bottleneck",
        "org.rsisim.models.capability", "org.rsisim.models.explosion", "org.rsisim.models.economy",
        "org.rsisim.models.sie", "org.rsisim.models.aifutures", "org.rsisim.models.ftm", "org.rsisim.models.analysis",
        "org.rsisim.scenario",
        "org.rsisim.scenario.docs", "org.rsisim.scenario.published", "org.rsisim.core", "org.rsisim.core.stat",
        "org.rsisim.core.distribution", "java.lang", "java.math", "java.util",
        "org.hipparchus.ode.nonstiff", "org.hipparchus.optim.nonlinear.vector.leastsquares", "org.hipparchus.fitting"};
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Za-z0-9]{2,}(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    @Test
    void everyNamedClassAndMemberExists() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String span : spans()) {
            String name = span.replaceAll("\\([^()]*\\)", "").strip();
            if (!REFERENCE.matcher(name).matches() || name.matches("[A-Z0-9_]+(\\..*)?")) {
                continue; // not a reference (a formula such as `F_n` or a constant-looking symbol)
            }
            int dot = name.indexOf('.');
            String type = dot < 0 ? name : name.substring(0, dot);
            Class<?> c = find(type);
            String testSource = c == null ? testSource(type) : null;
            if (testSource != null) {
                if (dot >= 0 && !testSource.contains(" " + name.substring(dot + 1) + "(")) {
                    missing.add(span + ": test " + type + " has no method " + name.substring(dot + 1));
                }
            } else if (c == null) {
                missing.add(span + ": no class " + type);
            } else if (dot >= 0 && !hasMember(c, name.substring(dot + 1))) {
                missing.add(span + ": " + c.getName() + " has no member " + name.substring(dot + 1));
            }
            checked++;
        }
        assertTrue(checked > 40, "only " + checked + " references found in " + ModelsDoc.DOC);
        assertTrue(missing.isEmpty(), "names in " + ModelsDoc.DOC + " that do not exist: " + missing);
    }

    @Test
    void everyModelAndScenarioInTheTablesIsInTheCatalogs() {
        List<String> models = ModelCatalog.all().stream().map(ModelProvider::name).toList();
        List<String> scenarios = ScenarioCatalog.all().stream().map(NamedScenario::name).toList();
        String text = ModelsDoc.text();
        for (String model : models) {
            assertTrue(text.contains("| `" + model + "` |"), "model " + model + " is not in a table of " + ModelsDoc.DOC);
        }
        for (String scenario : scenarios) {
            assertTrue(text.contains("| `" + scenario + "` |"),
                    "scenario " + scenario + " is not in a table of " + ModelsDoc.DOC);
        }
        Matcher first = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| `([a-z-]+)` \\|").matcher(text);
        int rows = 0;
        while (first.find()) {
            assertTrue(scenarios.contains(first.group(1)), "unknown scenario " + first.group(1));
            assertTrue(models.contains(first.group(2)), "unknown model " + first.group(2));
            assertTrue(ScenarioCatalog.get(first.group(1)).experiment().model().name().equals(first.group(2)),
                    "scenario " + first.group(1) + " is not of model " + first.group(2));
            rows++;
        }
        assertTrue(rows == scenarios.size(), rows + " scenario rows, " + scenarios.size() + " scenarios");
    }

    private static List<String> spans() {
        List<String> spans = new ArrayList<>();
        boolean fenced = false;
        for (String line : ModelsDoc.text().lines().toList()) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                Matcher m = CODE.matcher(line);
                while (m.find()) {
                    spans.add(m.group(1));
                }
            }
        }
        return spans;
    }

    private static Class<?> find(String simpleName) {
        for (String p : PACKAGES) {
            try {
                return Class.forName(p + "." + simpleName);
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return null;
    }

    /**
     * Returns the source of a test class of the models module (whose test classes are not on this module's class
     * path), or {@code null}.
     */
    private static String testSource(String simpleName) {
        Path root = Path.of("..", "models", "src", "test", "java");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(root)) {
            Path file = files.filter(f -> f.getFileName().toString().equals(simpleName + ".java")).findFirst()
                    .orElse(null);
            return file == null ? null : Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasMember(Class<?> c, String member) {
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(member)) {
                return true;
            }
        }
        for (Method m : c.getMethods()) {
            if (m.getName().equals(member)) {
                return true;
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (f.getName().equals(member)) {
                return true;
            }
        }
        for (Class<?> n : c.getDeclaredClasses()) {
            if (n.getSimpleName().equals(member)) {
                return true;
            }
        }
        return false;
    }
}
