package org.rsisim.examples.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Model;
import org.rsisim.models.ModelCatalog;

/**
 * "Writing a model" in docs/models.md shows whole files of this module: each code block that starts with a comment
 * naming a file must be that file, line for line, so the page cannot drift from the code the build runs.
 */
class WritingAModelDocTest {
    private static final Path DOC = Path.of("../docs/models.md");

    private static String block(String doc, String file) {
        String marker = file + "\n";
        int at = doc.indexOf(marker);
        assertTrue(at >= 0, "docs/models.md shows no code block for " + file);
        int end = doc.indexOf("\n```", at);
        return doc.substring(at + marker.length(), end + 1);
    }

    private static void shows(String doc, String file) throws IOException {
        String text = Files.readString(Path.of("..", file), StandardCharsets.UTF_8);
        assertEquals(text, block(doc, "// " + file), file);
    }

    @Test
    void thePageShowsTheFilesAsTheyAre() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        shows(doc, "examples/src/main/java/org/rsisim/examples/model/FidelityChain.java");
        shows(doc, "examples/src/test/java/org/rsisim/examples/model/FidelityChainTest.java");
        String yaml = Files.readString(Path.of("scenarios/fidelity-chain.yaml"), StandardCharsets.UTF_8);
        assertEquals(yaml, block(doc, "# examples/scenarios/fidelity-chain.yaml"), "fidelity-chain.yaml");
        String services = Files.readString(Path.of("src/main/resources/META-INF/services/org.rsisim.core.Model"),
                StandardCharsets.UTF_8);
        assertEquals(services, block(doc, "# examples/src/main/resources/META-INF/services/org.rsisim.core.Model"));
    }

    @Test
    void theModelIsFoundByServiceLoaderAndByName() {
        assertTrue(ServiceLoader.load(Model.class).stream().anyMatch(p -> p.type() == FidelityChain.class));
        assertEquals("fidelity-chain", ModelCatalog.get("fidelity-chain").name());
        assertEquals(100, ModelCatalog.get("fidelity-chain").create(java.util.Map.of("generations", 100.0))
                .observables().get(2).length());
    }
}
