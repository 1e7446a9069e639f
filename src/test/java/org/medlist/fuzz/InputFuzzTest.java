package org.medlist.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckResult;
import org.medlist.exchange.ListImport;
import org.medlist.exchange.MedicationCsv;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.app.Knowledge;
import org.medlist.store.Database;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Kind;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.PersonStore;
import org.medlist.store.QuestionStore;
import org.medlist.model.TimeOfDay;

/**
 * Random, huge, Unicode, control-character and SQL-looking text pushed through every edge that takes
 * text: adding and editing entries, people and questions, CSV import, name resolution and the check.
 * Nothing may crash; a refusal says why and writes nothing; whatever is stored comes back exactly as given.
 *
 * <p>Each case is one seed of a {@link SplittableRandom}, shown in its display name; {@code
 * -Dmedlist.seed=N} runs only that seed, to replay a failure. See {@link Seeds}.
 */
class InputFuzzTest {
    static Path dir;
    static Database db;
    static Knowledge knowledge;
    static Person person;
    static Person editor;

    @BeforeAll
    static void open() throws Exception {
        dir = Files.createTempDirectory("medlist-fuzz");
        db = Database.open(dir.resolve("fuzz.db"));
        knowledge = new Knowledge(BundledKnowledge.get(), java.time.Clock.systemDefaultZone());
        person = new PersonStore(db).add("Fuzz");
        editor = new PersonStore(db).add("Fuzz editor");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static List<Long> addSeeds() { return Seeds.forProperty("add", 300); }

    static List<Long> editSeeds() { return Seeds.forProperty("edit", 200); }

    static List<Long> csvRoundTripSeeds() { return Seeds.forProperty("csv-round-trip", 150); }

    static List<Long> csvTextSeeds() { return Seeds.forProperty("csv-text", 300); }

    static List<Long> peopleSeeds() { return Seeds.forProperty("people", 300); }

    static List<Long> checkSeeds() { return Seeds.forProperty("check", 500); }

    long count() {
        return new MedicationStore(db).all(person.id()).size();
    }

    @ParameterizedTest(name = Seeds.NAME)
    @MethodSource("addSeeds")
    void addedEntriesComeBackExactlyAndRefusalsWriteNothing(long seed) throws Exception {
        Seeds.check(seed, random -> {
            MedicationDetails d = RandomInput.details(random);
            MedicationStore store = new MedicationStore(db);
            long before = count();
            if (d.problem(LocalDate.now()).isPresent()) {
                assertThatThrownBy(() -> store.add(person.id(), d, knowledge.recognize(d.name())))
                        .isInstanceOf(InvalidInputException.class).hasMessage(d.problem(LocalDate.now()).get());
                assertThat(count()).as("entries after a refusal").isEqualTo(before);
                return;
            }
            Medication added = store.add(person.id(), d, knowledge.recognize(d.name()));
            assertThat(store.require(person.id(), added.id()).details()).as(RandomInput.show(d)).isEqualTo(d);
            assertThat(count()).as("entries after an add").isEqualTo(before + 1);
        });
    }

    @ParameterizedTest(name = Seeds.NAME)
    @MethodSource("editSeeds")
    void editedEntriesComeBackExactly(long seed) throws Exception {
        Seeds.check(seed, random -> {
            MedicationDetails d = RandomInput.details(random);
            MedicationStore store = new MedicationStore(db);
            Medication m = store.add(editor.id(), MedicationDetails.named("Lexapro"), knowledge.recognize("Lexapro"));
            if (d.problem(LocalDate.now()).isPresent()) {
                assertThatThrownBy(() -> store.update(editor.id(), m.id(), d, knowledge.recognize(d.name())))
                        .isInstanceOf(InvalidInputException.class).hasMessage(d.problem(LocalDate.now()).get());
                assertThat(store.require(editor.id(), m.id()).details()).isEqualTo(m.details());
                return;
            }
            store.update(editor.id(), m.id(), d, knowledge.recognize(d.name()));
            assertThat(store.require(editor.id(), m.id()).details()).as(RandomInput.show(d)).isEqualTo(d);
        });
    }

    @ParameterizedTest(name = Seeds.NAME)
    @MethodSource("csvRoundTripSeeds")
    void csvExportThenImportGivesTheSameEntries(long seed) throws Exception {
        Seeds.check(seed, random -> {
            MedicationDetails d = RandomInput.details(random);
            if (d.problem(LocalDate.now()).isPresent() || d.started().filter(s -> s.isAfter(LocalDate.now())).isPresent()) return;
            MedicationStore store = new MedicationStore(db);
            Person from = new PersonStore(db).add("From " + seed);
            Person to = new PersonStore(db).add("To " + seed);
            store.add(from.id(), d, knowledge.recognize(d.name()));
            StringWriter csv = new StringWriter();
            MedicationCsv.write(store.all(from.id()), csv);
            List<Medication> imported = ListImport.run(store, knowledge::recognize, to.id(), new StringReader(csv.toString()), LocalDate.now());
            assertThat(imported).as(RandomInput.show(d)).singleElement().satisfies(m -> assertThat(m.details()).isEqualTo(d));
        });
    }

    @ParameterizedTest(name = Seeds.NAME)
    @MethodSource("csvTextSeeds")
    void anyCsvTextIsEitherImportedWhollyOrRefusedWithoutWriting(long seed) throws Exception {
        Seeds.check(seed, random -> {
            String line1 = RandomInput.text(random);
            String line2 = RandomInput.text(random);
            MedicationStore store = new MedicationStore(db);
            Person p = new PersonStore(db).add("Csv " + seed);
            String csv = "name,notes,times\n" + line1 + "\n" + line2 + "\n";
            try {
                List<Medication> added = ListImport.run(store, knowledge::recognize, p.id(), new StringReader(csv), LocalDate.now());
                assertThat(store.all(p.id())).hasSameSizeAs(added);
            } catch (InvalidInputException refused) {
                assertThat(store.all(p.id())).isEmpty();
                assertThat(refused.getMessage()).isNotBlank();
            }
        });
    }

    @ParameterizedTest(name = Seeds.NAME)
    @MethodSource("peopleSeeds")
    void peopleAndQuestionsAreStoredExactlyOrRefused(long seed) throws Exception {
        Seeds.check(seed, random -> {
            String name = RandomInput.anyText(random, PersonStore.MAX_NAME_LENGTH);
            String question = RandomInput.anyText(random, QuestionStore.MAX_LENGTH);
            PersonStore people = new PersonStore(db);
            int before = people.all().size();
            Person p;
            try {
                p = people.add(name);
            } catch (InvalidInputException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                assertThat(people.all()).hasSize(before);
                return;
            }
            assertThat(p.name()).as(RandomInput.show(name)).isEqualTo(name.strip());
            assertThat(people.require(name).name()).isEqualTo(name.strip());
            QuestionStore questions = new QuestionStore(db);
            try {
                questions.add(p.id(), question, LocalDate.now());
            } catch (InvalidInputException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                assertThat(questions.forPerson(p.id())).isEmpty();
                return;
            }
            assertThat(questions.forPerson(p.id())).as(RandomInput.show(question))
                    .singleElement().satisfies(q -> assertThat(q.text()).isEqualTo(question.strip()));
        });
    }

    @ParameterizedTest(name = Seeds.NAME)
    @MethodSource("checkSeeds")
    void resolvingAndCheckingAnyTextNeverFails(long seed) throws Exception {
        Seeds.check(seed, random -> {
            String a = RandomInput.anyText(random, MedicationDetails.MAX_NAME_LENGTH);
            String b = RandomInput.anyText(random, MedicationDetails.MAX_NAME_LENGTH);
            knowledge.resolve(a);
            CheckResult r = knowledge.checkNames(List.of(a, b, "warfarin"), org.medlist.model.Profile.unknown()).result();
            assertThat(r.checked().size() + r.notChecked().size()).isEqualTo(3);
        });
    }

    /** A fuzz test can only fail if its generator reaches the inputs that matter: check that it does. */
    @org.junit.jupiter.api.Test
    void theGeneratorReachesEveryKindOfTroublesomeInput() {
        int valid = 0, invalid = 0, loneHalves = 0, controls = 0, huge = 0, pairs = 0, blank = 0;
        for (long seed : Seeds.forProperty("generator", 2_000)) {
            SplittableRandom r = new SplittableRandom(seed);
            if (RandomInput.details(r).problem(LocalDate.now()).isPresent()) invalid++;
            else valid++;
            String t = RandomInput.text(r);
            if (!org.medlist.model.TextRules.isWellFormed(t)) loneHalves++;
            if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) controls++;
            if (t.length() > MedicationDetails.MAX_TEXT_LENGTH) huge++;
            if (t.codePoints().anyMatch(Character::isSupplementaryCodePoint)) pairs++;
            if (t.isBlank()) blank++;
        }
        if (!System.getProperty("medlist.seed", "").isBlank()) return; // one replayed seed proves nothing about reach
        assertThat(valid).as("valid entries").isGreaterThan(100);
        assertThat(invalid).as("refused entries").isGreaterThan(100);
        for (int seen : new int[] {loneHalves, controls, huge, pairs, blank}) assertThat(seen).isGreaterThan(20);
    }

