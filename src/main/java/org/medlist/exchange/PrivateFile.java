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
    /** Most file systems allow 255 bytes in one name. */
    static final int MAX_NAME_BYTES = 255;

    private PrivateFile() {}

    /**
     * The target could not be written; nothing was written there. The message is one line naming the
     * target file and why, in words (the command line exits 1: a file that cannot be written).
     */
    public static final class NotWritten extends InvalidInputException {
        NotWritten(Path target, String why) { super("Could not write " + target + ": " + why + "."); }
    }

    public static void write(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (folder == null || name == null) throw new NotWritten(target, "give a file name, not a folder");
        if (name.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new NotWritten(target, "the file name is too long (at most " + MAX_NAME_BYTES + " bytes)");
        }
        if (!Files.isDirectory(folder)) throw new NotWritten(target, "the folder " + folder + " does not exist");
        if (Files.isDirectory(target)) throw new NotWritten(target, "it is a folder; give a file name");
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
            throw new NotWritten(target, "not allowed to write there; choose another folder");
        } catch (IOException | UncheckedIOException e) {
            throw new NotWritten(target, why(e));
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

    /** The operating system's reason in words (its text is one short line such as "No space left on device"), never a stack trace. */
    private static String why(Exception e) {
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) return "that folder cannot hold files";
        if (reason == null || reason.isBlank()) return "the system refused it (" + e.getClass().getSimpleName() + ")";
        String r = reason.strip();
        if (r.contains("No space left")) return "the disk is full";
        if (r.contains("Read-only file system")) return "the folder is read-only";
        if (r.contains("File name too long")) return "the file name is too long";
        return "the system says \"" + r.lines().findFirst().orElse(r) + "\"";
    }
}
