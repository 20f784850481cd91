package id.go.wna.contracts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Markdown file of the repository (the tracked ones, from the root): a relative link leads to a file or folder
 * that exists, a {@code #anchor} into a Markdown file to one of its headings, and nothing points outside the
 * repository (a {@code ../} that climbs above the root, in a link or written as a path). Lives here because this module
 * is the first of {@code ./mvnw verify}.
 */
class MarkdownLinksStayInsideTheRepositoryAndResolveTest {

    /** {@code [text](target)} and {@code ![alt](target)}; the target ends at a space (a title follows) or ')'. */
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** {@code [label]: target} at the start of a line. */
    private static final Pattern REFERENCE_LINK = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    /** HTML {@code href} and {@code src}, as README pages sometimes embed images. */
    private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"");
    /** A path that starts by climbing ({@code ../}, not {@code .../}), anywhere in the text, code included. */
    private static final Pattern CLIMBING_PATH = Pattern.compile("(?<![.\\w/])((?:\\.\\./)+)([^\\s`'\")\\]]*)");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path root = GeneratedFiles.resources().resolve("../../../..").toAbsolutePath().normalize();
    private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

    @Test
    void everyRelativeLinkOfEveryMarkdownFileResolvesInsideTheRepository() throws IOException, InterruptedException {
        List<Path> files = markdownFiles();
        assertTrue(files.size() > 5, "expected the repository's Markdown files under " + root + ", found " + files);
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String prose = withoutCode(text);
            for (Pattern p : List.of(INLINE_LINK, REFERENCE_LINK, HTML_LINK)) {
                Matcher m = p.matcher(prose);
                while (m.find()) {
                    String problem = problemOf(file, m.group(1));
                    if (problem != null) {
                        broken.add(root.relativize(file) + ": (" + m.group(1) + ") " + problem);
                    }
                }
            }
            Matcher climbing = CLIMBING_PATH.matcher(text);
            while (climbing.find()) {
                Path target = file.getParent().resolve(climbing.group(1)).normalize();
                if (!target.startsWith(root)) {
                    broken.add(root.relativize(file) + ": " + climbing.group() + " leaves the repository");
                }
            }
        }
        assertEquals(List.of(), broken, "Markdown links that do not resolve inside the repository");
    }

    @Test
    void headingsBecomeTheAnchorsGitHubGivesThem() {
        Set<String> anchors = anchorsOf("# Demo data (`./wna up --demo`)\n## Supervision (`Supervisor`, `RestartPolicy`)\n"
                + "## Endpoints\n## Endpoints\n```\n# not a heading\n```\n### Custody recorded → obligation readable");
        assertEquals(Set.of("demo-data-wna-up---demo", "supervision-supervisor-restartpolicy", "endpoints", "endpoints-1",
                "custody-recorded--obligation-readable"), anchors);
    }

    @Test
    void aLinkThatClimbsAboveTheRootOrMissesItsTargetIsReported() {
        Path readme = root.resolve("event-contracts/README.md");
        assertNotNull(problemOf(readme, "../".repeat(2) + "beyond-the-clone.md"), "a link above the root");
        assertNotNull(problemOf(readme, "no-such-file.md"), "a missing file");
        assertNotNull(problemOf(readme, "../README.md#no-such-heading"), "a missing anchor");
        assertNull(problemOf(readme, "../README.md"));
        assertNull(problemOf(readme, "https://example.org/x"));
    }

    /** Null when the target resolves; else why not. Absolute URLs (any scheme) are not this test's business. */
    private String problemOf(Path file, String rawTarget) {
        String target = rawTarget.strip();
        if (target.isEmpty() || SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        pathPart = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved = pathPart.isEmpty() ? file
                : pathPart.startsWith("/") ? root.resolve(pathPart.substring(1)).normalize()
                : file.getParent().resolve(pathPart).normalize();
        if (!resolved.startsWith(root)) {
            return "leaves the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file: " + root.relativize(resolved);
        }
        if (anchor != null && !anchor.isEmpty() && resolved.toString().endsWith(".md")) {
            Set<String> anchors = anchorsByFile.computeIfAbsent(resolved, p -> {
                try {
                    return anchorsOf(Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (!anchors.contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT))) {
                return "no heading #" + anchor + " in " + root.relativize(resolved);
            }
        }
        return null;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> anchorsOf(String markdown) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher h = HEADING.matcher(withoutFencedBlocks(markdown));
        while (h.find()) {
            String slug = h.group(1)
                    .replaceAll("<[^>]+>", "")
                    .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\p{Mn} _-]", "")
                    .replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        Matcher a = HTML_ANCHOR.matcher(markdown);
        while (a.find()) {
            anchors.add(a.group(1).toLowerCase(Locale.ROOT));
        }
        return anchors;
    }

    /** Links inside code are examples, not links: fenced blocks and inline code spans are blanked. */
    private static String withoutCode(String markdown) {
        return withoutFencedBlocks(markdown).replaceAll("`[^`\n]*`", "``");
    }

    private static String withoutFencedBlocks(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                out.append('\n');
                continue;
            }
            out.append(fenced ? "" : line).append('\n');
        }
        return out.toString();
    }

    /** The tracked Markdown files (git), or, without git, every one outside build output. */
    private List<Path> markdownFiles() throws IOException, InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--", "*.md")
                    .directory(root.toFile()).redirectErrorStream(false).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 && out.length > 0) {
                List<Path> files = new ArrayList<>();
                for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    if (!name.isEmpty() && Files.exists(root.resolve(name))) {
                        files.add(root.resolve(name).normalize());
                    }
                }
                return files;
            }
        } catch (IOException noGit) {
            // a source archive without git: walk the tree instead
        }
        Set<String> skipped = Set.of("target", ".git", "node_modules", ".wna", ".mvn");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> root.relativize(p).toString().isEmpty()
                            || Stream.of(root.relativize(p).toString().split("/")).noneMatch(skipped::contains))
                    .toList();
        }
    }
}
