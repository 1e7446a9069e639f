package org.medlist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Medication;
import org.medlist.model.Profile;

/**
 * Imports from health records as batches: everything one import adds (entries, allergies, condition
 * codes, the allergy state and other-conditions text it set) is written in one transaction under one
 * batch id, with the source file name and date, so that "undo import" removes exactly that.
 */
public final class ImportStore {
    private final Database db;

    public ImportStore(Database db) { this.db = db; }

    /** An entry to add, with the RxNorm code the record gave it (may be empty). */
    public record NewEntry(MedicationStore.Incoming incoming, String rxnorm) {}

    /** What to write: entries, allergies to add, the allergy state to set (when the record states one), condition codes, text for other conditions. */
    public record Batch(String sourceName, String format, LocalDate on, List<NewEntry> entries, List<Profile.Allergy> allergies,
                        Optional<Profile.AllergyState> allergyState, Set<String> conditionCodes, List<String> otherConditions) {
        public Batch {
            entries = List.copyOf(entries);
            allergies = List.copyOf(allergies);
            conditionCodes = Set.copyOf(conditionCodes);
            otherConditions = List.copyOf(otherConditions);
        }
    }

    /** One written import. */
    public record Written(long batchId, List<Medication> added, List<Profile.Allergy> allergiesAdded, List<String> conditionsAdded) {}

    /** Where an imported entry came from. */
    public record Source(long batchId, String sourceName, String format, LocalDate importedOn) {}

