package org.medlist.app;

import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.medlist.check.CheckInput;
import org.medlist.check.Finding;
import org.medlist.exchange.FhirBundle;
import org.medlist.exchange.HealthRecord;
import org.medlist.exchange.ListExport;
import org.medlist.importing.ExportCodes;
import org.medlist.importing.HealthRecordImport;
import org.medlist.importing.Reconciliation;
import org.medlist.store.ImportStore;
import org.medlist.exchange.ListImport;
import org.medlist.model.Medication;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import org.medlist.model.Profile;
import org.medlist.model.Question;
import org.medlist.model.DateRules;
import org.medlist.model.InvalidInputException;
import org.medlist.model.TextRules;
import org.medlist.precautions.PersonCheck;
import org.medlist.precautions.PrecautionItem;
import org.medlist.store.Backups;
import org.medlist.store.ChecklistStore;
import org.medlist.store.Database;
import org.medlist.store.DiscussedStore;
import org.medlist.store.MedicationStore;
import org.medlist.store.PersonStore;
import org.medlist.store.PrintedSummaryStore;
import org.medlist.store.ProfileStore;
import org.medlist.store.QuestionStore;
import org.medlist.summary.Summary;
import org.medlist.summary.SummaryBuilder;

/**
 * MedList's use cases over one open database and the bundled knowledge base: the window's
 * view-models and the command line both go through here, so that every check of a person's list —
 * their list, a what-if before adding, the printout — is made with their profile. No JavaFX; not
 * thread-safe (the window calls it from its one worker thread).
 */
public final class MedList implements AutoCloseable {
    /** Limits on free text the stores do not already bound (documented in the README's data-safety section). */
    public static final int MAX_PERSON_NOTES = 5_000;
    public static final int MAX_ALLERGIES = 100;
    public static final int MAX_ALLERGY_NAME = 200;
    public static final int MAX_ALLERGY_REACTION = 500;
    public static final int MAX_OTHER_CONDITIONS = 2_000;

    private final Supplier<Knowledge> knowledgeSource;
    private Knowledge knowledge;
    private final Database db;
    private final Clock clock;
    private final PersonStore people;
    private final MedicationStore medications;
    private final ProfileStore profiles;
    private final DiscussedStore discussed;
    private final ChecklistStore checklist;
    private final QuestionStore questions;

    public MedList(Knowledge knowledge, Database db, Clock clock) {
        this(() -> knowledge, db, clock);
    }

    /** {@code knowledge} is asked for only when a use case needs it (listing people does not load the knowledge base). */
    public MedList(Supplier<Knowledge> knowledge, Database db, Clock clock) {
        this.knowledgeSource = knowledge;
        this.db = db;
        this.clock = clock;
        this.people = new PersonStore(db);
        this.medications = new MedicationStore(db, clock); // the change log ("what changed") is dated by the same clock
        this.profiles = new ProfileStore(db);
        this.discussed = new DiscussedStore(db);
        this.checklist = new ChecklistStore(db);
        this.questions = new QuestionStore(db);
    }

    public Knowledge knowledge() {
        if (knowledge == null) knowledge = knowledgeSource.get();
        return knowledge;
    }

    public LocalDate today() { return LocalDate.now(clock); }

    public Path databasePath() { return db.file(); }

    // People and profiles

    public List<Person> people() { return people.all(); }

    /**
     * The person called {@code name}; an unknown name is invalid input. Names are compared in NFC and
     * without regard to case, so "Zoë" typed either way is the same person (also a name stored before
     * names were normalised).
     */
    public Person person(String name) {
        String wanted = TextRules.nfc(name).strip();
        return people.findByName(wanted).or(() -> sameName(wanted))
                .orElseThrow(() -> new InvalidInputException("No person named '" + wanted + "'."));
    }

    public Person addPerson(String name) {
        String clean = TextRules.nfc(name).strip();
        if (sameName(clean).isPresent()) throw new InvalidInputException("A person named '" + clean + "' already exists.");
        return people.add(clean);
    }

    public Person renamePerson(long id, String newName) {
        String clean = TextRules.nfc(newName).strip();
        Optional<Person> other = sameName(clean);
        if (other.isPresent() && other.get().id() != id) throw new InvalidInputException("A person named '" + clean + "' already exists.");
        return people.rename(id, clean);
    }

    private Optional<Person> sameName(String normalised) {
        if (normalised.isEmpty()) return Optional.empty();
        return people.all().stream().filter(p -> TextRules.nfc(p.name()).strip().equalsIgnoreCase(normalised)).findFirst();
    }

    public void removePerson(long id) { people.remove(id); }

    public Person setNotes(long id, String notes) {
        String clean = TextRules.nfc(notes);
        TextRules.lengthProblem("The notes", clean, MAX_PERSON_NOTES).ifPresent(p -> { throw new InvalidInputException(p); });
        return people.setNotes(id, clean);
    }

    public Profile profile(long personId) { return profiles.get(personId); }

    public Profile saveProfile(long personId, Profile profile) { return profiles.save(personId, valid(profile)); }

