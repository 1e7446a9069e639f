package org.medlist.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line arguments as the user typed them, in UTF-8, whatever the locale. Java 17 decodes
 * {@code main}'s arguments once, at start, with the locale's charset ({@code sun.jnu.encoding}, which
 * cannot be changed afterwards): under {@code LANG=C} or {@code POSIX} that is ASCII, and "Zoë" arrives
 * as "Zo\uFFFD\uFFFD". On Linux the bytes the process was started with are still in
 * {@code /proc/self/cmdline}; when the JVM's decoding lost something (it holds U+FFFD) and those bytes
 * are valid UTF-8, they are decoded again as UTF-8. A lossless decoding (a UTF-8 or Latin-1 locale) is
 * kept as it is. The same holds for the jpackage launcher, which starts the JVM in its own process.
 */
public final class RawArguments {
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private RawArguments() {}

    /** {@code args} with lossy decodings replaced from this process's own command line; {@code args} when that is not possible. */
    public static String[] recover(String[] args) {
        if (Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) return args;
        try {
            return recover(args, Files.readAllBytes(CMDLINE), jvmCharset());
        } catch (IOException | RuntimeException e) {
            return args; // not Linux, or /proc not mounted: the arguments as Java decoded them
        }
    }

    /**
     * The pure part: {@code cmdline} is NUL-separated argv (program, JVM options, jar, then the
     * arguments); the last {@code args.length} entries are the arguments. They are used only when each
     * decodes with {@code jvm} to exactly what Java gave (so they are the same arguments), and a lossy one
     * only when its bytes are valid UTF-8.
     */
    static String[] recover(String[] args, byte[] cmdline, Charset jvm) {
        List<byte[]> argv = split(cmdline);
        if (argv.size() < args.length) return args;
        String[] out = args.clone();
        int offset = argv.size() - args.length;
        for (int i = 0; i < args.length; i++) {
            if (!new String(argv.get(offset + i), jvm).equals(args[i])) return args; // not what Java saw: change nothing
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf('\uFFFD') < 0) continue;
            String utf8 = strictUtf8(argv.get(offset + i));
            if (utf8 != null) out[i] = utf8;
        }
        return out;
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> argv = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                argv.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) argv.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        return argv;
    }

    private static String strictUtf8(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset jvmCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        return name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
    }
}
