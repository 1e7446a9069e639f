package org.medlist.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.store.Database;
import org.medlist.model.Medication;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.PrintedSummaryStore;
import org.medlist.model.TimeOfDay;

/** "What changed since the last printed summary", from a real database where medicines were started, stopped and changed. */
class WhatChangedTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate LAST_PRINTED = TODAY.minusDays(14);
    @TempDir Path dir;
    Database db;
    Person person;

    @BeforeEach
    void appointmentPrintedTwoWeeksAgoThenChanged() {
        db = AppointmentFixture.openNew(dir);
        person = AppointmentFixture.create(db, TODAY);
        new PrintedSummaryStore(db).record(person.id(), PrintedSummaryStore.What.SUMMARY, LAST_PRINTED.atTime(10, 30));
        new PrintedSummaryStore(db).record(person.id(), PrintedSummaryStore.What.CARD, TODAY.minusDays(2).atTime(9, 0));
        MedicationStore meds = new MedicationStore(db, Clock.fixed(TODAY.minusDays(5).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        var k = AppointmentFixture.knowledge();
        meds.add(person.id(), org.medlist.model.MedicationDetails.named("Metformin 500 mg"), k.recognize("Metformin 500 mg"));
        Medication finasteride = byName(meds, "Finasteride 5 mg");
        meds.stop(person.id(), finasteride.id(), TODAY.minusDays(3));
        Medication amlodipine = byName(meds, "Amlodipine 5 mg");
        var d = amlodipine.details();
        meds.update(person.id(), amlodipine.id(), new org.medlist.model.MedicationDetails(d.name(), d.strength(), "2 tablets", d.form(), d.route(),
                EnumSet.of(TimeOfDay.MORNING, TimeOfDay.EVENING), d.whenText(), d.reason(), d.prescriber(), d.started(), "new note", d.kind()),
                k.recognize(d.name()));
        Medication montelukast = byName(meds, "Montelukast 10 mg");
        var m = montelukast.details();
        // changed and changed back: no net change to report
        meds.update(person.id(), montelukast.id(), new org.medlist.model.MedicationDetails(m.name(), m.strength(), "2 tablets", m.form(), m.route(),
                m.times(), m.whenText(), m.reason(), m.prescriber(), m.started(), m.notes(), m.kind()), k.recognize(m.name()));
        meds.update(person.id(), montelukast.id(), m, k.recognize(m.name()));
    }

    Medication byName(MedicationStore meds, String name) {
        return meds.current(person.id()).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theNextSummaryListsWhatWasStartedStoppedAndChangedSinceTheLastPrintedOne() throws Exception {
        Summary s = AppointmentFixture.summaryBuilder().build(db, person, TODAY);
        assertThat(s.changes().since()).isEqualTo(LAST_PRINTED); // the card printed since does not count as a summary
        SummaryPdf.Rendered pdf = SummaryPdf.render(s, SummaryPdf.Options.standard());
        java.nio.file.Files.createDirectories(Path.of("target"));
        java.nio.file.Files.write(Path.of("target/summary-what-changed-a4.pdf"), pdf.bytes()); // for looking at
        String page1 = SummaryPdfTest.flat(PdfText.pages(pdf.bytes(), 1, 1));
        assertThat(page1).contains("What changed since " + SummaryPdf.day(LAST_PRINTED))
                .contains("the last summary, printed " + SummaryPdf.day(LAST_PRINTED))
                .contains("Started: Metformin 500 mg — added to the list, start date not recorded (" + SummaryPdf.day(TODAY.minusDays(5)) + ")")
                .contains("Stopped: Finasteride 5 mg — " + SummaryPdf.day(TODAY.minusDays(3)))
                .contains("Changed: Amlodipine 5 mg — dose 1 tablet → 2 tablets; when morning → morning, evening (" + SummaryPdf.day(TODAY.minusDays(5)) + ")")
                .doesNotContain("Changed: Montelukast")
                .doesNotContain("Stopped: Ibuprofen"); // stopped 30 days ago, before the last summary
    }

    @Test
    void aSinceDateChosenEarlierAlsoShowsOlderStops() {
        Summary s = AppointmentFixture.summaryBuilder().build(db, person, TODAY, Optional.of(TODAY.minusDays(40)));
        assertThat(s.changes().stopped()).extracting(Summary.Change::medicine).containsExactly("Ibuprofen 400 mg", "Finasteride 5 mg");
        assertThat(s.changes().started()).extracting(Summary.Change::medicine).containsExactly("Metformin 500 mg");
    }

    @Test
    void aStoppedMedicinePutBackIsReportedAsTakenAgain() {
        MedicationStore meds = new MedicationStore(db, Clock.fixed(TODAY.minusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        Medication ibuprofen = meds.stopped(person.id()).stream().filter(x -> x.name().startsWith("Ibuprofen")).findFirst().orElseThrow();
        meds.resume(person.id(), ibuprofen.id());
        Summary s = AppointmentFixture.summaryBuilder().build(db, person, TODAY, Optional.of(TODAY.minusDays(2)));
        assertThat(s.changes().changed()).extracting(Summary.Change::what).anyMatch(w -> w.startsWith("taken again (had been stopped on"));
    }
}
