package org.medlist.store;

import org.medlist.model.InvalidInputException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** "Discussed with my doctor on …" dates, per person and finding key. Recording one never hides a warning. */
public final class DiscussedStore {
    private final Database db;

    public DiscussedStore(Database db) { this.db = db; }

    public Map<String, LocalDate> forPerson(long personId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT finding_key, discussed_on FROM finding_discussed WHERE person_id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, LocalDate> out = new HashMap<>();
                    while (rs.next()) {
                        String key = rs.getString(1);
                        StoredValues.date(db, rs.getString(2), "Warning " + StoredValues.quoted(key), "date it was discussed",
                                "it is shown as not discussed").ifPresent(d -> out.put(key, d));
                    }
                    return out;
                }
            }
        });
    }

    public void record(long personId, String findingKey, LocalDate on) {
        if (on.isAfter(db.today())) throw new InvalidInputException("The date a warning was discussed cannot be in the future.");
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO finding_discussed(person_id, finding_key, discussed_on) VALUES (?,?,?) "
                    + "ON CONFLICT(person_id, finding_key) DO UPDATE SET discussed_on = excluded.discussed_on")) {
                ps.setLong(1, personId);
                ps.setString(2, findingKey);
                ps.setString(3, on.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void clear(long personId, String findingKey) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM finding_discussed WHERE person_id = ? AND finding_key = ?")) {
                ps.setLong(1, personId);
                ps.setString(2, findingKey);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
