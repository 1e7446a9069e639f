package org.medlist.store;

import org.medlist.model.InvalidInputException;
import org.medlist.model.TextRules;
import org.medlist.model.Question;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The questions a person wants to ask at their next appointment; printed on the summary. */
public final class QuestionStore {
    public static final int MAX_LENGTH = 1_000;
    private final Database db;

    public QuestionStore(Database db) { this.db = db; }

    public List<Question> forPerson(long personId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, text, added_on FROM question WHERE person_id = ? ORDER BY id")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Question> out = new ArrayList<>();
                    while (rs.next()) {
                        // a question whose date cannot be read keeps its text: it is dated today rather than lost
                        LocalDate added = StoredValues.date(db, rs.getString(3), "Question " + rs.getLong(1), "date it was written",
                                "it is shown as written today").orElse(db.today());
                        out.add(new Question(rs.getLong(1), personId, rs.getString(2), added));
                    }
                    return out;
                }
            }
        });
    }

    public Question add(long personId, String text, LocalDate on) {
        String valid = validate(text);
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO question(person_id, text, added_on) VALUES (?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, personId);
                ps.setString(2, valid);
                ps.setString(3, on.toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Question(keys.getLong(1), personId, valid, on);
                }
            }
        });
    }

    public void edit(long personId, long id, String text) {
        String valid = validate(text);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE question SET text = ? WHERE person_id = ? AND id = ?")) {
                ps.setString(1, valid);
                ps.setLong(2, personId);
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) throw new InvalidInputException("That question no longer exists.");
            }
            return null;
        });
    }

    public void remove(long personId, long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM question WHERE person_id = ? AND id = ?")) {
                ps.setLong(1, personId);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Questions are free text, but one line each: they are printed as a list. */
    static String validate(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new InvalidInputException("Write the question first.");
        if (t.length() > MAX_LENGTH) throw new InvalidInputException("The question is too long (at most " + MAX_LENGTH + " characters).");
        if (!TextRules.isOneLineOfText(t)) throw new InvalidInputException("A question is one line: it cannot contain line breaks or control characters.");
        return t;
    }
}
