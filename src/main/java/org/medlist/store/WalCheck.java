package org.medlist.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@code -wal} file the way SQLite's recovery does, to see what recovery would silently drop.
 * SQLite replays frames up to the first one whose salt or checksum is wrong and ignores the rest; a
 * killed writer leaves at most its last frame torn, with nothing valid after it. So a WAL is damaged
 * when its header is not a WAL header although it holds bytes, or when a frame that fails is followed
 * by a frame of the same generation that passes: committed changes would vanish. What cannot be seen:
 * damage to the last frames (indistinguishable from a torn write) and a WAL deleted or replaced whole.
 */
final class WalCheck {
    private static final int HEADER = 32;
    private static final int FRAME_HEADER = 24;
    private static final long MOST_BYTES_READ = 64L << 20;

    private WalCheck() {}

    /** Why recovery of {@code wal} would lose committed changes, or null when nothing is seen wrong. */
    static String problem(Path wal) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(wal) || Files.size(wal) == 0 || Files.size(wal) > MOST_BYTES_READ) return null;
            bytes = Files.readAllBytes(wal);
        } catch (IOException e) {
            return null;
        }
        if (bytes.length < HEADER) return "its header is cut short";
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int magic = b.getInt(0);
        if (magic != 0x377f0682 && magic != 0x377f0683) return "it does not start like a journal";
        ByteOrder sumOrder = (magic & 1) == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int pageSize = b.getInt(8);
        int[] sum = checksum(bytes, 0, 24, 0, 0, sumOrder);
        if (sum[0] != b.getInt(24) || sum[1] != b.getInt(28)) return "its header checksum is wrong";
        if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) return "its page size is wrong";
        int salt1 = b.getInt(16);
        int salt2 = b.getInt(20);
        int frameSize = FRAME_HEADER + pageSize;
        int frames = (bytes.length - HEADER) / frameSize;
        int[] previous = {b.getInt(24), b.getInt(28)};
        boolean broken = false;
        for (int i = 0; i < frames; i++) {
            int at = HEADER + i * frameSize;
            boolean sameGeneration = b.getInt(at + 8) == salt1 && b.getInt(at + 12) == salt2;
            int[] s = checksum(bytes, at, 8, previous[0], previous[1], sumOrder);
            s = checksum(bytes, at + FRAME_HEADER, pageSize, s[0], s[1], sumOrder);
            boolean valid = sameGeneration && s[0] == b.getInt(at + 16) && s[1] == b.getInt(at + 20);
            if (!valid && !broken) broken = true;
            else if (valid && broken) return "frame " + i + " and later ones follow a damaged frame and would be dropped";
            // the next frame chains from what this one stored, so one damaged frame does not hide the ones after it
            previous = new int[] {b.getInt(at + 16), b.getInt(at + 20)};
        }
        return null;
    }

    /** SQLite's WAL checksum: two running 32-bit sums over pairs of words. */
    private static int[] checksum(byte[] data, int from, int length, int s0, int s1, ByteOrder order) {
        ByteBuffer b = ByteBuffer.wrap(data, from, length).order(order);
        for (int i = 0; i < length; i += 8) {
            s0 += b.getInt(from + i) + s1;
            s1 += b.getInt(from + i + 4) + s0;
        }
        return new int[] {s0, s1};
    }
}
