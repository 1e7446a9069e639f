package org.medlist.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.app.Knowledge;
import org.medlist.store.Database;
import org.medlist.model.Kind;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.PersonStore;
import org.medlist.model.TimeOfDay;
import org.medlist.summary.AppointmentFixture;

/** CSV export → import into another person, on real database files, compared field by field. */
class MedicationCsvTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir Path dir;
    Database db;
    MedicationStore meds;
    Knowledge knowledge = AppointmentFixture.knowledge();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("csv.db"));
        meds = new MedicationStore(db);
    }

    String export(long personId) {
        StringWriter w = new StringWriter();
        MedicationCsv.write(meds.all(personId), w);
        return w.toString();
    }

    static List<Object> userFields(Medication m) {
        return List.of(m.details(), m.stopped(), m.ingredients());
    }

    @Test
    void exportThenImportIsLossless() {
        Person source = AppointmentFixture.create(db, TODAY);
        long id = meds.add(source.id(), new MedicationDetails("=SUM(A1) \"quoted\", with comma ", "5 mg", "½ tablet", "tablet", "oral",
                EnumSet.of(TimeOfDay.MORNING, TimeOfDay.AS_NEEDED), "with food; not with milk", "pain, back", "Dr O'Brien",
                Optional.of(LocalDate.of(2020, 2, 29)), "first line\nsecond line — ünïcødé 日本", Kind.SUPPLEMENT),
                knowledge.recognize("x")).id();
        meds.add(source.id(), MedicationDetails.named("'+already apostrophed"), knowledge.recognize("y"));
        meds.add(source.id(), MedicationDetails.named("-dash first"), knowledge.recognize("z"));
        meds.add(source.id(), MedicationDetails.named("  spaces kept  "), knowledge.recognize("w"));
        String csv = export(source.id());
        assertThat(csv).contains("'=SUM(A1)").doesNotContain("\n=SUM");

        Person copy = new PersonStore(db).add("Copy");
        List<Medication> imported = ListImport.run(meds, knowledge::recognize, copy.id(), new StringReader(csv), TODAY);

        List<Medication> original = meds.all(source.id());
        assertThat(imported).hasSameSizeAs(original);
        assertThat(meds.all(copy.id())).extracting(MedicationCsvTest::userFields)
                .containsExactlyElementsOf(original.stream().map(MedicationCsvTest::userFields).toList());
        assertThat(export(copy.id())).isEqualTo(csv);
        assertThat(meds.find(source.id(), id)).isPresent();
    }

    @Test
    void anyBadRowRejectsTheWholeFileAndNamesEachProblem() {
        Person p = new PersonStore(db).add("Ann");
        meds.add(p.id(), MedicationDetails.named("Lexapro"), knowledge.recognize("Lexapro"));
        String csv = """
                name,kind,times,started,stopped
                Aspirin,otc,morning,2024-01-01,
                ,rx,,,
                Warfarin,pill,,,
                Valium,rx,lunchtime,,
                Advil,rx,,2024-13-01,
                Tylenol,rx,,2024-05-01,2024-04-01
                Zoloft,rx,,,2099-01-01
                """;
        assertThatThrownBy(() -> ListImport.run(meds, knowledge::recognize, p.id(), new StringReader(csv), TODAY))
                .isInstanceOfSatisfying(ListImport.Rejected.class, e -> {
                    assertThat(e.getMessage()).startsWith("Nothing was imported: 6 problems");
                    assertThat(e.problems()).extracting(MedicationCsv.Problem::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
                    assertThat(e.problems().get(0).message()).contains("name");
                    assertThat(e.problems().get(1).message()).contains("unknown kind 'pill'");
                    assertThat(e.problems().get(2).message()).contains("unknown time 'lunchtime'");
                    assertThat(e.problems().get(3).message()).contains("2024-13-01");
                    assertThat(e.problems().get(4).message()).contains("before the start date");
                    assertThat(e.problems().get(5).message()).contains("in the future");
                });
        assertThat(meds.all(p.id())).extracting(Medication::name).containsExactly("Lexapro");
    }

    @Test
    void aFileThatIsNotOurCsvIsRefusedWithTheExpectedColumns() {
        Person p = new PersonStore(db).add("Ann");
        assertThatThrownBy(() -> ListImport.run(meds, knowledge::recognize, p.id(), new StringReader("drug;dose\nAspirin;1\n"), TODAY))
                .isInstanceOf(ListImport.Rejected.class).hasMessageContaining("Nothing was imported");
        assertThatThrownBy(() -> ListImport.run(meds, knowledge::recognize, p.id(), new StringReader("name,colour\nAspirin,red\n"), TODAY))
                .isInstanceOfSatisfying(ListImport.Rejected.class, e -> assertThat(e.problems().get(0).message()).contains("unknown column 'colour' in the header"));
        assertThat(meds.all(p.id())).isEmpty();
    }

    @Test
    void aByteOrderMarkAndAMinimalHeaderAreAccepted() {
        Person p = new PersonStore(db).add("Ann");
        List<Medication> added = ListImport.run(meds, knowledge::recognize, p.id(), new StringReader("\uFEFFname\nLexapro 10 mg\nZzyzxqol\n"), TODAY);
        assertThat(added).extracting(Medication::name).containsExactly("Lexapro 10 mg", "Zzyzxqol");
        assertThat(added.get(0).ingredients()).containsExactly("escitalopram");
        assertThat(added.get(1).isRecognized()).isFalse();
    }
}