    /** What the generator makes. */
    static final class RandomInput {
        private static final String PRINTABLE_EXTRAS = "éßЖ中😀\u200b\u202e\u0301\n\t"; // 😀 as its two halves, so lone halves occur
        private static final List<String> TRICKY = List.of("'; DROP TABLE medication; --", "Robert'); DELETE FROM person;--", "\" OR 1=1 --",
                "%_\\", "NULL", "0x00", "\u0000", "ab\u0000cd", "=CMD|' /C calc'!A0", "\uD800", "\uDFFFx", "😀\uD83D",
                "", " ", "\t", "\n", "  Lexapro  ", "Lexapro\r\n", "\u00a0", "\uFEFF", "\u202eorpaxeL", "a\u0301", "\uFFFF", "\uDBFF\uDFFF");
        /** Code points a person may really type or paste: ASCII, accents, other scripts, emoji, combining and invisible marks. */
        private static final int[][] WELL_FORMED_RANGES = {{' ', '~'}, {' ', '~'}, {' ', '~'}, {0xA0, 0x17F}, {0x370, 0x3FF}, {0x400, 0x4FF},
                {0x590, 0x6FF}, {0x4E00, 0x9FFF}, {0x1F300, 0x1FAFF}, {0x300, 0x36F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x10000, 0x10FFFF}};

