package org.medlist.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medlist.cli.MedListCommand;
import org.medlist.model.InvalidInputException;

/** Files built to attack an importer: each gets one clear line, and nothing is written. */
class HostileHealthRecordTest {
    static final String SECRET = "TOP-SECRET-LINE-4711";
    static final String CCDA_HEAD = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><component><structuredBody><component><section>"
            + "<templateId root=\"2.16.840.1.113883.10.20.22.2.1.1\"/><entry><substanceAdministration classCode=\"SBADM\" moodCode=\"EVN\">"
            + "<consumable><manufacturedProduct><manufacturedMaterial><code><originalText>";
    static final String CCDA_TAIL = "</originalText></code></manufacturedMaterial></manufacturedProduct></consumable>"
            + "</substanceAdministration></entry></section></component></structuredBody></component></ClinicalDocument>";

    @TempDir Path dir;

    static String billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            b.append("\">\n");
        }
        return b.append("]>\n").append(CCDA_HEAD).append("&lol9;").append(CCDA_TAIL).toString();
    }

    String externalEntity() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n" + CCDA_HEAD + "&xxe;" + CCDA_TAIL;
    }

    String externalDtd() throws Exception {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY % all \"<!ENTITY send SYSTEM 'file:///etc/passwd'>\">%all;");
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE d SYSTEM \"" + dtd.toUri() + "\">\n" + CCDA_HEAD + "x" + CCDA_TAIL;
    }

    String xinclude() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return CCDA_HEAD.replace("<ClinicalDocument xmlns=\"urn:hl7-org:v3\">",
                "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">")
                + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/>" + CCDA_TAIL;
    }

    static String deepXml() {
        return "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">" + "<component>".repeat(50_000) + "</component>".repeat(50_000) + "</ClinicalDocument>";
    }

    static String deepJson() {
        return "{\"resourceType\":\"Bundle\",\"entry\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("billion laughs", (Hostile) t -> billionLaughs().getBytes(StandardCharsets.UTF_8), "DOCTYPE"),
                Arguments.of("external entity to a local file", (Hostile) t -> t.externalEntity().getBytes(StandardCharsets.UTF_8), "DOCTYPE"),
                Arguments.of("external DTD", (Hostile) t -> t.externalDtd().getBytes(StandardCharsets.UTF_8), "DOCTYPE"),
                Arguments.of("deeply nested XML", (Hostile) t -> deepXml().getBytes(StandardCharsets.UTF_8), "nested"),
                Arguments.of("deeply nested JSON", (Hostile) t -> deepJson().getBytes(StandardCharsets.UTF_8), "nested too deeply"),
                Arguments.of("XML that says UTF-8 but is Latin-1", (Hostile) t ->
                        (CCDA_HEAD + "Caf\u00e9" + CCDA_TAIL).getBytes(StandardCharsets.ISO_8859_1), "not well-formed XML"),
                Arguments.of("JSON in Latin-1", (Hostile) t ->
                        "{\"resourceType\":\"MedicationStatement\",\"status\":\"active\",\"medicationCodeableConcept\":{\"text\":\"Caf\u00e9\"}}"
                                .getBytes(StandardCharsets.ISO_8859_1), "not UTF-8"),
                Arguments.of("truncated XML", (Hostile) t -> CCDA_HEAD.getBytes(StandardCharsets.UTF_8), "not well-formed XML"),
                Arguments.of("JSON that is not FHIR", (Hostile) t -> "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8), "not a FHIR resource"),
                Arguments.of("XML that is not C-CDA", (Hostile) t -> "<html><body/></html>".getBytes(StandardCharsets.UTF_8), "not a C-CDA"),
                Arguments.of("binary", (Hostile) t -> new byte[] {'<', 0, (byte) 0xff, (byte) 0xfe, 1, 2, 3}, "XML"));
    }

    interface Hostile {
        byte[] bytes(HostileHealthRecordTest t) throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void refusedWithOneClearLineAndNothingWritten(String what, Hostile file, String message) throws Exception {
        byte[] bytes = file.bytes(this);
        assertThatThrownBy(() -> HealthRecordFiles.read(bytes, Optional.empty(), LocalDate.now()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("\n"));
        Path path = dir.resolve("hostile.dat");
        Files.write(path, bytes);
        assertNothingImported(path);
    }

    @Test
    void xincludeIsNotFollowed() throws Exception {
        HealthRecord r = HealthRecordFiles.read(xinclude().getBytes(StandardCharsets.UTF_8), Optional.empty(), LocalDate.now());
        assertThat(r.toString()).doesNotContain(SECRET);
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(HealthRecordFiles.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> HealthRecordFiles.read(huge, Optional.empty(), LocalDate.now()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than 50 MB");
        assertNothingImported(huge);
    }

    @Test
    void aLargeButHonestFileIsRead() throws Exception {
        StringBuilder b = new StringBuilder("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><component><structuredBody><component><section>"
                + "<templateId root=\"2.16.840.1.113883.10.20.22.2.1.1\"/>");
        for (int i = 0; i < 5_000; i++) {
            b.append("<entry><substanceAdministration classCode=\"SBADM\" moodCode=\"EVN\"><statusCode code=\"active\"/><consumable><manufacturedProduct>"
                    + "<manufacturedMaterial><code code=\"197380\" codeSystem=\"2.16.840.1.113883.6.88\" displayName=\"atenolol 25 MG Oral Tablet\"/>"
                    + "</manufacturedMaterial></manufacturedProduct></consumable></substanceAdministration></entry>");
        }
        b.append("</section></component></structuredBody></component></ClinicalDocument>");
        HealthRecord r = HealthRecordFiles.read(b.toString().getBytes(StandardCharsets.UTF_8), Optional.empty(), LocalDate.now());
        assertThat(r.medications()).hasSize(5_000);
    }

    private void assertNothingImported(Path file) throws Exception {
        Path db = dir.resolve("hostile.db");
        assertThat(cli(db, "patient", "add", "Ann").code()).isZero();
        Cli r = cli(db, "import", "--patient", "Ann", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("medlist: ").doesNotContain("\n").doesNotContain(SECRET).doesNotContain("Exception");
        JsonNode list = new ObjectMapper().readTree(cli(db, "list", "--patient", "Ann", "--json").out());
        assertThat(list.get("medications")).isEmpty();
        Files.deleteIfExists(db);
    }

    record Cli(int code, String out, String err) {}

    static Cli cli(Path db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new java.util.ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        int code = MedListCommand.run(() -> { throw new AssertionError("no window"); }, new PrintWriter(out), new PrintWriter(err),
                all.toArray(String[]::new));
        return new Cli(code, out.toString(), err.toString());
    }
}
