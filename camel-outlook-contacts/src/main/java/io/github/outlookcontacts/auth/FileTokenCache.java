package io.github.outlookcontacts.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4j.ITokenCacheAccessContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps msal4j's token cache (accounts, refresh tokens, access tokens) in a file, so a restarted application signs
 * in silently. Writes go to a temporary file in the same directory that is then atomically renamed over the cache,
 * so a crash never leaves half a file; on POSIX file systems the file is readable by its owner only (it holds
 * refresh tokens). A cache file that cannot be read is ignored with a warning: the user signs in again.
 */
public final class FileTokenCache implements ITokenCacheAccessAspect {

    private static final Logger LOG = LoggerFactory.getLogger(FileTokenCache.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;

    public FileTokenCache(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void beforeCacheAccess(ITokenCacheAccessContext context) {
        String json = read();
        if (json != null && !json.isBlank()) {
            try {
                context.tokenCache().deserialize(json);
            } catch (RuntimeException e) {
                LOG.warn("Ignoring the token cache {}: it is not an msal4j token cache ({}); a new sign-in is needed",
                        file, e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public synchronized void afterCacheAccess(ITokenCacheAccessContext context) {
        if (context.hasCacheChanged()) {
            try {
                write(context.tokenCache().serialize());
            } catch (IOException e) {
                LOG.warn("Could not save the token cache to {}: {}; the next start will need a new sign-in", file,
                        e.toString());
            }
        }
    }

    private String read() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Could not read the token cache {}: {}; a new sign-in is needed", file, e.toString());
            return null;
        }
    }

    void write(String json) throws IOException {
        Path dir = file.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            Files.createDirectories(dir, ownerOnly(true));
        }
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", ownerOnly(false));
        try {
            restrictToOwner(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = java.nio.channels.Channels
                    .newOutputStream(channel)) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileAttribute<?>[] ownerOnly(boolean directory) {
        if (!POSIX) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"))
        };
    }

    /** Where POSIX permissions are not supported (Windows), at least drop read and write for others. */
    private static void restrictToOwner(Path path) {
        if (POSIX) {
            return;
        }
        java.io.File f = path.toFile();
        boolean ok = f.setReadable(false, false) & f.setReadable(true, true) & f.setWritable(false, false)
                     & f.setWritable(true, true);
        if (!ok) {
            LOG.debug("Could not restrict the permissions of {} to its owner", path);
        }
    }

    @Override
    public String toString() {
        return "FileTokenCache[" + file + "]";
    }
}