        private RandomInput() {}

        /** The worst the generator has, weighted as the jqwik version was: printable 4, any UTF-16 3, huge 1, SQL-looking and edge cases 2. */
        static String text(SplittableRandom r) {
            int pick = r.nextInt(10);
            if (pick < 4) return printable(r);
            if (pick < 7) return anyUtf16(r);
            if (pick < 8) return huge(r);
            return TRICKY.get(r.nextInt(TRICKY.size()));
        }

        /** Half the time text that should be stored, half the time the worst. */
        static String anyText(SplittableRandom r, int limit) {
            return r.nextBoolean() ? wellFormed(r, true, limit) : text(r);
        }

        static String printable(SplittableRandom r) {
            int length = r.nextInt(81);
            StringBuilder s = new StringBuilder(length);
            int pool = ('~' - ' ' + 1) + PRINTABLE_EXTRAS.length();
            for (int i = 0; i < length; i++) {
                int c = r.nextInt(pool);
                s.append(c <= '~' - ' ' ? (char) (' ' + c) : PRINTABLE_EXTRAS.charAt(c - ('~' - ' ' + 1)));
            }
            return s.toString();
        }

        /** Any UTF-16 unit, lone surrogate halves and C0/C1 controls included; now and then a real pair. */
        static String anyUtf16(SplittableRandom r) {
            int length = r.nextInt(61);
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                int kind = r.nextInt(10);
                if (kind == 0) s.appendCodePoint(r.nextInt(0x10000, Character.MAX_CODE_POINT + 1));
                else if (kind == 1) s.append((char) r.nextInt(0x20));
                else s.append((char) r.nextInt(Character.MAX_VALUE + 1));
            }
            return s.toString();
        }

