package org.medlist.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc's native library, extracted once into a private per-user cache folder and reused. Left to
 * itself, sqlite-jdbc copies the library into the temp folder at every start and deletes it only on a clean
 * exit: a killed process leaves 1.1 MB behind, and a temp folder mounted {@code noexec} cannot load it.
 */
public final class SqliteNative {
    private SqliteNative() {}

    /** The per-user cache folder by each OS's convention (XDG_CACHE_HOME or ~/.cache on Linux). */
    public static Path cacheRoot() {
        return cacheRoot(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path cacheRoot(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("MedList").resolve("cache");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Caches", "MedList");
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("medlist");
    }

    /**
     * The library for this platform in {@code folder} (created private to the user), copied there from the
     * jar unless an identical copy is already there. Empty when the jar has none for this platform or the
     * folder cannot be written: sqlite-jdbc then does as it always did.
     */
    public static Optional<Path> extractInto(Path folder) {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SqliteNative.class.getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            byte[] library = in.readAllBytes();
            Path target = folder.resolve(versionedName());
            if (Files.isRegularFile(target) && Files.size(target) == library.length) return Optional.of(target);
            createPrivate(folder);
            // Written under a unique name, then renamed: a process starting meanwhile never loads half a file.
            Path partial = Files.createTempFile(folder, "partial-", ".tmp");
            try {
                Files.write(partial, library);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** e.g. {@code libsqlitejdbc-3.54.1.0.so}: a newer sqlite-jdbc never loads an older copy. */
    static String versionedName() {
        String name = LibraryLoaderUtil.getNativeLibName();
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "-" + sqliteJdbcVersion() + name.substring(dot);
    }

    private static String sqliteJdbcVersion() {
        try (InputStream in = SqliteNative.class.getResourceAsStream("/META-INF/maven/org.xerial/sqlite-jdbc/pom.properties")) {
            java.util.Properties pom = new java.util.Properties();
            if (in != null) pom.load(in);
            return pom.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Creates {@code folder} and its parent (e.g. ~/.cache/medlist/0.1.0) readable by the user only. */
    private static void createPrivate(Path folder) throws IOException {
        if (Files.isDirectory(folder)) return;
        Path parent = folder.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (parent.getParent() != null) Files.createDirectories(parent.getParent());
            createOnePrivate(parent);
        }
        createOnePrivate(folder);
    }

    private static void createOnePrivate(Path folder) throws IOException {
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException raced) {
            // another MedList created it a moment ago
        }
    }
}
