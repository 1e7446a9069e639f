package org.medlist.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When a person's appointment summary or wallet card was printed or saved. The last summary is where
 * the next one's "what changed since" starts. Owns {@code summary_printed}.
 */
public final class PrintedSummaryStore {
    public enum What {
        SUMMARY("summary"), CARD("card");

        private final String code;

        What(String code) { this.code = code; }
    }

    private final Database db;

    public PrintedSummaryStore(Database db) { this.db = db; }

    public void record(long personId, What what, LocalDateTime at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO summary_printed(person_id, printed_at, what) VALUES (?,?,?)")) {
                ps.setLong(1, personId);
                ps.setString(2, at.withNano(0).toString());
                ps.setString(3, what.code);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The last time {@code what} was printed or saved for this person, if ever. */
    public Optional<LocalDateTime> last(long personId, What what) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT max(printed_at) FROM summary_printed WHERE person_id = ? AND what = ?")) {
                ps.setLong(1, personId);
                ps.setString(2, what.code);
                try (ResultSet rs = ps.executeQuery()) {
                    String at = rs.next() ? rs.getString(1) : null;
                    return at == null ? Optional.empty() : Optional.of(LocalDateTime.parse(at));
                }
            }
        });
    }
}
