package org.medlist.store;

import org.medlist.model.InvalidInputException;
import org.medlist.model.TimeOfDay;
import org.medlist.model.Kind;
import org.medlist.model.MedicationDetails;
import org.medlist.model.Medication;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Medication entries per person, current and stopped. Owns {@code medication} and its ingredients. */
public final class MedicationStore {
    private static final String COLUMNS = "id, person_id, name, strength, dose, form, route, times, when_text, reason, "
            + "prescriber, started, stopped, notes, kind, recognized_name, kb_version";

    private final Database db;
    private final Clock clock;

    public MedicationStore(Database db) { this(db, Clock.systemDefaultZone()); }

    /** With the clock that dates the change log (tests set the day). */
    public MedicationStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What the knowledge base made of an entry's name; {@link #NOT_RECOGNIZED} when it knows nothing of it. */
    public record Recognition(String recognizedName, List<String> ingredients, String kbVersion) {
        public static final Recognition NOT_RECOGNIZED = new Recognition("", List.of(), "");

        public Recognition {
            ingredients = List.copyOf(ingredients);
        }
    }

    public List<Medication> current(long personId) {
        return query("SELECT " + COLUMNS + " FROM medication WHERE person_id = ? AND stopped IS NULL ORDER BY name COLLATE NOCASE, id", personId);
    }

    /** Current and stopped entries: current ones first, then the most recently stopped. */
    public List<Medication> all(long personId) {
        return query("SELECT " + COLUMNS + " FROM medication WHERE person_id = ? "
                + "ORDER BY stopped IS NOT NULL, stopped DESC, name COLLATE NOCASE, id", personId);
    }

    public List<Medication> stopped(long personId) {
        return query("SELECT " + COLUMNS + " FROM medication WHERE person_id = ? AND stopped IS NOT NULL "
                + "ORDER BY stopped DESC, name COLLATE NOCASE, id", personId);
    }

    public Optional<Medication> find(long personId, long id) {
        List<Medication> found = query("SELECT " + COLUMNS + " FROM medication WHERE person_id = ? AND id = ?", personId, id);
        return found.stream().findFirst();
    }

    public Medication require(long personId, long id) {
        return find(personId, id).orElseThrow(() -> new InvalidInputException("No medication with id " + id + " for this person."));
    }

