package id.go.wna.contracts;

import id.go.wna.contracts.schema.SchemaGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed JSON Schemas are exactly what {@link SchemaGenerator} makes of the records. Run with
 * {@code -Dcontracts.write-schemas=true} to rewrite them after changing a record.
 */
class SchemasAreInStepWithRecordsTest {

    private static final String HOW_TO_FIX = "; regenerate with: ./mvnw -pl event-contracts test "
            + "-Dcontracts.write-schemas=true";

    @Test
    void everyCommittedSchemaMatchesItsRecord() throws IOException {
        Map<String, String> generated = SchemaGenerator.renderAll();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String committed = GeneratedFiles.read(file.getKey());
            if (file.getValue().equals(committed)) {
                continue;
            }
            if (GeneratedFiles.writeMode()) {
                GeneratedFiles.write(file.getKey(), file.getValue());
            } else {
                stale.add("src/main/resources/" + file.getKey() + (committed == null ? " is missing" : " differs"));
            }
        }
        if (!stale.isEmpty()) {
            fail(String.join("\n", stale) + HOW_TO_FIX);
        }
    }

    @Test
    void noSchemaFileWithoutAnEventType() throws IOException {
        Path folder = GeneratedFiles.resources().resolve("schemas");
        List<String> expected = SchemaGenerator.renderAll().keySet().stream().toList();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> orphans = files.map(f -> "schemas/" + f.getFileName())
                    .filter(f -> !expected.contains(f))
                    .sorted()
                    .toList();
            assertTrue(orphans.isEmpty(), "schema files without an event type in EventCatalogue: " + orphans
                    + " (a type is never removed from the catalogue while producers may still send it)");
        }
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaGenerator.DIALECT));
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, String> file : SchemaGenerator.renderAll().entrySet()) {
            Set<ValidationMessage> problems = metaSchema.validate(json.readTree(file.getValue()));
            assertTrue(problems.isEmpty(), file.getKey() + ": " + problems);
        }
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(SchemaGenerator.renderAll(), SchemaGenerator.renderAll());
    }

    @Test
    void schemasOnTheClasspathAreTheCommittedOnes() throws IOException {
        for (EventCatalogue.EventType type : EventCatalogue.all()) {
            try (var in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
                assertTrue(in != null, type.schemaResource() + " is not on the classpath");
            }
        }
    }
}
