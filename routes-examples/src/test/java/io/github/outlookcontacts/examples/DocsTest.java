package io.github.outlookcontacts.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.outlookcontacts.emulator.seed.SeedFile;
import io.github.outlookcontacts.emulator.store.ContactStore;
import io.github.outlookcontacts.emulator.store.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new user reads first must hold: links lead somewhere, examples say what they need, samples load. */
class DocsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern MD_NAME = Pattern.compile("`([A-Za-z0-9_./-]+\\.md)`");
    private static final Pattern BODY_EXPRESSION = Pattern.compile("\\$\\{body[.\\[]");

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    @Test
    void everyLinkAndNamedDocumentExists() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            String text = Files.readString(doc);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                String[] fileAndAnchor = target.split("#", 2);
                Path file = fileAndAnchor[0].isEmpty() ? doc : doc.getParent().resolve(fileAndAnchor[0]);
                if (!Files.exists(file)) {
                    broken.add(ROOT.relativize(doc) + ": " + target);
                } else if (fileAndAnchor.length == 2 && file.toString().endsWith(".md")
                           && !anchors(Files.readString(file)).contains(fileAndAnchor[1])) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such heading)");
                }
            }
            Matcher named = MD_NAME.matcher(text);
            while (named.find()) {
                String name = named.group(1);
                if (!Files.exists(ROOT.resolve(name)) && !Files.exists(ROOT.resolve("docs").resolve(name))) {
                    broken.add(ROOT.relativize(doc) + ": `" + name + "`");
                }
            }
        }
        assertThat(broken).as("links and document names that lead nowhere").isEmpty();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#+\\s*", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-')).toList();
    }

    /** Simple's ${body.x} and ${body[x]} are evaluated by the bean language: without camel-bean the route fails. */
    @Test
    void examplesThatLookIntoTheBodySayTheyNeedCamelBean() throws IOException {
        for (Path doc : documents()) {
            String text = Files.readString(doc);
            if (BODY_EXPRESSION.matcher(text).find()) {
                assertThat(text).as(ROOT.relativize(doc) + " uses ${body...} expressions").contains("camel-bean");
            }
        }
    }

    @Test
    void theSeedFileExampleLoads() throws IOException {
        String emulatorDoc = Files.readString(ROOT.resolve("docs/emulator.md"));
        int section = emulatorDoc.indexOf("### Seed files");
        assertThat(section).as("seed file section").isPositive();
        int start = emulatorDoc.indexOf("```json", section) + "```json".length();
        String example = emulatorDoc.substring(start, emulatorDoc.indexOf("```", start));

        ContactStore store = new ContactStore();
        SeedFile.load(store, Json.MAPPER.readTree(example));
        String me = "me@emulator.local";
        assertThat(store.contactCount(me, store.defaultFolderId(me))).isEqualTo(20);
        assertThat(store.contactCount(me, store.folderIdByPath(me, "Clients/Europe"))).isEqualTo(101);
        assertThat(store.folderIdByPath("adele@contoso.com", "Suppliers")).isNotNull();
    }
}