    /** The limits on a profile's free text, and its date of birth, checked before anything is written. */
    private Profile valid(Profile p) {
        p.born().flatMap(b -> DateRules.birthProblem(b, today())).ifPresent(m -> { throw new InvalidInputException(m); });
        if (p.allergies().size() > MAX_ALLERGIES) throw new InvalidInputException("Too many allergies (at most " + MAX_ALLERGIES + ").");
        for (Profile.Allergy a : p.allergies()) {
            TextRules.lengthProblem("An allergy's name", a.substance(), MAX_ALLERGY_NAME).ifPresent(m -> { throw new InvalidInputException(m); });
            TextRules.lengthProblem("The reaction to " + shortened(a.substance()), a.reaction(), MAX_ALLERGY_REACTION)
                    .ifPresent(m -> { throw new InvalidInputException(m); });
            if (!TextRules.isOneLineOfText(a.substance()) || !TextRules.isOneLineOfText(a.reaction())) {
                throw new InvalidInputException("An allergy must be one line of text, without control characters.");
            }
        }
        TextRules.lengthProblem("The conditions", p.otherConditions(), MAX_OTHER_CONDITIONS).ifPresent(m -> { throw new InvalidInputException(m); });
        if (!TextRules.isWellFormed(p.otherConditions()) || !TextRules.onlyLineBreaksAndTabs(p.otherConditions())) {
            throw new InvalidInputException("The conditions contain control characters or broken characters.");
        }
        return p;
    }