    public Medication add(long personId, MedicationDetails details, Recognition recognition) {
        MedicationDetails valid = details.validated(db.today());
        return db.inTransaction(c -> {
            requirePerson(c, personId);
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO medication(person_id, name, strength, dose, form, route, times, when_text, reason, prescriber, "
                    + "started, notes, kind, recognized_name, kb_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, personId);
                bindDetails(ps, 2, valid);
                ps.setString(14, recognition.recognizedName());
                ps.setString(15, recognition.kbVersion());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeIngredients(c, id, recognition.ingredients());
            logChange(c, personId, id, MedicationChange.Field.ADDED, "", valid.name());
            return byId(c, personId, id);
        });
    }

    public Medication update(long personId, long id, MedicationDetails details, Recognition recognition) {
        MedicationDetails valid = details.validated(db.today());
        return db.inTransaction(c -> {
            Medication before = byId(c, personId, id);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE medication SET name=?, strength=?, dose=?, form=?, route=?, times=?, when_text=?, reason=?, prescriber=?, "
                    + "started=?, notes=?, kind=?, recognized_name=?, kb_version=? WHERE person_id=? AND id=?")) {
                bindDetails(ps, 1, valid);
                ps.setString(13, recognition.recognizedName());
                ps.setString(14, recognition.kbVersion());
                ps.setLong(15, personId);
                ps.setLong(16, id);
                if (ps.executeUpdate() == 0) throw unknownId(id);
            }
            writeIngredients(c, id, recognition.ingredients());
            logDifferences(c, personId, id, before.details(), valid);
            return byId(c, personId, id);
        });
    }

    /** Re-records what a (newer) knowledge base recognises, without touching what the user entered. */
    public void updateRecognition(long id, Recognition recognition) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE medication SET recognized_name=?, kb_version=? WHERE id=?")) {
                ps.setString(1, recognition.recognizedName());
                ps.setString(2, recognition.kbVersion());
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            writeIngredients(c, id, recognition.ingredients());
            return null;
        });
    }

    /**
     * Re-records what a newer knowledge base recognises for several entries in one transaction: one
     * commit (and one sync to disk) for the lot instead of one per entry, which made the first check of a
     * long list after an update take seconds.
     */
    public void updateRecognitions(java.util.Map<Long, Recognition> byId) {
        if (byId.isEmpty()) return;
        db.inTransaction(c -> {
            byId.forEach(this::updateRecognition);
            return null;
        });
    }

    /** Stops an entry: it leaves the current list and stays in the history. */
    public Medication stop(long personId, long id, LocalDate on) {
        return db.inTransaction(c -> {
            Medication m = byId(c, personId, id);
            if (m.stopped().isPresent()) throw new InvalidInputException("Medication " + id + " was already stopped on " + m.stopped().get() + ".");
            try (PreparedStatement ps = c.prepareStatement("UPDATE medication SET stopped = ? WHERE person_id = ? AND id = ?")) {
                ps.setString(1, on.toString());
                ps.setLong(2, personId);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            return byId(c, personId, id);
        });
    }

    /** Puts a stopped entry back on the current list. */
    public Medication resume(long personId, long id) {
        return db.inTransaction(c -> {
            Medication before = byId(c, personId, id);
            if (before.stopped().isPresent()) {
                logChange(c, personId, id, MedicationChange.Field.RESUMED, before.stopped().get().toString(), "");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE medication SET stopped = NULL WHERE person_id = ? AND id = ?")) {
                ps.setLong(1, personId);
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) throw unknownId(id);
            }
            return byId(c, personId, id);
        });
    }

    /** Deletes an entry for good and returns it, so that the caller can offer to undo. */
    public Medication remove(long personId, long id) {
        return db.inTransaction(c -> {
            Medication m = byId(c, personId, id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM medication WHERE person_id = ? AND id = ?")) {
                ps.setLong(1, personId);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return m;
        });
    }

    /** Puts back a deleted entry exactly as it was, under its old id (ids are never reused). */
    public Medication restore(Medication deleted) {
        return db.inTransaction(c -> {
            requirePerson(c, deleted.personId());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO medication(name, strength, dose, form, route, times, when_text, reason, prescriber, started, notes, kind, "
                    + "recognized_name, kb_version, id, person_id, stopped) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                bindDetails(ps, 1, deleted.details());
                ps.setString(13, deleted.recognizedName());
                ps.setString(14, deleted.kbVersion());
                ps.setLong(15, deleted.id());
                ps.setLong(16, deleted.personId());
                ps.setString(17, deleted.stopped().map(LocalDate::toString).orElse(null));
                ps.executeUpdate();
            }
            writeIngredients(c, deleted.id(), deleted.ingredients());
            return byId(c, deleted.personId(), deleted.id());
        });
    }

    /** An entry arriving from a file: what the user entered, whether it was stopped, and what it is recognised as. */
    public record Incoming(MedicationDetails details, Optional<LocalDate> stopped, Recognition recognition) {}

    /** Adds all entries in one transaction: either every one is written or none is. */
    public List<Medication> addAll(long personId, List<Incoming> entries) {
        for (Incoming e : entries) e.details().validated(db.today());
        return db.inTransaction(c -> {
            requirePerson(c, personId);
            List<Medication> added = new ArrayList<>(entries.size());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO medication(name, strength, dose, form, route, times, when_text, reason, prescriber, started, notes, kind, "
                    + "recognized_name, kb_version, person_id, stopped) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (Incoming e : entries) {
                    bindDetails(ps, 1, e.details());
                    ps.setString(13, e.recognition().recognizedName());
                    ps.setString(14, e.recognition().kbVersion());
                    ps.setLong(15, personId);
                    ps.setString(16, e.stopped().map(LocalDate::toString).orElse(null));
                    ps.executeUpdate();
                    long id;
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    writeIngredients(c, id, e.recognition().ingredients());
                    logChange(c, personId, id, MedicationChange.Field.ADDED, "", e.details().name());
                    added.add(byId(c, personId, id));
                }
            }
            return added;
        });
    }

    /**
     * What was added, changed or put back on or after {@code since}, for entries that still exist,
     * oldest first.
     */
    public List<MedicationChange> changesSince(long personId, LocalDate since) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ch.medication_id, ch.changed_at, ch.field, ch.before, ch.after FROM medication_change ch "
                    + "JOIN medication m ON m.id = ch.medication_id AND m.person_id = ch.person_id "
                    + "WHERE ch.person_id = ? AND ch.changed_at >= ? ORDER BY ch.changed_at, ch.id")) {
                ps.setLong(1, personId);
                ps.setString(2, since.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    List<MedicationChange> out = new ArrayList<>();
                    while (rs.next()) {
                        try {
                            out.add(new MedicationChange(rs.getLong(1), LocalDateTime.parse(rs.getString(2)),
                                    MedicationChange.Field.fromCode(rs.getString(3)), rs.getString(4), rs.getString(5)));
                        } catch (RuntimeException unreadable) {
                            db.warn("Entry " + rs.getLong(1) + ": a change stored as \"" + StoredValues.quoted(rs.getString(2) + " " + rs.getString(3))
                                    + "\" cannot be read; it is left out of \"what changed\".");
                        }
                    }
                    return out;
                }
            }
        });
    }

    /** The fields a clinician reads as a change of treatment; notes, reason and prescriber are not logged. */
    private void logDifferences(Connection c, long personId, long id, MedicationDetails was, MedicationDetails now) throws SQLException {
        if (!was.name().equals(now.name())) logChange(c, personId, id, MedicationChange.Field.NAME, was.name(), now.name());
        if (!was.strength().equals(now.strength())) logChange(c, personId, id, MedicationChange.Field.STRENGTH, was.strength(), now.strength());
        if (!was.dose().equals(now.dose())) logChange(c, personId, id, MedicationChange.Field.DOSE, was.dose(), now.dose());
        String whenWas = Medication.describeWhen(was.times(), was.whenText());
        String whenNow = Medication.describeWhen(now.times(), now.whenText());
        if (!whenWas.equals(whenNow)) logChange(c, personId, id, MedicationChange.Field.WHEN, whenWas, whenNow);
    }

    private void logChange(Connection c, long personId, long id, MedicationChange.Field field, String before, String after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO medication_change(person_id, medication_id, changed_at, field, before, after) VALUES (?,?,?,?,?,?)")) {
            ps.setLong(1, personId);
            ps.setLong(2, id);
            ps.setString(3, LocalDateTime.now(clock).withNano(0).toString());
            ps.setString(4, field.code);
            ps.setString(5, before);
            ps.setString(6, after);
            ps.executeUpdate();
        }
    }

    private static void bindDetails(PreparedStatement ps, int first, MedicationDetails d) throws SQLException {
        int i = first;
        ps.setString(i++, d.name());
        ps.setString(i++, d.strength());
        ps.setString(i++, d.dose());
        ps.setString(i++, d.form());
        ps.setString(i++, d.route());
        ps.setString(i++, TimeOfDay.encode(d.times()));
        ps.setString(i++, d.whenText());
        ps.setString(i++, d.reason());
        ps.setString(i++, d.prescriber());
        ps.setString(i++, d.started().map(LocalDate::toString).orElse(null));
        ps.setString(i++, d.notes());
        ps.setString(i, d.kind().code());
    }

    private static void writeIngredients(Connection c, long id, List<String> ingredients) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM medication_ingredient WHERE medication_id = ?")) {
            del.setLong(1, id);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO medication_ingredient(medication_id, position, ingredient) VALUES (?,?,?)")) {
            for (int i = 0; i < ingredients.size(); i++) {
                ins.setLong(1, id);
                ins.setInt(2, i);
                ins.setString(3, ingredients.get(i));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private List<Medication> query(String sql, long... params) {
        return db.read(c -> query(c, sql, params));
    }

    private List<Medication> query(Connection c, String sql, long... params) throws SQLException {
        Map<Long, Medication> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setLong(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) read(rs).ifPresent(m -> rows.put(m.id(), m));
            }
        }
        if (rows.isEmpty()) return List.of();
        Map<Long, List<String>> ingredients = ingredientsOf(c, params[0]);
        List<Medication> result = new ArrayList<>(rows.size());
        for (Medication m : rows.values()) {
            List<String> ings = ingredients.getOrDefault(m.id(), List.of());
            result.add(new Medication(m.id(), m.personId(), m.details(), m.stopped(), m.recognizedName(), ings, m.kbVersion()));
        }
        return result;
    }

    private static Map<Long, List<String>> ingredientsOf(Connection c, long personId) throws SQLException {
        Map<Long, List<String>> byMedication = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT mi.medication_id, mi.ingredient FROM medication_ingredient mi JOIN medication m ON m.id = mi.medication_id "
                + "WHERE m.person_id = ? ORDER BY mi.medication_id, mi.position")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) byMedication.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return byMedication;
    }

    private Medication byId(Connection c, long personId, long id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM medication WHERE person_id = ? AND id = ?", personId, id)
                .stream().findFirst().orElseThrow(() -> unknownId(id));
    }

    private static void requirePerson(Connection c, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new InvalidInputException("That person no longer exists.");
            }
        }
    }

    private static InvalidInputException unknownId(long id) {
        return new InvalidInputException("No medication with id " + id + " for this person.");
    }

    /**
     * One stored entry. A value another program wrote that MedList cannot read is reported by name and
     * left out (a start date, a time slot, a kind), so the rest of the list still works; an entry whose
     * stop date cannot be read is left out of the list altogether, since it cannot be shown as stopped
     * when, nor as current.
     */
    private Optional<Medication> read(ResultSet rs) throws SQLException {
        String entry = "Entry " + rs.getLong("id") + " (" + StoredValues.quoted(rs.getString("name")) + ")";
        String stoppedText = rs.getString("stopped");
        Optional<LocalDate> stopped = StoredValues.date(db, stoppedText, entry, "stop date", "it is left out of the list");
        if (stoppedText != null && stopped.isEmpty()) return Optional.empty();
        MedicationDetails details = new MedicationDetails(
                rs.getString("name"), rs.getString("strength"), rs.getString("dose"), rs.getString("form"), rs.getString("route"),
                StoredValues.times(db, rs.getString("times"), entry), rs.getString("when_text"), rs.getString("reason"), rs.getString("prescriber"),
                StoredValues.date(db, rs.getString("started"), entry, "start date", "it is shown without it"), rs.getString("notes"),
                StoredValues.kind(db, rs.getString("kind"), entry));
        return Optional.of(new Medication(rs.getLong("id"), rs.getLong("person_id"), details, stopped,
                rs.getString("recognized_name"), List.of(), rs.getString("kb_version")));
    }
}
