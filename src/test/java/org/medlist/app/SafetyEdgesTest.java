package org.medlist.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.exchange.ListExport;
import org.medlist.exchange.ListImport;
import org.medlist.exchange.MedicationCsv;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.model.Profile;
import org.medlist.summary.Summary;
import org.medlist.summary.SummaryPdf;

/** Issue 16's edges through the application layer, on a real SQLite file: text in one form, limits, dates in one clock. */
class SafetyEdgesTest {
    static final String NFC = "Zo\u00eb";
    static final String NFD = "Zoe\u0308";
    /** 20:00 UTC on 1 Dec: already 2 Dec 10:00 at UTC+14, still 1 Dec 16:30 at UTC−3:30. */
    static final Instant EVENING_UTC = Instant.parse("2026-12-01T20:00:00Z");
    @TempDir Path dir;

    MedList open(String file, Clock clock) {
        return new MedList(new Knowledge(BundledKnowledge.get(), clock), org.medlist.store.Database.open(dir.resolve(file), clock), clock);
    }

    MedList open() { return open("edges.db", Clock.fixed(EVENING_UTC, ZoneId.of("UTC"))); }

    static Profile withBirth(LocalDate born) {
        return new Profile(Optional.of(born), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                Profile.AllergyState.NOT_RECORDED, List.of(), Set.of(), "");
    }

