package org.medlist.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TCP and UDP sockets (IPv4 and IPv6) this process holds, as Linux shows them: the kernel's socket
 * tables in {@code /proc/self/net/{tcp,tcp6,udp,udp6}} list every internet socket of the network
 * namespace with its inode, and {@code /proc/self/fd} links name the inodes this process holds
 * ({@code socket:[inode]}). Unix-domain sockets (X11, D-Bus) are not internet sockets and are not counted.
 * Works without a security manager, on every JDK.
 */
final class InternetSockets {
    private static final Path NET = Path.of("/proc/self/net");
    private static final Path FDS = Path.of("/proc/self/fd");
    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");
    private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[(\\d+)]");

    /** One socket: its table, local and remote address as the kernel prints them (hex), and its inode. */
    record Socket(String protocol, String local, String remote, long inode) {
        int localPort() { return Integer.parseInt(local.substring(local.indexOf(':') + 1), 16); }

        @Override
        public String toString() { return protocol + " " + local + " -> " + remote + " (inode " + inode + ")"; }
    }

    private InternetSockets() {}

    /** Whether this system shows a process's sockets the Linux way. */
    static boolean canBeSeen() {
        return Files.isReadable(NET.resolve("tcp")) && Files.isDirectory(FDS);
    }

    /** The internet sockets this process holds now. */
    static Set<Socket> ofThisProcess() {
        Set<Long> held = heldSocketInodes();
        Set<Socket> sockets = new HashSet<>();
        for (Socket s : allInNamespace()) if (held.contains(s.inode())) sockets.add(s);
        return sockets;
    }

    /**
     * Looks at the process's sockets every few milliseconds from a thread of its own and remembers every
     * internet socket that was not held when the watch started, so that one opened and closed between
     * two looks at the end can still be seen if it lived longer than a look.
     */
    static final class Watch implements AutoCloseable {
        private final Set<Long> before = new HashSet<>();
        private final Map<Long, Socket> seen = new ConcurrentHashMap<>();
        private final Thread looker;
        private volatile boolean watching = true;

        Watch() {
            for (Socket s : ofThisProcess()) before.add(s.inode());
            looker = new Thread(() -> {
                while (watching) {
                    look();
                    try {
                        Thread.sleep(20); // a sampling period, not a wait for something to happen
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "internet-socket-watch");
            looker.setDaemon(true);
            looker.start();
        }

        private void look() {
            for (Socket s : ofThisProcess()) if (!before.contains(s.inode())) seen.putIfAbsent(s.inode(), s);
        }

        /** Every internet socket opened since the watch started, seen open at any look, the last one now. */
        Set<Socket> opened() {
            look();
            return Set.copyOf(seen.values());
        }

        @Override
        public void close() throws InterruptedException {
            watching = false;
            looker.interrupt();
            looker.join(5_000);
        }
    }

    private static Set<Long> heldSocketInodes() {
        Set<Long> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
            for (Path fd : fds) {
                String target;
                try {
                    target = Files.readSymbolicLink(fd).toString();
                } catch (NoSuchFileException closedMeanwhile) {
                    continue;
                }
                Matcher m = SOCKET_LINK.matcher(target);
                if (m.matches()) inodes.add(Long.parseLong(m.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    private static List<Socket> allInNamespace() {
        Map<Long, Socket> all = new HashMap<>();
        for (String table : TABLES) {
            Path file = NET.resolve(table);
            if (!Files.exists(file)) continue; // e.g. no IPv6 in this kernel
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ..."
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 10) continue;
                long inode = Long.parseLong(f[9]);
                if (inode != 0) all.put(inode, new Socket(table, f[1], f[2], inode)); // 0: TIME_WAIT, owned by no one
            }
        }
        return List.copyOf(all.values());
    }
}
