package org.medlist.store;

import org.medlist.model.InvalidInputException;
import org.medlist.model.TextRules;
import org.medlist.model.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The people whose lists are kept (a caregiver keeps several). Owns the {@code person} table. */
public final class PersonStore {
    public static final int MAX_NAME_LENGTH = 100;
    private final Database db;

    public PersonStore(Database db) { this.db = db; }

    public List<Person> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, born, notes FROM person ORDER BY name COLLATE NOCASE, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Person> people = new ArrayList<>();
                while (rs.next()) people.add(read(rs));
                return people;
            }
        });
    }

    public Optional<Person> findByName(String name) {
        return db.read(c -> findByName(c, name.strip()));
    }

    /** The person called {@code name}, or an {@link InvalidInputException} saying there is none. */
    public Person require(String name) {
        return findByName(name).orElseThrow(() -> new InvalidInputException("No person named '" + name.strip() + "'."));
    }

    public Person add(String name) {
        String clean = validName(name);
        return db.inTransaction(c -> {
            if (findByName(c, clean).isPresent()) throw new InvalidInputException("A person named '" + clean + "' already exists.");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO person(name) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, clean);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Person(keys.getLong(1), clean, Optional.empty(), "");
                }
            }
        });
    }

    public Person rename(long id, String newName) {
        String clean = validName(newName);
        return db.inTransaction(c -> {
            Optional<Person> other = findByName(c, clean);
            if (other.isPresent() && other.get().id() != id) throw new InvalidInputException("A person named '" + clean + "' already exists.");
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET name = ? WHERE id = ?")) {
                ps.setString(1, clean);
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) throw new InvalidInputException("That person no longer exists.");
            }
            return byId(c, id);
        });
    }


    /** Free-text notes about the person (shown in their profile). */
    public Person setNotes(long id, String notes) {
        String clean = notes == null ? "" : notes;
        if (clean.length() > 5_000) throw new InvalidInputException("The notes are too long (at most 5000 characters).");
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET notes = ? WHERE id = ?")) {
                ps.setString(1, clean);
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) throw new InvalidInputException("That person no longer exists.");
            }
            return byId(c, id);
        });
    }

    /** Removes the person and, with them, their whole medication history. */
    public void remove(long id) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM person WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) throw new InvalidInputException("That person no longer exists.");
            }
            return null;
        });
    }

    static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) throw new InvalidInputException("Enter the person's name.");
        if (clean.length() > MAX_NAME_LENGTH) throw new InvalidInputException("The person's name is too long (at most " + MAX_NAME_LENGTH + " characters).");
        if (!TextRules.isOneLineOfText(clean)) throw new InvalidInputException("The person's name contains control characters or broken characters.");
        return clean;
    }

    private Optional<Person> findByName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, born, notes FROM person WHERE name = ? COLLATE NOCASE")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private Person byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, born, notes FROM person WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new InvalidInputException("That person no longer exists.");
                return read(rs);
            }
        }
    }

    private Person read(ResultSet rs) throws SQLException {
        String who = StoredValues.quoted(rs.getString("name"));
        return new Person(rs.getLong("id"), rs.getString("name"),
                StoredValues.date(db, rs.getString("born"), who, "birth date", "it is treated as not known"), rs.getString("notes"));
    }
}
