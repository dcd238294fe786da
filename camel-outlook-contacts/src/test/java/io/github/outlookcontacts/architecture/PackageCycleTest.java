package io.github.outlookcontacts.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages depend on each other one way only: the Camel glue ({@code camel}) may use its operation handlers
 * ({@code camel.producer}), never the other way round, and no other pair of packages forms a cycle. Dependencies are
 * read from the sources: imports and fully-qualified names in code (comments ignored).
 */
class PackageCycleTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String ROOT = "io.github.outlookcontacts";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE
            = Pattern.compile("\\bio\\.github\\.outlookcontacts((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void theProducerHandlersUseNothingFromTheGluePackage() throws IOException {
        assertThat(dependencies().get(ROOT + ".camel.producer")).isNotEmpty().doesNotContain(ROOT + ".camel");
        assertThat(dependencies().get(ROOT + ".camel")).contains(ROOT + ".camel.producer");
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        assertThat(graph).hasSizeGreaterThan(5);
        for (String start : graph.keySet()) {
            assertThat(pathBack(graph, start)).as("a package cycle through " + start).isEmpty();
        }
    }

    @Test
    void theCycleCheckFindsACycle() {
        Map<String, Set<String>> graph
                = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(pathBack(graph, "a")).containsExactly("a", "b", "c", "a");
        assertThat(pathBack(graph, "d")).isEmpty();
    }

    /** A path from {@code start} back to itself (depth-first), or an empty list when there is none. */
    private static List<String> pathBack(Map<String, Set<String>> graph, String start) {
        Deque<List<String>> open = new ArrayDeque<>();
        open.push(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!open.isEmpty()) {
            List<String> path = open.pop();
            for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    open.push(longer);
                }
            }
        }
        return List.of();
    }

    /** Package to the other packages of ours that its sources name. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(source)).replaceAll("");
                Matcher declared = PACKAGE.matcher(code);
                assertThat(declared.find()).as(source + " declares its package").isTrue();
                String pkg = declared.group(1);
                Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher ref = REFERENCE.matcher(code);
                while (ref.find()) {
                    String used = ROOT + ref.group(1);
                    if (!used.equals(pkg)) {
                        uses.add(used);
                    }
                }
            }
        }
        return graph;
    }
}
