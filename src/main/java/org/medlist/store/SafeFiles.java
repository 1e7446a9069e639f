package org.medlist.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * File steps that keep health data private and whole: files created 0600 from their first byte (never
 * chmod-ed afterwards), written beside their target, synced and renamed over it, with the folder synced,
 * so that a process killed at any moment leaves the old file or the new one, never neither.
 */
final class SafeFiles {
    private SafeFiles() {}

    /** Creates an empty file readable by its user only (on POSIX); fails if anything, a link included, is already there. */
    static void createPrivate(Path file) throws IOException {
        if (posix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /** A sibling name no other run uses; dot-prefixed so that it is not mistaken for a backup. */
    static Path tempBeside(Path target, String purpose) {
        return target.resolveSibling("." + target.getFileName() + "." + purpose + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes a rename durable; not every platform can open a folder (Windows), where this is a no-op. */
    static void fsyncFolder(Path folder) {
        if (folder == null) return;
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort where directories cannot be opened
        }
    }

    /** Renames {@code temp} over {@code target} in one step (replacing a link at {@code target} itself, never what it points to). */
    static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        fsyncFolder(target.getParent());
    }

    /** Puts {@code temp} at {@code target} only if nothing is there yet; false when something already was. */
    static boolean placeIfAbsent(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return false;
            Files.move(temp, target);
        }
        fsyncFolder(target.getParent());
        return true;
    }

    /** The file a path names, following links (also a dangling one, to the file it would create). */
    static Path followLinks(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (int hops = 0; hops < 20 && Files.isSymbolicLink(p); hops++) {
            try {
                p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                return p;
            }
        }
        return p;
    }

    static boolean posix(Path existing) {
        Path q = existing;
        while (q != null && !Files.exists(q)) q = q.getParent();
        try {
            return q != null && Files.getFileStore(q).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }
}