    private static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(40, s.codePointCount(0, s.length())))) + "…";
    }

    // The list

    /** Current entries, re-recognised first if another knowledge-base version recognised them. */
    public List<Medication> current(long personId) {
        return knowledge().refresh(medications, medications.current(personId));
    }

    public List<Medication> stopped(long personId) { return medications.stopped(personId); }

    /** The entries as stored (current, or current and stopped), without re-recognising them: what the list shows. */
    public List<Medication> listed(long personId, boolean includeStopped) {
        return includeStopped ? medications.all(personId) : medications.current(personId);
    }

    /** Current and stopped entries. */
    public List<Medication> all(long personId) { return medications.all(personId); }

    public Medication add(long personId, MedicationDetails details) {
        return medications.add(personId, details, knowledge().recognize(details.name()));
    }

    public Medication update(long personId, long id, MedicationDetails details) {
        return medications.update(personId, id, details, knowledge().recognize(details.name()));
    }

    public Medication stop(long personId, long id) { return medications.stop(personId, id, today()); }

    public Medication resume(long personId, long id) { return medications.resume(personId, id); }

    public Medication remove(long personId, long id) { return medications.remove(personId, id); }

    public Medication restore(Medication deleted) { return medications.restore(deleted); }

    /** A CSV file's medicines, every row or none. */
    public List<Medication> importCsv(long personId, Reader csv) {
        return ListImport.run(medications, knowledge()::recognize, personId, csv, today());
    }

    /** FHIR carries the RxNorm codes MedList can vouch for (see {@link ExportCodes}). */
    public String export(Person person, ListExport.Format format) {
        FhirBundle.Codes codes = format == ListExport.Format.FHIR
                ? ExportCodes.forPerson(db, person.id(), knowledge().knowledgeBase()) : FhirBundle.Codes.NONE;
        return ListExport.text(format, person, profile(person.id()), all(person.id()), codes, Instant.now(clock));
    }

    // Import from a health record (C-CDA, FHIR, MedList CSV): review, then one batch, which can be undone

    /** The record matched against the person's list (current, re-recognised, and stopped) and profile; nothing is written. */
    public Reconciliation.Plan reviewImport(long personId, HealthRecord record, boolean includeDuplicates) {
        List<Medication> list = new ArrayList<>(current(personId));
        list.addAll(stopped(personId));
        return new Reconciliation(knowledge().knowledgeBase()).plan(record, list, profile(personId), includeDuplicates);
    }

    /** What importing the chosen rows would write. */
    public ImportStore.Batch importBatch(Reconciliation.Plan plan, Set<Integer> medicines, Set<Integer> allergies, Set<Integer> conditions,
                                         String sourceName) {
        return HealthRecordImport.batch(plan, knowledge().knowledgeBase(), medicines, allergies, conditions, sourceName, today());
    }

    /** Writes one import batch in one transaction. */
    public ImportStore.Written importRecord(long personId, ImportStore.Batch batch) { return new ImportStore(db).write(personId, batch); }

    /** Removes exactly what import {@code batchId} added; returns how many entries. */
    public int undoImport(long personId, long batchId) { return new ImportStore(db).undo(personId, batchId); }

    /** Where an entry was imported from, if it was. */
    public Optional<ImportStore.Source> importSource(long medicationId) { return new ImportStore(db).source(medicationId); }

    // Checks: always with the person's profile

    /** The person's current list, checked with their stored profile. */
    public PersonCheck check(long personId) {
        return check(personId, List.of(), Optional.empty());
    }

    /**
     * The person's current list plus {@code extraNames} (not stored), checked with their stored profile
     * or, when given, {@code whatIfProfile} instead (the command line's what-if flags).
     */
    public PersonCheck check(long personId, List<String> extraNames, Optional<Profile> whatIfProfile) {
        List<CheckInput> inputs = new ArrayList<>(knowledge().checker().inputs(current(personId)));
        extraNames.forEach(n -> inputs.add(knowledge().checker().candidate(n, "")));
        return knowledge().checker().check(inputs, whatIfProfile.orElseGet(() -> profile(personId)), today());
    }

    /** "Check before adding": the list with {@code name} added, with the person's profile; nothing is saved. */
    public WhatIf whatIf(long personId, String name, String strength) {
        List<Medication> current = current(personId);
        CheckInput candidate = knowledge().checker().candidate(name.strip(), strength);
        List<CheckInput> without = knowledge().checker().inputs(current);
        List<CheckInput> with = new ArrayList<>(without);
        with.add(candidate);
        Profile profile = profile(personId);
        PersonCheck before = knowledge().checker().check(without, profile, today());
        PersonCheck after = knowledge().checker().check(with, profile, today());
        List<Finding> involving = after.result().all().stream().filter(f -> f.medications().contains(candidate.label())).toList();
        Set<String> hadBefore = before.profile().precautions().stream().map(PrecautionItem::key).collect(Collectors.toSet());
        List<PrecautionItem> newPrecautions = after.profile().precautions().stream()
                .filter(p -> p.medications().contains(candidate.label()) || !hadBefore.contains(p.key())).toList();
        return new WhatIf(candidate, after, involving, newPrecautions, current.size());
    }

    // Discussed dates, checklist ticks, questions

    public Map<String, LocalDate> discussed(long personId) { return discussed.forPerson(personId); }

    public void recordDiscussed(long personId, String findingKey, LocalDate on) { discussed.record(personId, findingKey, on); }

    public void clearDiscussed(long personId, String findingKey) { discussed.clear(personId, findingKey); }

    /** The precautions that apply now and the ticks kept for them (ticks of items that no longer apply are forgotten). */
    public Checklist checklist(long personId) {
        List<PrecautionItem> items = check(personId).profile().precautions();
        Map<String, LocalDate> ticks = checklist.keepOnly(personId, items.stream().map(PrecautionItem::key).toList());
        return new Checklist(items, ticks);
    }

    public void tick(long personId, String itemKey, boolean ticked) {
        if (ticked) checklist.tick(personId, itemKey, today());
        else checklist.untick(personId, itemKey);
    }

    public List<Question> questions(long personId) { return questions.forPerson(personId); }

    public Question addQuestion(long personId, String text) { return questions.add(personId, TextRules.nfc(text), today()); }

    public void editQuestion(long personId, long id, String text) { questions.edit(personId, id, TextRules.nfc(text)); }

    public void removeQuestion(long personId, long id) { questions.remove(personId, id); }

    // The summary and the whole database

    public Summary summary(Person person) {
        return summary(person, Optional.empty());
    }

    /** The summary with "what changed" since {@code since}, or since the last printed summary when empty. */
    public Summary summary(Person person, Optional<LocalDate> since) {
        current(person.id()); // re-recognise first, so the printout is checked with this knowledge base
        return new SummaryBuilder(knowledge().knowledgeBase(), knowledge().checker()).build(db, person, today(), since);
    }

    /** A summary (or a wallet card) was printed or saved now: the next summary's "what changed" starts here; a card does not move it. */
    public void recordPrinted(long personId, boolean card) {
        new PrintedSummaryStore(db).record(personId, card ? PrintedSummaryStore.What.CARD : PrintedSummaryStore.What.SUMMARY,
                LocalDateTime.now(clock));
    }

    /** Who to call in an emergency (the wallet card); empty when not given. */
    public String emergencyContact(long personId) { return profiles.emergencyContact(personId); }

    /** The profile and the emergency contact; a bad contact is refused before anything is written. */
    public Profile saveProfile(long personId, Profile profile, String emergencyContact) {
        String contact = ProfileStore.validEmergencyContact(TextRules.nfc(emergencyContact));
        Profile saved = profiles.save(personId, valid(profile));
        profiles.setEmergencyContact(personId, contact);
        return saved;
    }

    public void backupTo(Path target) { Backups.backupTo(db, target); }

    /** {@code force}: replace whatever ordinary file is at {@code target}, not only an earlier MedList backup. */
    public void backupTo(Path target, boolean force) { Backups.backupTo(db, target, force); }

    @Override
    public void close() { db.close(); }

    /** The outcome of a what-if. {@code involving}: findings that name the candidate; {@code newPrecautions}: precautions it adds. */
    public record WhatIf(CheckInput candidate, PersonCheck check, List<Finding> involving, List<PrecautionItem> newPrecautions, int listSize) {
        public List<Finding> allergyWarnings() {
            return involving.stream().filter(f -> f.kind() == Finding.Kind.ALLERGY).toList();
        }
    }

    public record Checklist(List<PrecautionItem> items, Map<String, LocalDate> ticks) {
        public Checklist {
            items = List.copyOf(items);
            ticks = Map.copyOf(ticks);
        }
    }
}
