package org.medlist.store;

import org.medlist.model.InvalidInputException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.medlist.model.Profile;
import org.medlist.model.TextRules;

/** A person's profile: date of birth, pregnancy and breastfeeding, driving, alcohol, allergies and conditions. */
public final class ProfileStore {
    private final Database db;

    public ProfileStore(Database db) { this.db = db; }

    public Profile get(long personId) {
        return db.read(c -> {
            Profile base;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT born, pregnant, planning_pregnancy, breastfeeding, drives, drinks_alcohol, allergy_state, other_conditions FROM person WHERE id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new InvalidInputException("That person no longer exists.");
                    String who = "Person " + personId;
                    base = new Profile(StoredValues.date(db, rs.getString(1), who, "birth date", "it is treated as not known"), Optional.empty(),
                            rs.getInt(2) == 1, rs.getInt(3) == 1, rs.getInt(4) == 1, bool(rs, 5), bool(rs, 6),
                            StoredValues.oneOf(db, Profile.AllergyState.class, rs.getString(7), Profile.AllergyState.NOT_RECORDED, who, "allergy record"),
                            List.of(), Set.of(), rs.getString(8));
                }
            }
            return new Profile(base.born(), Optional.empty(), base.pregnant(), base.planningPregnancy(), base.breastfeeding(), base.drives(),
                    base.drinksAlcohol(), base.allergyState(), allergies(c, personId), conditions(c, personId), base.otherConditions());
        });
    }

    /** Replaces the whole profile in one transaction. */
    public Profile save(long personId, Profile p) {
        for (Profile.Allergy a : p.allergies()) {
            if (a.substance().isBlank()) throw new InvalidInputException("An allergy needs the name of the medicine or group.");
            if (a.substance().length() > 200 || a.reaction().length() > 500) throw new InvalidInputException("An allergy entry is too long.");
        }
        if (p.born().isPresent() && p.born().get().isAfter(db.today())) throw new InvalidInputException("The date of birth is in the future.");
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET born=?, pregnant=?, planning_pregnancy=?, breastfeeding=?, "
                    + "drives=?, drinks_alcohol=?, allergy_state=?, other_conditions=? WHERE id=?")) {
                ps.setString(1, p.born().map(LocalDate::toString).orElse(null));
                ps.setInt(2, p.pregnant() ? 1 : 0);
                ps.setInt(3, p.planningPregnancy() ? 1 : 0);
                ps.setInt(4, p.breastfeeding() ? 1 : 0);
                setBool(ps, 5, p.drives());
                setBool(ps, 6, p.drinksAlcohol());
                ps.setString(7, p.allergyState().name());
                ps.setString(8, p.otherConditions());
                ps.setLong(9, personId);
                if (ps.executeUpdate() == 0) throw new InvalidInputException("That person no longer exists.");
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM allergy WHERE person_id = ?")) {
                del.setLong(1, personId);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO allergy(person_id, position, substance, reaction) VALUES (?,?,?,?)")) {
                for (int i = 0; i < p.allergies().size(); i++) {
                    ins.setLong(1, personId);
                    ins.setInt(2, i);
                    ins.setString(3, p.allergies().get(i).substance());
                    ins.setString(4, p.allergies().get(i).reaction());
                    ins.executeUpdate();
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM person_condition WHERE person_id = ?")) {
                del.setLong(1, personId);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO person_condition(person_id, code) VALUES (?,?)")) {
                for (String code : new TreeSet<>(p.conditions())) {
                    ins.setLong(1, personId);
                    ins.setString(2, code);
                    ins.executeUpdate();
                }
            }
            return null;
        });
        return get(personId);
    }

    public static final int MAX_EMERGENCY_CONTACT_LENGTH = 200;

    /** Who to call in an emergency, as the person wrote it (for the wallet card); empty when not given. */
    public String emergencyContact(long personId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT emergency_contact FROM person WHERE id = ?")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new InvalidInputException("That person no longer exists.");
                    return rs.getString(1);
                }
            }
        });
    }

    /** The contact as it will be stored (trimmed), or an {@link InvalidInputException} saying what is wrong with it. */
    public static String validEmergencyContact(String contact) {
        String clean = contact == null ? "" : contact.strip();
        if (clean.length() > MAX_EMERGENCY_CONTACT_LENGTH) {
            throw new InvalidInputException("The emergency contact is too long (at most " + MAX_EMERGENCY_CONTACT_LENGTH + " characters).");
        }
        if (!TextRules.isWellFormed(clean) || !TextRules.isOneLineOfText(clean)) {
            throw new InvalidInputException("The emergency contact must be one line of text.");
        }
        return clean;
    }

    public void setEmergencyContact(long personId, String contact) {
        String clean = validEmergencyContact(contact);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET emergency_contact = ? WHERE id = ?")) {
                ps.setString(1, clean);
                ps.setLong(2, personId);
                if (ps.executeUpdate() == 0) throw new InvalidInputException("That person no longer exists.");
            }
            return null;
        });
    }

    private static List<Profile.Allergy> allergies(Connection c, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT substance, reaction FROM allergy WHERE person_id = ? ORDER BY position")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Profile.Allergy> out = new ArrayList<>();
                while (rs.next()) out.add(new Profile.Allergy(rs.getString(1), rs.getString(2)));
                return out;
            }
        }
    }

    private static Set<String> conditions(Connection c, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM person_condition WHERE person_id = ?")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                Set<String> out = new TreeSet<>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            }
        }
    }

    private static Optional<Boolean> bool(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v == 1);
    }

    private static void setBool(PreparedStatement ps, int index, Optional<Boolean> value) throws SQLException {
        if (value.isEmpty()) ps.setNull(index, Types.INTEGER);
        else ps.setInt(index, value.get() ? 1 : 0);
    }
}
