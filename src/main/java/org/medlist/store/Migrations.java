package org.medlist.store;

import java.util.List;

/**
 * The schema, one step per version. The version lives in the file ({@code PRAGMA user_version});
 * each step runs in its own transaction together with the version bump.
 * Never edit a released step: add a new one.
 */
final class Migrations {
    private Migrations() {}

    static final List<List<String>> STEPS = List.of(
        // 1: people and their medication entries; the ingredients a knowledge base recognised.
        List.of(
            """
            CREATE TABLE person (
              id      INTEGER PRIMARY KEY AUTOINCREMENT,
              name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
              born    TEXT,
              notes   TEXT NOT NULL DEFAULT ''
            )""",
            """
            CREATE TABLE medication (
              id          INTEGER PRIMARY KEY AUTOINCREMENT,
              person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              name        TEXT NOT NULL,
              strength    TEXT NOT NULL DEFAULT '',
              dose        TEXT NOT NULL DEFAULT '',
              form        TEXT NOT NULL DEFAULT '',
              route       TEXT NOT NULL DEFAULT '',
              times       TEXT NOT NULL DEFAULT '',
              when_text   TEXT NOT NULL DEFAULT '',
              reason      TEXT NOT NULL DEFAULT '',
              prescriber  TEXT NOT NULL DEFAULT '',
              started     TEXT,
              stopped     TEXT,
              notes       TEXT NOT NULL DEFAULT '',
              kind        TEXT NOT NULL DEFAULT 'rx' CHECK (kind IN ('rx', 'otc', 'supplement'))
            )""",
            "CREATE INDEX medication_person ON medication(person_id, stopped)",
            """
            CREATE TABLE medication_ingredient (
              medication_id INTEGER NOT NULL REFERENCES medication(id) ON DELETE CASCADE,
              position      INTEGER NOT NULL,
              ingredient    TEXT NOT NULL,
              PRIMARY KEY (medication_id, position)
            )"""),
        // 2: which knowledge-base version resolved an entry, so a newer one re-resolves it;
        //    and the "discussed with my doctor" dates kept per person and finding.
        List.of(
            "ALTER TABLE medication ADD COLUMN recognized_name TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE medication ADD COLUMN kb_version TEXT NOT NULL DEFAULT ''",
            """
            CREATE TABLE finding_discussed (
              person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              finding_key  TEXT NOT NULL,
              discussed_on TEXT NOT NULL,
              PRIMARY KEY (person_id, finding_key)
            )"""),
        // 3: the profile that precautions depend on, allergies, conditions, and ticked checklist items.
        //    drives / drinks_alcohol: NULL means "not known" (which never hides a precaution).
        List.of(
            "ALTER TABLE person ADD COLUMN pregnant INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE person ADD COLUMN planning_pregnancy INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE person ADD COLUMN breastfeeding INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE person ADD COLUMN drives INTEGER",
            "ALTER TABLE person ADD COLUMN drinks_alcohol INTEGER",
            "ALTER TABLE person ADD COLUMN allergy_state TEXT NOT NULL DEFAULT 'NOT_RECORDED'",
            "ALTER TABLE person ADD COLUMN other_conditions TEXT NOT NULL DEFAULT ''",
            """
            CREATE TABLE allergy (
              person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              position  INTEGER NOT NULL,
              substance TEXT NOT NULL,
              reaction  TEXT NOT NULL DEFAULT '',
              PRIMARY KEY (person_id, position)
            )""",
            """
            CREATE TABLE person_condition (
              person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              code      TEXT NOT NULL,
              PRIMARY KEY (person_id, code)
            )""",
            """
            CREATE TABLE checklist_tick (
              person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              item_key  TEXT NOT NULL,
              ticked_on TEXT NOT NULL,
              PRIMARY KEY (person_id, item_key)
            )"""),
        // 4: "questions for my doctor", kept per person in the order they were written.
        List.of(
            """
            CREATE TABLE question (
              id        INTEGER PRIMARY KEY AUTOINCREMENT,
              person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              text      TEXT NOT NULL,
              added_on  TEXT NOT NULL
            )""",
            "CREATE INDEX question_person ON question(person_id, id)"),
        // 5: imports from health records: one batch per import (source file and date, what the profile was
        //    before), the batch on each entry, allergy and condition it added (so "undo import" removes
        //    exactly those), and the RxNorm code a record gave an entry. Self-contained: renumber freely.
        List.of(
            """
            CREATE TABLE import_batch (
              id                        INTEGER PRIMARY KEY AUTOINCREMENT,
              person_id                 INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              source_name               TEXT NOT NULL,
              format                    TEXT NOT NULL,
              imported_on               TEXT NOT NULL,
              previous_allergy_state    TEXT NOT NULL,
              allergy_state_after       TEXT NOT NULL,
              previous_other_conditions TEXT NOT NULL,
              other_conditions_after    TEXT NOT NULL
            )""",
            "ALTER TABLE medication ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL",
            "ALTER TABLE medication ADD COLUMN rxnorm TEXT NOT NULL DEFAULT ''",
            // the name the code was given for: once the entry is renamed, the code no longer vouches for it
            "ALTER TABLE medication ADD COLUMN rxnorm_name TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE allergy ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL",
            """
            CREATE TABLE import_condition (
              batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
              code     TEXT NOT NULL,
              PRIMARY KEY (batch_id, code)
            )""",
            "CREATE INDEX medication_import ON medication(import_batch_id)"),
        // 6 (summary): when a summary or wallet card was printed or saved, so the next one can say what changed
        //    since; a log of entries added, changed (name, strength, dose, time) and put back; an emergency
        //    contact for the wallet card. medication_change keeps no foreign key to medication, so that an
        //    entry deleted and put back by "undo" keeps its history; queries join to the entries that exist.
        List.of(
            "ALTER TABLE person ADD COLUMN emergency_contact TEXT NOT NULL DEFAULT ''",
            """
            CREATE TABLE summary_printed (
              id         INTEGER PRIMARY KEY AUTOINCREMENT,
              person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              printed_at TEXT NOT NULL,
              what       TEXT NOT NULL CHECK (what IN ('summary', 'card'))
            )""",
            "CREATE INDEX summary_printed_person ON summary_printed(person_id, what, printed_at)",
            """
            CREATE TABLE medication_change (
              id            INTEGER PRIMARY KEY AUTOINCREMENT,
              person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
              medication_id INTEGER NOT NULL,
              changed_at    TEXT NOT NULL,
              field         TEXT NOT NULL CHECK (field IN ('added', 'resumed', 'name', 'strength', 'dose', 'when')),
              before        TEXT NOT NULL DEFAULT '',
              after         TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX medication_change_person ON medication_change(person_id, changed_at)"));

    static int latestVersion() { return STEPS.size(); }
}