        static String huge(SplittableRandom r) {
            int length = r.nextInt(1_990, 2_101);
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) s.append((char) ('a' + r.nextInt(26)));
            return s.toString();
        }

        /**
         * Well-formed text (no lone surrogate halves, no controls but line breaks and tabs) of up to
         * {@code limit} units, sometimes exactly at the limit or one over it, SQL and CSV quoting included.
         */
        static String wellFormed(SplittableRandom r, boolean oneLine, int limit) {
            int pick = r.nextInt(20);
            int length = pick == 0 ? limit : pick == 1 ? limit + 1 : pick < 4 ? r.nextInt(limit + 1) : r.nextInt(41);
            StringBuilder s = new StringBuilder(length);
            while (s.length() < length) {
                String piece;
                int kind = r.nextInt(40);
                if (kind == 0 && !oneLine) piece = r.nextBoolean() ? "\n" : r.nextBoolean() ? "\r\n" : "\t";
                else if (kind == 1) piece = TRICKY.get(r.nextInt(3));
                else if (kind == 2) piece = r.nextBoolean() ? "," : "\"";
                else {
                    int[] range = WELL_FORMED_RANGES[r.nextInt(WELL_FORMED_RANGES.length)];
                    int cp = r.nextInt(range[0], range[1] + 1);
                    if (!Character.isDefined(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) continue;
                    piece = Character.toString(cp);
                }
                if (s.length() + piece.length() > length) break;
                s.append(piece);
            }
            while (s.length() < length) s.append('x'); // exactly the length asked for: limits are tested at their edge
            return s.toString();
        }

        /**
         * Details that are mostly fine, so that storing them exactly is tested as often as refusing
         * them: two entries in three have well-formed fields, one field in ten replaced by the worst;
         * the third has the worst text in every field.
         */
        static MedicationDetails details(SplittableRandom r) {
            boolean worst = r.nextInt(3) == 0;
            String[] f = new String[9];
            for (int i = 0; i < f.length; i++) {
                f[i] = worst || r.nextInt(10) == 0 ? text(r)
                        : i == 0 ? wellFormed(r, true, MedicationDetails.MAX_NAME_LENGTH) : wellFormed(r, false, MedicationDetails.MAX_TEXT_LENGTH);
            }
            EnumSet<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);
            for (TimeOfDay t : TimeOfDay.values()) if (r.nextBoolean()) times.add(t);
            Optional<LocalDate> started = r.nextInt(10) < 3 ? Optional.empty() : Optional.of(LocalDate.now().plusDays(r.nextInt(-40_000, 401)));
            Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
            return new MedicationDetails(f[0], f[1], f[2], f[3], f[4], times, f[5], f[6], f[7], started, f[8], kind);
        }

        /** The text with every unit outside printable ASCII written as \\uXXXX, for failure messages. */
        static String show(Object value) {
            StringBuilder s = new StringBuilder();
            String text = String.valueOf(value);
            int shown = Math.min(text.length(), 400);
            for (int i = 0; i < shown; i++) {
                char c = text.charAt(i);
                if (c >= ' ' && c <= '~') s.append(c);
                else s.append(String.format("\\u%04X", (int) c));
            }
            return shown < text.length() ? s + "…(" + text.length() + " units)" : s.toString();
        }
    }
}
