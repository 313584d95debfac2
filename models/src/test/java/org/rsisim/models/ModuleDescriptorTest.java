package org.rsisim.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Model;

/**
 * The compiled module descriptor of {@code org.rsisim.models} against the compiled classes beside it: every package
 * is API and exported, the catalog's service is declared as used, and a service listed in {@code META-INF/services}
 * (which only the class path reads) is also provided by the descriptor (which the module path reads). The tests run
 * on the class path, where the descriptor has no effect, so a package added without an {@code exports} line would
 * otherwise go unnoticed until a user's modular build.
 */
class ModuleDescriptorTest {
    private static Path classes;
    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readDescriptor() throws IOException, URISyntaxException {
        classes = Path.of(ModelCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "the module's classes are a directory: " + classes);
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
    }

    @Test
    void isTheNamedModule() {
        assertEquals("org.rsisim.models", descriptor.name());
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("org.rsisim.core")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)),
                "models' API returns core's types, so a user of models reads core: " + descriptor.requires());
    }

    @Test
    void exportsEveryPackageWithClasses() throws IOException {
        Set<String> packages;
        try (Stream<Path> files = Files.walk(classes)) {
            packages = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f.getParent()))
                    .filter(p -> !p.toString().isEmpty() && !p.startsWith("META-INF"))
                    .map(p -> p.toString().replace(p.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(packages.contains("org.rsisim.models"), packages.toString());
        assertEquals(packages, exported, "every package of rsisim-models is API; add an exports line to "
                + "models/src/main/java/module-info.java");
    }

    @Test
    void usesTheModelService() {
        assertTrue(descriptor.uses().contains(Model.class.getName()),
                "ModelCatalog calls ServiceLoader.load(Model.class), which a named module may do only for "
                        + "a service it declares with 'uses': " + descriptor.uses());
    }

    @Test
    void providesWhatItListsAsServices() throws IOException {
        Map<String, List<String>> listed = new TreeMap<>();
        Path services = classes.resolve("META-INF/services");
        if (Files.isDirectory(services)) {
            try (Stream<Path> files = Files.list(services)) {
                for (Path f : files.toList()) {
                    listed.put(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                            .map(l -> l.replaceFirst("#.*", "").strip())
                            .filter(l -> !l.isEmpty())
                            .toList());
                }
            }
        }
        Map<String, List<String>> provided = new TreeMap<>();
        descriptor.provides().forEach(p -> provided.put(p.service(), p.providers()));
        assertEquals(listed, provided, "each META-INF/services file needs a 'provides' line in module-info.java "
                + "with the same classes, or the module path does not see them");
    }
}
