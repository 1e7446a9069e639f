package org.medlist.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a MedList file of each schema version holds, exactly: the {@code sqlite_master} rows (tables,
 * columns and constraints as written, indexes, no triggers or views) of a fresh database built by
 * {@link Migrations} up to that version in memory. A file is MedList's when it carries
 * {@link #APPLICATION_ID}, or — files from before the id — when its schema is exactly one of these.
 */
final class Schema {
    /** {@code PRAGMA application_id} of every MedList database: the bytes "MdLs" (0x4D644C73 = 1298418803). */
    static final int APPLICATION_ID = 0x4D644C73;

    private static final Map<Integer, Set<String>> EXPECTED = new ConcurrentHashMap<>();

    private Schema() {}

    /** The schema a fresh MedList database of {@code version} has. */
    static Set<String> expected(int version) {
        return EXPECTED.computeIfAbsent(version, v -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
                for (int step = 0; step < v; step++) for (String sql : Migrations.STEPS.get(step)) s.execute(sql);
                return actual(c);
            } catch (SQLException e) {
                throw new IllegalStateException("MedList's own schema " + v + " cannot be built", e);
            }
        });
    }

    /** Every schema object of the file, one line each (type, name, table, SQL); {@code sqlite_sequence} is SQLite's own. */
    static Set<String> actual(Connection c) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name <> 'sqlite_sequence'")) {
            while (rs.next()) rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
        }
        return rows;
    }

    static boolean matches(Connection c, int version) throws SQLException {
        return version >= 1 && version <= Migrations.latestVersion() && actual(c).equals(expected(version));
    }

    static int applicationId(Connection c) throws SQLException {
        return intPragma(c, "application_id");
    }

    static int userVersion(Connection c) throws SQLException {
        return intPragma(c, "user_version");
    }

    private static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static int objectCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Rows that break a CHECK constraint of the schema (a file can hold them when another program wrote it
     * with {@code ignore_check_constraints}); each problem names the table and the rule.
     */
    static List<String> checkViolations(Connection c, int version) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String row : expected(version)) {
            if (!row.startsWith("table ")) continue;
            String table = row.split(" ", 3)[1];
            String sql = row.substring(row.indexOf("CREATE TABLE"));
            for (String check : checks(sql)) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\" WHERE NOT (" + check + ")")) {
                    if (rs.next() && rs.getInt(1) > 0) problems.add(table + ": " + rs.getInt(1) + " rows break CHECK (" + check + ")");
                }
            }
        }
        return problems;
    }

    /** The expressions of every {@code CHECK (...)} in a CREATE TABLE statement, parentheses balanced. */
    static List<String> checks(String createTable) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bCHECK\\s*\\(").matcher(createTable);
        int from = 0;
        while (m.find(from)) {
            int open = m.end() - 1;
            int depth = 0;
            boolean quoted = false;
            int end = createTable.length();
            for (int i = open; i < createTable.length(); i++) {
                char ch = createTable.charAt(i);
                if (ch == '\'') quoted = !quoted;
                if (quoted) continue;
                if (ch == '(') depth++;
                if (ch == ')' && --depth == 0) {
                    found.add(createTable.substring(open + 1, i).trim());
                    end = i;
                    break;
                }
            }
            from = end;
        }
        return found;
    }
}
