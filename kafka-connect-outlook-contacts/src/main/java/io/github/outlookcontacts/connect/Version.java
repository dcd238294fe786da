package io.github.outlookcontacts.connect;

/** The connectors' version, from the jar's manifest (the build's project version). */
final class Version {

    static final String VERSION = version();

    private Version() {
    }

    private static String version() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
