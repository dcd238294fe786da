package io.github.outlookcontacts.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * The class path of one client: only the jars it loads classes from. The harness's class path holds every peer's
 * libraries, and a JVM keeps the central directory of each jar it opens in its heap (11 MB for all of them, 8 MB
 * for the Graph SDK's jar alone), so a client given the whole class path would carry the others' weight. The jars
 * are found by one run of the client with class loading logged; the harness's own classes go in a copy of its jar
 * without the manifest's {@code Class-Path}.
 */
final class ClientClasspath {

    private final Path dir;
    private final Path own;
    private final Path ownClasses;
    private final Map<Class<?>, String> found = new HashMap<>();

    private ClientClasspath(Path dir, Path own, Path ownClasses) {
        this.dir = dir;
        this.own = own;
        this.ownClasses = ownClasses;
    }

    static ClientClasspath create() throws IOException, URISyntaxException {
        Path own = Paths.get(ClientClasspath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = Files.createTempDirectory("bench-classpath");
        dir.toFile().deleteOnExit(); // after the files in it, which register later
        if (Files.isDirectory(own)) {
            return new ClientClasspath(dir, own, own);
        }
        Path copy = dir.resolve("benchmark-classes.jar");
        copy.toFile().deleteOnExit();
        try (JarFile jar = new JarFile(own.toFile()); OutputStream file = Files.newOutputStream(copy);
                JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return new ClientClasspath(dir, own, copy);
    }

    /**
     * The client's class path, found once (a full run on the given folder, with the harness's class path and the
     * extra arguments the real runs will get, so the classes they need are found too).
     */
    String of(Class<?> client, EmulatorHost emulator, String folderId, int contacts, String... extraArgs)
            throws Exception {
        String known = found.get(client);
        if (known != null) {
            return known;
        }
        Path log = dir.resolve(client.getSimpleName() + "-classes.log");
        log.toFile().deleteOnExit();
        List<String> args = new ArrayList<>(List.of(emulator.baseUrl(), folderId, String.valueOf(contacts)));
        args.addAll(List.of(extraArgs));
        ChildRun.Result result = ChildRun.run(client, System.getProperty("java.class.path"),
                List.of("-Xlog:class+load=info:file=" + log), "1g", 1800, emulator, args.toArray(String[]::new));
        if (!result.ok()) {
            throw new IllegalStateException(client.getSimpleName() + " failed with the harness's class path: "
                                            + result.failure());
        }
        Set<String> entries = new LinkedHashSet<>();
        entries.add(ownClasses.toString());
        for (String line : Files.readAllLines(log)) {
            int source = line.indexOf(" source: file:");
            if (source >= 0) {
                Path jar = Paths.get(URI.create(line.substring(source + " source: ".length()).strip()));
                if (!jar.equals(own)) {
                    entries.add(jar.toString());
                }
            }
        }
        String classpath = String.join(File.pathSeparator, entries);
        System.out.println("  " + client.getSimpleName() + ": " + (entries.size() - 1) + " jars on its class path");
        found.put(client, classpath);
        return classpath;
    }
}
