package org.medlist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Person;
import org.medlist.store.Database;
import org.medlist.store.PersonStore;

/**
 * Non-ASCII arguments under {@code LANG=C}: Java 17 decodes {@code main}'s arguments with the locale's
 * ASCII, so "Zoë" became "Zo\uFFFD\uFFFD". The command line runs in a child JVM (java from java.home)
 * with {@code LANG=C LC_ALL=C}; the arguments are written as octal escapes in an ASCII shell script,
 * so the bytes the child gets are UTF-8 whatever the locale the tests themselves run under.
 */
class LocaleArgumentsTest {
    @TempDir Path dir;

    record Child(int code, String out, String err) {}

    /** {@code medlist --db DB ARGS} in a child JVM under LANG=C; each argument as printf's %b reads it (\\0ooo octal escapes for bytes). */
    Child medlistUnderC(Path db, String... printfArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder script = new StringBuilder("exec \"$0\" -cp \"$1\" org.medlist.Launcher --db \"$2\"");
        for (String a : printfArgs) script.append(" \"$(printf '%b' '").append(a).append("')\"");
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script.toString(), java, System.getProperty("java.class.path"), db.toString());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString()); // the error log goes there, not into the user's folder
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void namesTypedUnderTheCLocaleAreStoredAndPrintedAsUtf8() throws Exception {
        Path db = dir.resolve("c.db");
        Child added = medlistUnderC(db, "patient", "add", "Zo\\0303\\0253");
        assertThat(added.err()).doesNotContain("medlist:");
        assertThat(added.code()).isZero();
        try (Database d = Database.open(db)) {
            assertThat(new PersonStore(d).all()).extracting(Person::name).containsExactly("Zo\u00eb");
        }
        Child listed = medlistUnderC(db, "patients");
        assertThat(listed.out()).isEqualTo("Zo\u00eb\n"); // stdout is UTF-8 under LANG=C too

        Child medicine = medlistUnderC(db, "add", "--patient", "Zo\\0303\\0253", "Parac\\0303\\0251tamol");
        assertThat(medicine.code()).as(medicine.err()).isZero();
        assertThat(medicine.err()).contains("recognised as ").contains("acetaminophen");

        Child unknown = medlistUnderC(db, "add", "--patient", "Zo\\0303\\0253\\0303\\0253", "Advil");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).endsWith("medlist: No person named 'Zo\u00eb\u00eb'.\n");
    }

    @Test
    void onlyALossyDecodingIsReplacedAndOnlyByValidUtf8() {
        byte[] cmdline = "java\0-jar\0medlist.jar\0patient\0add\0Zo\u00eb\0".getBytes(StandardCharsets.UTF_8);
        String[] asJavaSawThem = {"patient", "add", "Zo\uFFFD\uFFFD"};
        assertThat(RawArguments.recover(asJavaSawThem, cmdline, StandardCharsets.US_ASCII)).containsExactly("patient", "add", "Zo\u00eb");
        // a Latin-1 locale decodes without loss: kept as Java gave it
        String[] latin1 = {"Zo\u00c3\u00ab"};
        assertThat(RawArguments.recover(latin1, cmdline, StandardCharsets.ISO_8859_1)).containsExactly("Zo\u00c3\u00ab");
        // bytes that are not UTF-8 stay as Java decoded them
        byte[] notUtf8 = {'j', 0, 'Z', 'o', (byte) 0xEB, 0};
        assertThat(RawArguments.recover(new String[] {"Zo\uFFFD"}, notUtf8, StandardCharsets.US_ASCII)).containsExactly("Zo\uFFFD");
        // a command line that does not line up with the arguments changes nothing
        assertThat(RawArguments.recover(new String[] {"x", "Zo\uFFFD\uFFFD"}, cmdline, StandardCharsets.US_ASCII))
                .containsExactly("x", "Zo\uFFFD\uFFFD");
        assertThat(List.of(RawArguments.recover(new String[] {"plain"}))).containsExactly("plain");
    }
}
