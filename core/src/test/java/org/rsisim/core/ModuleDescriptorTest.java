package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor of {@code org.rsisim.core} against the compiled classes beside it: every package
 * is exported except those named {@code internal}, which are not API. The tests run on the class path, where the
 * descriptor has no effect, so a package added without an {@code exports} line would otherwise go unnoticed until
 * a user's modular build.
 */
class ModuleDescriptorTest {

    @Test
    void exportsEveryPackageButTheInternalOnes() throws IOException, URISyntaxException {
        Path classes = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "the module's classes are a directory: " + classes);
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("org.rsisim.core", descriptor.name());

        Set<String> api;
        try (Stream<Path> files = Files.walk(classes)) {
            api = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f.getParent()))
                    .filter(p -> !p.toString().isEmpty() && !p.startsWith("META-INF"))
                    .map(p -> p.toString().replace(p.getFileSystem().getSeparator(), "."))
                    .filter(p -> !p.endsWith(".internal") && !p.contains(".internal."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(api.contains("org.rsisim.core"), api.toString());
        assertEquals(api, exported, "every package of rsisim-core but the internal ones is API; add an exports line "
                + "to core/src/main/java/module-info.java");
    }
}
