package org.medlist.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
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
 * Nothing may crash; a refusal writes nothing; whatever is stored comes back exactly as given.
 */
class InputProperties {
    static Path dir;
    static Database db;
    static Knowledge knowledge;
    static Person person;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("medlist-fuzz");
        db = Database.open(dir.resolve("fuzz.db"));
        knowledge = new Knowledge(BundledKnowledge.get(), java.time.Clock.systemDefaultZone());
        person = new PersonStore(db).add("Fuzz");
    }

    @AfterContainer
    static void close() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').withChars("éßЖ中😀\u200b\u202e\u0301\n\t").ofMaxLength(80);
        Arbitrary<String> huge = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1_990).ofMaxLength(2_100);
        Arbitrary<String> sqlish = Arbitraries.of("'; DROP TABLE medication; --", "Robert'); DELETE FROM person;--", "\" OR 1=1 --",
                "%_\\", "NULL", "0x00", "\u0000", "ab\u0000cd", "=CMD|' /C calc'!A0", "\uD800", "\uDFFFx", "😀\uD83D");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, printable), net.jqwik.api.Tuple.of(3, unicode),
                net.jqwik.api.Tuple.of(1, huge), net.jqwik.api.Tuple.of(2, sqlish));
    }

    @Provide
    Arbitrary<MedicationDetails> details() {
        Arbitrary<String> t = text();
        Arbitrary<Optional<LocalDate>> date = Arbitraries.integers().between(-40_000, 400)
                .map(d -> Optional.of(LocalDate.now().plusDays(d))).injectNull(0.3).map(o -> o == null ? Optional.empty() : o);
        Arbitrary<EnumSet<TimeOfDay>> times = Arbitraries.subsetOf(TimeOfDay.values()).map(s -> s.isEmpty() ? EnumSet.noneOf(TimeOfDay.class) : EnumSet.copyOf(s));
        return Combinators.combine(List.of(t, t, t, t, t, t, t, t))
                .as(f -> f)
                .flatMap(f -> Combinators.combine(times, date, Arbitraries.of(Kind.class), t)
                        .as((slots, started, kind, notes) -> new MedicationDetails(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), slots,
                                f.get(5), f.get(6), f.get(7), started, notes, kind)));
    }

    long count() {
        return new MedicationStore(db).all(person.id()).size();
    }

    @Property(tries = 300)
    void addedEntriesComeBackExactlyAndRefusalsWriteNothing(@ForAll("details") MedicationDetails d) {
        MedicationStore store = new MedicationStore(db);
        long before = count();
        if (d.problem(LocalDate.now()).isPresent()) {
            assertThatThrownBy(() -> store.add(person.id(), d, knowledge.recognize(d.name()))).isInstanceOf(InvalidInputException.class);
            assertThat(count()).isEqualTo(before);
            return;
        }
        Medication added = store.add(person.id(), d, knowledge.recognize(d.name()));
        assertThat(store.require(person.id(), added.id()).details()).isEqualTo(d);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Property(tries = 200)
    void editedEntriesComeBackExactly(@ForAll("details") MedicationDetails d) {
        MedicationStore store = new MedicationStore(db);
        Medication m = store.add(person.id(), MedicationDetails.named("Lexapro"), knowledge.recognize("Lexapro"));
        if (d.problem(LocalDate.now()).isPresent()) {
            assertThatThrownBy(() -> store.update(person.id(), m.id(), d, knowledge.recognize(d.name()))).isInstanceOf(InvalidInputException.class);
            assertThat(store.require(person.id(), m.id()).details()).isEqualTo(m.details());
            return;
        }
        store.update(person.id(), m.id(), d, knowledge.recognize(d.name()));
        assertThat(store.require(person.id(), m.id()).details()).isEqualTo(d);
    }

    @Property(tries = 150)
    void csvExportThenImportGivesTheSameEntries(@ForAll("details") MedicationDetails d) {
        if (d.problem(LocalDate.now()).isPresent() || d.started().filter(s -> s.isAfter(LocalDate.now())).isPresent()) return;
        MedicationStore store = new MedicationStore(db);
        Person from = new PersonStore(db).add("From " + System.nanoTime());
        Person to = new PersonStore(db).add("To " + System.nanoTime());
        store.add(from.id(), d, knowledge.recognize(d.name()));
        StringWriter csv = new StringWriter();
        MedicationCsv.write(store.all(from.id()), csv);
        List<Medication> imported = ListImport.run(store, knowledge::recognize, to.id(), new StringReader(csv.toString()), LocalDate.now());
        assertThat(imported).singleElement().satisfies(m -> assertThat(m.details()).isEqualTo(d));
    }

    @Property(tries = 300)
    void anyCsvTextIsEitherImportedWhollyOrRefusedWithoutWriting(@ForAll("text") String line1, @ForAll("text") String line2) {
        MedicationStore store = new MedicationStore(db);
        Person p = new PersonStore(db).add("Csv " + System.nanoTime());
        String csv = "name,notes,times\n" + line1 + "\n" + line2 + "\n";
        try {
            List<Medication> added = ListImport.run(store, knowledge::recognize, p.id(), new StringReader(csv), LocalDate.now());
            assertThat(store.all(p.id())).hasSameSizeAs(added);
        } catch (InvalidInputException refused) {
            assertThat(store.all(p.id())).isEmpty();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void peopleAndQuestionsAreStoredExactlyOrRefused(@ForAll("text") String name, @ForAll("text") String question) {
        PersonStore people = new PersonStore(db);
        int before = people.all().size();
        try {
            Person p = people.add(name);
            assertThat(p.name()).isEqualTo(name.strip());
            assertThat(people.require(name).name()).isEqualTo(name.strip());
            QuestionStore questions = new QuestionStore(db);
            try {
                questions.add(p.id(), question, LocalDate.now());
                assertThat(questions.forPerson(p.id())).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo(question.strip()));
            } catch (InvalidInputException refused) {
                assertThat(questions.forPerson(p.id())).isEmpty();
            }
        } catch (InvalidInputException refused) {
            assertThat(people.all()).hasSize(before);
        }
    }

    @Property(tries = 500)
    void resolvingAndCheckingAnyTextNeverFails(@ForAll("text") String a, @ForAll("text") String b) {
        knowledge.resolve(a);
        CheckResult r = knowledge.checkNames(List.of(a, b, "warfarin"), org.medlist.model.Profile.unknown()).result();
        assertThat(r.checked().size() + r.notChecked().size()).isEqualTo(3);
    }
}
