package io.github.outlookcontacts.camel.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The component's catalog as camel-package-maven-plugin generated it, read from the class path. */
final class GeneratedCatalog {

    static final String NAME = "outlook-contacts";
    static final String RESOURCE = "META-INF/io/github/outlookcontacts/camel/outlook-contacts.json";

    private GeneratedCatalog() {
    }

    static String json() {
        try (InputStream in = GeneratedCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("generated catalog " + RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree() {
        try {
            return new ObjectMapper().readTree(json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
