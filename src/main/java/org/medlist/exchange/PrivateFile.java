package org.medlist.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.medlist.model.InvalidInputException;

/**
 * Writes an export the way the database is kept: readable by the user only (0600 on POSIX), and
 * complete or not at all (written beside the target, synced, then moved over it), so a full disk
 * or a crash never leaves half a summary that looks whole.
 */
public final class PrivateFile {
    private PrivateFile() {}

    public static void write(Path target, byte[] content) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("The folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(target)) throw new InvalidInputException(target + " is a folder; give a file name.");
        Path temp = null;
        try {
            temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(folder, ".medlist-", ".part", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(folder, ".medlist-", ".part");
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(content));
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException("Not allowed to write " + target + ": choose another folder.");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move succeeded or the disk is gone; nothing more to do
                }
            }
        }
    }
}
