package org.medlist.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;


/**
 * One window per database. The window holds an OS file lock on {@code <database>.lock} while it is
 * open; the OS releases it when the process ends, however it ends, so a crash never leaves a stale
 * lock. A second start asks the first window to come forward by touching {@code <database>.raise},
 * which the first window watches: a file, not a socket, because MedList opens no sockets at all.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final Path raiseFile;
    private WatchService watcher;

    private InstanceLock(FileChannel channel, FileLock lock, Path raiseFile) {
        this.channel = channel;
        this.lock = lock;
        this.raiseFile = raiseFile;
    }

    /** What trying to become the database's window found. */
    public sealed interface Attempt permits Acquired, HeldElsewhere, Unavailable {}

    public record Acquired(InstanceLock lock) implements Attempt {}

    /** Another MedList window has this database open. */
    public record HeldElsewhere() implements Attempt {}

    /** The lock file cannot be made (e.g. the folder is missing or read-only); opening the database will say why. */
    public record Unavailable(String reason) implements Attempt {}

    public static Path lockFile(Path databaseFile) { return Path.of(databaseFile.toAbsolutePath() + ".lock"); }

    static Path raiseFile(Path databaseFile) { return Path.of(databaseFile.toAbsolutePath() + ".raise"); }

    public static Attempt tryAcquire(Path databaseFile) {
        Path file = lockFile(databaseFile);
        FileChannel channel = null;
        try {
            if (file.getParent() == null || !Files.isDirectory(file.getParent())) return new Unavailable("the folder does not exist yet");
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return new HeldElsewhere();
            }
            return new Acquired(new InstanceLock(channel, lock, raiseFile(databaseFile)));
        } catch (OverlappingFileLockException sameProcess) {
            closeQuietly(channel);
            return new HeldElsewhere();
        } catch (IOException e) {
            closeQuietly(channel);
            return new Unavailable(e.getMessage());
        }
    }

    /** Asks the window that holds the lock to come to the front. */
    public static void requestRaise(Path databaseFile) {
        try {
            Files.writeString(raiseFile(databaseFile), java.time.Clock.systemUTC().instant().toString(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // best effort: the second start still explains that the database is open elsewhere
        }
    }

    /** Runs {@code raise} (on a watcher thread) each time another start asks this window to come forward. */
    public synchronized void onRaiseRequest(Runnable raise) {
        if (watcher != null) return;
        try {
            watcher = FileSystems.getDefault().newWatchService();
            raiseFile.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            return; // without a watcher the second start still explains; nothing else depends on it
        }
        WatchService w = watcher;
        Thread t = new Thread(() -> watch(w, raise), "medlist-raise-watcher");
        t.setDaemon(true);
        t.start();
    }

    private void watch(WatchService w, Runnable raise) {
        String name = raiseFile.getFileName().toString();
        try {
            while (true) {
                WatchKey key = w.take();
                boolean asked = key.pollEvents().stream().anyMatch(e -> name.equals(String.valueOf(e.context())));
                key.reset();
                if (asked) raise.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // the window closed
        }
    }


    @Override
    public synchronized void close() {
        try {
            if (watcher != null) watcher.close();
            lock.release();
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
