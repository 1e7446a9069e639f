package org.medlist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Watches a folder while an operation runs and records every file that appears there readable or
 * writable by anyone but its owner, even for a moment: "0600 from the first byte", seen from outside.
 * Files already there when watching starts are the test's own and are not judged.
 */
public final class ModeWatcher implements AutoCloseable {
    private final Path folder;
    private final Set<Path> before;
    private final Set<String> leaks = ConcurrentHashMap.newKeySet();
    private final Set<Path> seen = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;

    public ModeWatcher(Path folder) throws IOException {
        this.folder = folder;
        try (Stream<Path> files = Files.list(folder)) {
            this.before = Set.copyOf(files.toList());
        }
        thread = new Thread(this::watch, "mode-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    if (before.contains(p)) continue;
                    try {
                        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                        seen.add(p);
                        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                        for (PosixFilePermission bit : perms) {
                            if (!bit.name().startsWith("OWNER")) leaks.add(p.getFileName() + " " + java.nio.file.attribute.PosixFilePermissions.toString(perms));
                        }
                    } catch (IOException gone) {
                        // renamed or removed between listing and looking: the next round sees where it went
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // the folder changed while listing; look again
            }
        }
    }

    /** Files seen with a group or other permission bit (name and mode). */
    public List<String> leaks() { return List.copyOf(leaks); }

    /** How many new files were looked at (so a test can tell it saw something). */
    public int filesSeen() { return seen.size(); }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
