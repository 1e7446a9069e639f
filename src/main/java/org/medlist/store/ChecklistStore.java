package org.medlist.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Ticked precaution items per person, with the day they were ticked. */
public final class ChecklistStore {
    private final Database db;

    public ChecklistStore(Database db) { this.db = db; }

    public Map<String, LocalDate> ticks(long personId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT item_key, ticked_on FROM checklist_tick WHERE person_id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, LocalDate> out = new HashMap<>();
                    while (rs.next()) {
                        String key = rs.getString(1);
                        StoredValues.date(db, rs.getString(2), "Checklist item " + StoredValues.quoted(key), "date it was ticked",
                                "it is shown as not ticked").ifPresent(d -> out.put(key, d));
                    }
                    return out;
                }
            }
        });
    }

    public void tick(long personId, String itemKey, LocalDate on) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO checklist_tick(person_id, item_key, ticked_on) VALUES (?,?,?) "
                    + "ON CONFLICT(person_id, item_key) DO UPDATE SET ticked_on = excluded.ticked_on")) {
                ps.setLong(1, personId);
                ps.setString(2, itemKey);
                ps.setString(3, on.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void untick(long personId, String itemKey) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM checklist_tick WHERE person_id = ? AND item_key = ?")) {
                ps.setLong(1, personId);
                ps.setString(2, itemKey);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Forgets ticks of items that no longer apply, so that an item that applies again comes back unticked.
     * Returns the ticks that remain.
     */
    public Map<String, LocalDate> keepOnly(long personId, Collection<String> applying) {
        Map<String, LocalDate> ticks = ticks(personId);
        if (ticks.keySet().stream().allMatch(applying::contains)) return ticks;
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM checklist_tick WHERE person_id = ? AND item_key = ?")) {
                for (String key : ticks.keySet()) {
                    if (applying.contains(key)) continue;
                    ps.setLong(1, personId);
                    ps.setString(2, key);
                    ps.executeUpdate();
                }
            }
            Map<String, LocalDate> left = new HashMap<>(ticks);
            left.keySet().retainAll(applying);
            return left;
        });
    }
}
