package id.go.wna.contracts;

import id.go.wna.contracts.EventCatalogue.EventType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's catalogue table names every event type with its topic and pseudonymity, as the catalogue does. */
class ReadmeListsEveryEventTypeTest {

    @Test
    void theReadmeCatalogueTableListsEveryType() throws IOException {
        String readme = Files.readString(GeneratedFiles.resources().resolve("../../../README.md").normalize(),
                StandardCharsets.UTF_8);
        List<String> missing = EventCatalogue.all().stream()
                .filter(t -> !readme.contains(row(t)))
                .map(EventType::type)
                .toList();
        assertEquals(List.of(), missing, "event types missing from the catalogue table of event-contracts/README.md");
    }

    private static String row(EventType t) {
        return "| `" + t.type() + "` | `" + t.topic() + "` | ";
    }
}