    public Written write(long personId, Batch b) {
        for (Profile.Allergy a : b.allergies()) {
            if (a.substance().isBlank() || a.substance().length() > 200 || a.reaction().length() > 500) {
                throw new InvalidInputException("An allergy in the file is empty or too long: " + a.substance());
            }
        }
        MedicationStore meds = new MedicationStore(db);
        return db.inTransaction(c -> {
            String state;
            String other;
            try (PreparedStatement ps = c.prepareStatement("SELECT allergy_state, other_conditions FROM person WHERE id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new InvalidInputException("That person no longer exists.");
                    state = rs.getString(1);
                    other = rs.getString(2);
                }
            }
            String stateAfter = !b.allergies().isEmpty() ? Profile.AllergyState.RECORDED.name()
                    : b.allergyState().filter(s -> !state.equals(Profile.AllergyState.RECORDED.name())).map(Enum::name).orElse(state);
            List<String> otherLines = new ArrayList<>(other.isBlank() ? List.of() : List.of(other.split("\n")));
            List<String> addedConditions = new ArrayList<>();
            for (String line : b.otherConditions()) {
                if (otherLines.stream().noneMatch(l -> l.strip().equalsIgnoreCase(line.strip()))) {
                    otherLines.add(line.strip());
                    addedConditions.add(line.strip());
                }
            }
            String otherAfter = String.join("\n", otherLines);
            long batchId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch(person_id, source_name, format, imported_on, "
                    + "previous_allergy_state, allergy_state_after, previous_other_conditions, other_conditions_after) VALUES (?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, personId);
                ps.setString(2, b.sourceName());
                ps.setString(3, b.format());
                ps.setString(4, b.on().toString());
                ps.setString(5, state);
                ps.setString(6, stateAfter);
                ps.setString(7, other);
                ps.setString(8, otherAfter);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    batchId = keys.getLong(1);
                }
            }
            List<Medication> added = meds.addAll(personId, b.entries().stream().map(NewEntry::incoming).toList());
            try (PreparedStatement ps = c.prepareStatement("UPDATE medication SET import_batch_id = ?, rxnorm = ?, rxnorm_name = name WHERE id = ?")) {
                for (int i = 0; i < added.size(); i++) {
                    ps.setLong(1, batchId);
                    ps.setString(2, b.entries().get(i).rxnorm());
                    ps.setLong(3, added.get(i).id());
                    ps.executeUpdate();
                }
            }
            int position = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(position) + 1, 0) FROM allergy WHERE person_id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) position = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO allergy(person_id, position, substance, reaction, import_batch_id) VALUES (?,?,?,?,?)")) {
                for (Profile.Allergy a : b.allergies()) {
                    ps.setLong(1, personId);
                    ps.setInt(2, position++);
                    ps.setString(3, a.substance());
                    ps.setString(4, a.reaction());
                    ps.setLong(5, batchId);
                    ps.executeUpdate();
                }
            }
            for (String code : new TreeSet<>(b.conditionCodes())) {
                try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO person_condition(person_id, code) VALUES (?,?)")) {
                    ps.setLong(1, personId);
                    ps.setString(2, code);
                    if (ps.executeUpdate() == 0) continue;
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_condition(batch_id, code) VALUES (?,?)")) {
                    ps.setLong(1, batchId);
                    ps.setString(2, code);
                    ps.executeUpdate();
                }
                addedConditions.add(code);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET allergy_state = ?, other_conditions = ? WHERE id = ?")) {
                ps.setString(1, stateAfter);
                ps.setString(2, otherAfter);
                ps.setLong(3, personId);
                ps.executeUpdate();
            }
            return new Written(batchId, added, b.allergies(), addedConditions);
        });
    }

    /** The newest import of a person that can still be undone. */
    public Optional<Source> lastBatch(long personId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, source_name, format, imported_on FROM import_batch WHERE person_id = ? ORDER BY id DESC LIMIT 1")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(source(rs)) : Optional.<Source>empty();
                }
            }
        });
    }

    /** Removes exactly what batch {@code batchId} added; the profile's allergy state and other-conditions text go back when the import set them. Returns how many entries were removed. */
    public int undo(long personId, long batchId) {
        return db.inTransaction(c -> {
            String prevState;
            String stateAfter;
            String prevOther;
            String otherAfter;
            try (PreparedStatement ps = c.prepareStatement("SELECT previous_allergy_state, allergy_state_after, previous_other_conditions, "
                    + "other_conditions_after FROM import_batch WHERE id = ? AND person_id = ?")) {
                ps.setLong(1, batchId);
                ps.setLong(2, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new InvalidInputException("That import was already undone.");
                    prevState = rs.getString(1);
                    stateAfter = rs.getString(2);
                    prevOther = rs.getString(3);
                    otherAfter = rs.getString(4);
                }
            }
            int removed;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM medication WHERE person_id = ? AND import_batch_id = ?")) {
                ps.setLong(1, personId);
                ps.setLong(2, batchId);
                removed = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM allergy WHERE person_id = ? AND import_batch_id = ?")) {
                ps.setLong(1, personId);
                ps.setLong(2, batchId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM person_condition WHERE person_id = ? AND code IN (SELECT code FROM import_condition WHERE batch_id = ?)")) {
                ps.setLong(1, personId);
                ps.setLong(2, batchId);
                ps.executeUpdate();
            }
            int allergiesLeft;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM allergy WHERE person_id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    allergiesLeft = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET allergy_state = CASE WHEN allergy_state = ? AND ? = 0 THEN ? "
                    + "ELSE allergy_state END, other_conditions = CASE WHEN other_conditions = ? THEN ? ELSE other_conditions END WHERE id = ?")) {
                ps.setString(1, stateAfter);
                ps.setInt(2, allergiesLeft);
                ps.setString(3, prevState);
                ps.setString(4, otherAfter);
                ps.setString(5, prevOther);
                ps.setLong(6, personId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM import_batch WHERE id = ?")) {
                ps.setLong(1, batchId);
                ps.executeUpdate();
            }
            return removed;
        });
    }

    /** The RxNorm code kept with each of a person's entries that has one and still has the name it was given for. */
    public Map<Long, String> rxnormCodes(long personId) {
        return db.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, rxnorm FROM medication WHERE person_id = ? AND rxnorm <> '' AND rxnorm_name = name")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Where an entry was imported from; empty for an entry typed in MedList. */
    public Optional<Source> source(long medicationId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT b.id, b.source_name, b.format, b.imported_on FROM medication m "
                    + "JOIN import_batch b ON b.id = m.import_batch_id WHERE m.id = ?")) {
                ps.setLong(1, medicationId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(source(rs)) : Optional.<Source>empty();
                }
            }
        });
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(rs.getLong(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)));
    }

}
