package id.go.wna.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed generated files of this module, and the switch that rewrites them instead of checking them. */
final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** {@code -Dcontracts.write-schemas=true}: the in-step tests write the files instead of comparing them. */
    static boolean writeMode() {
        return Boolean.parseBoolean(System.getProperty("contracts.write-schemas", "false"));
    }

    /** {@code event-contracts/src/main/resources}, in the source tree (not the copy under target/). */
    static Path resources() {
        String module = System.getProperty("contracts.module-dir");
        Path base = module == null || module.isBlank() || module.startsWith("${")
                ? Path.of("").toAbsolutePath()
                : Path.of(module);
        return base.resolve("src/main/resources");
    }

    /** The committed text of a resource, or null when the file is missing. */
    static String read(String resource) throws IOException {
        Path file = resources().resolve(resource);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    static void write(String resource, String text) throws IOException {
        Path file = resources().resolve(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
