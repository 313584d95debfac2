package org.rsisim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.Experiment;

/** A scenario given as text extends bundled scenarios only, and compiles as the same file would. */
class ScenarioTextTest {
    @TempDir
    Path dir;

    @Test
    void aTextCompilesAsTheSameFileDoes() throws Exception {
        String text = "name: t\nextends: clark-2028\nruns: 1234\nparameters:\n  automation_width_ooms: 0.7\n";
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, text);
        Experiment fromText = ScenarioSource.text("t.yaml", text).compile().experiment(Overrides.NONE);
        Experiment fromFile = ScenarioCompiler.compile(f).experiment(Overrides.NONE);
        assertEquals(1234, fromText.runs());
        assertEquals(fromFile.distributions().toString(), fromText.distributions().toString());
        assertEquals(fromFile.seed(), fromText.seed());
    }

    @Test
    void aTextCannotExtendAFile() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), "model: rsi-chain\n");
        for (String target : new String[] {"base.yaml", dir.resolve("base.yaml").toString(), "../x.yml", "a/b"}) {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.loadText("pasted.yaml", "extends: " + target + "\n"));
            assertEquals(new Location("pasted.yaml", 1, 10), e.location(), e.getMessage());
            assertTrue(e.getMessage().contains("cannot name a file"), e.getMessage());
        }
        ScenarioException unknown = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.loadText("pasted.yaml", "extends: clark-2029\n"));
        assertTrue(unknown.getMessage().contains("clark-2028"), unknown.getMessage());
    }

    @Test
    void aTextOverTheSizeLimitIsRefused() {
        String big = "description: " + "x".repeat(1 << 20) + "\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadText("big.yaml", big));
        assertTrue(e.getMessage().startsWith("big.yaml:1:1: 'big.yaml' is larger than"), e.getMessage());
    }

    @Test
    void mergeLaysParametersOverTheBaseKeyByKey() {
        Node.Mapping base = ScenarioSource.bundled("clark-2028").root();
        Node.Mapping child = (Node.Mapping) YamlTreeReader.read("edits", "parameters:\n  automation_width_ooms: 0.7\n");
        Node.Mapping merged = ScenarioLoader.merge(base, child);
        Node.Mapping params = (Node.Mapping) merged.get("parameters");
        assertTrue(params.has("automation_midpoint_ooms"), "the base's parameters stay");
        assertEquals("0.7", ((Node.Scalar) params.get("automation_width_ooms")).text());
        assertEquals(new Location("edits", 2, 26), params.get("automation_width_ooms").location());
    }
}