    @Test
    void aNameTypedInNfcAndInNfdIsOnePerson() {
        try (MedList app = open()) {
            Person zoe = app.addPerson(NFD);
            assertThat(zoe.name()).isEqualTo(NFC);
            assertThat(app.person(NFC).id()).isEqualTo(zoe.id());
            assertThat(app.person(NFD).id()).isEqualTo(zoe.id());
            assertThatThrownBy(() -> app.addPerson(NFC)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("A person named 'Zo\u00eb' already exists.");
            assertThatThrownBy(() -> app.addPerson(" zo\u00eb ")).hasMessage("A person named 'zo\u00eb' already exists.");
            assertThat(app.people()).hasSize(1);
            Medication m = app.add(zoe.id(), MedicationDetails.named("Parace\u0301tamol").withName("Parace\u0301tamol"));
            assertThat(m.name()).isEqualTo("Parac\u00e9tamol");
            assertThat(m.isRecognized()).isTrue();
            assertThat(app.addQuestion(zoe.id(), "Cafe\u0301?").text()).isEqualTo("Caf\u00e9?");
        }
    }

    @Test
    void everyFreeTextFieldHasALimitNamedInTheMessage() {
        try (MedList app = open()) {
            long ann = app.addPerson("Ann").id();
            String big = "x".repeat(100_000);
            MedicationDetails base = MedicationDetails.named("Advil");
            assertThatThrownBy(() -> app.add(ann, new MedicationDetails("Advil", "", big, "", "", Set.of(), "", "", "", Optional.empty(), "",
                    null))).hasMessage("The dose is too long (100,000 characters; at most 2,000).");
            assertThatThrownBy(() -> app.add(ann, new MedicationDetails("Advil", "", "", "", "", Set.of(), "", "", "", Optional.empty(), big,
                    null))).hasMessage("The notes are too long (100,000 characters; at most 2,000).");
            assertThatThrownBy(() -> app.add(ann, base.withName("A".repeat(201))))
                    .hasMessage("The medicine's name is too long (201 characters; at most 200).");
            assertThatThrownBy(() -> app.setNotes(ann, big)).hasMessage("The notes are too long (100,000 characters; at most 5,000).");
            Profile conditions = new Profile(Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                    Profile.AllergyState.NOT_RECORDED, List.of(), Set.of(), big);
            assertThatThrownBy(() -> app.saveProfile(ann, conditions)).hasMessage("The conditions are too long (100,000 characters; at most 2,000).");
            Profile allergy = new Profile(Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                    Profile.AllergyState.RECORDED, List.of(new Profile.Allergy("penicillins", big)), Set.of(), "");
            assertThatThrownBy(() -> app.saveProfile(ann, allergy)).hasMessage("The reaction to penicillins is too long (100,000 characters; at most 500).");
            assertThat(app.profile(ann)).isEqualTo(Profile.unknown());
            assertThat(app.all(ann)).isEmpty();
        }
    }

    @Test
    void datesBefore1900OrInTheFutureAreRefused() {
        try (MedList app = open()) {
            long ann = app.addPerson("Ann").id();
            assertThatThrownBy(() -> app.saveProfile(ann, withBirth(LocalDate.of(0, 1, 1))))
                    .hasMessage("The date of birth 0000-01-01 is before 1900.");
            assertThatThrownBy(() -> app.saveProfile(ann, withBirth(LocalDate.of(-1, 6, 1))))
                    .hasMessage("The date of birth -0001-06-01 is before 1900.");
            assertThatThrownBy(() -> app.saveProfile(ann, withBirth(LocalDate.of(2026, 12, 2))))
                    .hasMessage("The date of birth 2026-12-02 is in the future (today is 2026-12-01).");
            MedicationDetails advil = MedicationDetails.named("Advil");
            assertThatThrownBy(() -> app.add(ann, started(advil, LocalDate.of(0, 3, 1)))).hasMessage("The start date 0000-03-01 is before 1900.");
            assertThatThrownBy(() -> app.add(ann, started(advil, LocalDate.of(2026, 12, 3))))
                    .hasMessage("The start date 2026-12-03 is in the future (today is 2026-12-01).");
            app.saveProfile(ann, withBirth(LocalDate.of(1900, 1, 1)));
            assertThat(app.profile(ann).age(app.today())).contains(126);
        }
    }

    static MedicationDetails started(MedicationDetails d, LocalDate on) {
        return new MedicationDetails(d.name(), d.strength(), d.dose(), d.form(), d.route(), d.times(), d.whenText(), d.reason(), d.prescriber(),
                Optional.of(on), d.notes(), d.kind());
    }

    @Test
    void aListExportedAtUtcPlus14ImportsAtUtcMinus330AndThePrintoutNeverDatesAnEntryAfterItsOwnDay() throws Exception {
        String csv;
        try (MedList kiribati = open("kiribati.db", Clock.fixed(EVENING_UTC, ZoneId.of("Pacific/Kiritimati")))) {
            Person zoe = kiribati.addPerson("Zoe");
            Medication m = kiribati.add(zoe.id(), started(MedicationDetails.named("Advil"), LocalDate.of(2026, 12, 2)));
            kiribati.stop(zoe.id(), m.id());
            assertThat(kiribati.all(zoe.id()).get(0).stopped()).contains(LocalDate.of(2026, 12, 2));
            csv = kiribati.export(zoe, ListExport.Format.CSV);
        }
        try (MedList newfoundland = open("stjohns.db", Clock.fixed(EVENING_UTC, ZoneId.of("America/St_Johns")))) {
            assertThat(newfoundland.today()).isEqualTo(LocalDate.of(2026, 12, 1));
            Person zoe = newfoundland.addPerson("Zoe");
            List<Medication> imported = newfoundland.importCsv(zoe.id(), new StringReader(csv));
            assertThat(imported).singleElement().satisfies(e -> {
                assertThat(e.stopped()).contains(LocalDate.of(2026, 12, 1));
                assertThat(e.details().started()).contains(LocalDate.of(2026, 12, 1));
            });
            Summary s = newfoundland.summary(zoe);
            assertThat(s.printedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
            try (var doc = org.apache.pdfbox.Loader.loadPDF(SummaryPdf.render(s, SummaryPdf.Options.standard()).bytes())) {
                String pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertThat(pdf).contains("1 Dec 2026").doesNotContain("2 Dec 2026");
            }
        }
    }

    @Test
    void csvHeadersAreTrimmedAndUnknownOrRepeatedColumnsAreRefusedByName() {
        try (MedList app = open()) {
            long ann = app.addPerson("Ann").id();
            List<Medication> added = app.importCsv(ann, new StringReader("name, kind, dose\nAdvil, otc,1 tablet\n"));
            assertThat(added).singleElement().satisfies(m -> {
                assertThat(m.details().dose()).isEqualTo("1 tablet");
                assertThat(m.details().kind()).isEqualTo(org.medlist.model.Kind.OVER_THE_COUNTER);
            });
            assertThat(problems(app, ann, "name,dosage\nAdvil,1\n"))
                    .containsExactly("line 1: unknown column 'dosage' in the header; the columns are " + String.join(",", MedicationCsv.COLUMNS) + ".");
            assertThat(problems(app, ann, "name,dose, dose\nAdvil,1,2\n")).containsExactly("line 1: the column 'dose' appears twice in the header.");
            assertThat(problems(app, ann, "name,,dose\nAdvil,,1\n")).singleElement().asString().startsWith("line 1: column 2 of the header has no name");
            assertThat(problems(app, ann, "name,kind,dose\nAdvil,otc,1\nTylenol,otc,1,2\nAleve\n"))
                    .containsExactly("line 3: 4 cells, but the header has 3 columns (a cell with a comma in it needs double quotes around it).",
                            "line 4: 1 cell, but the header has 3 columns (a cell with a comma in it needs double quotes around it).");
            assertThat(problems(app, ann, "name,dose\nAdvil,1\n\"Tylenol,1\nAleve,2\n")).singleElement().asString()
                    .startsWith("line 3: a double quote is not closed").doesNotContain("Exception").doesNotContain("line 0");
            assertThat(problems(app, ann, "name,dose\r\nAdvil,\"1\"x\r\n")).singleElement().asString()
                    .startsWith("line 2: a double quote is not closed, or text follows a closing quote");
            assertThat(app.all(ann)).hasSize(1);
        }
    }

    static List<String> problems(MedList app, long person, String csv) {
        try {
            app.importCsv(person, new StringReader(csv));
        } catch (ListImport.Rejected e) {
            return e.problems().stream().map(MedicationCsv.Problem::toString).toList();
        }
        throw new AssertionError("imported: " + csv);
    }
}
