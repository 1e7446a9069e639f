package org.medlist.store;

import org.medlist.model.MedicationDetails;
import org.medlist.model.Person;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;

/**
 * The damaged or unexpected files MedList must meet at start, each made from a real MedList database
 * that has an automatic backup (except where there is no file at all).
 */
public enum DamagedFile {
    TRUNCATED("is damaged"),
    RANDOM_BYTES("not a MedList database or is damaged"),
    NOT_SQLITE("not a MedList database or is damaged"),
    NEWER_SCHEMA("newer MedList"),
    READ_ONLY("is read-only"),
    FOLDER_CANNOT_BE_CREATED("Cannot create the folder");

    public final String message;

    DamagedFile(String message) { this.message = message; }

    public boolean hasBackup() { return this != FOLDER_CANNOT_BE_CREATED; }

    /** Makes the case in a new folder under {@code dir}; returns the database path to open. */
    public Path create(Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name().toLowerCase() + "-" + System.nanoTime()));
        if (this == FOLDER_CANNOT_BE_CREATED) {
            Path notAFolder = Files.writeString(folder.resolve("plain-file"), "a file where the folder should be");
            return notAFolder.resolve("medlist").resolve("medlist.db");
        }
        Path file = folder.resolve("medlist.db");
        try (Database db = Database.open(file)) {
            Person ann = new PersonStore(db).add("Ann");
            for (int i = 0; i < 40; i++) {
                new MedicationStore(db).add(ann.id(), new MedicationDetails("Medicine " + i, "", "", "", "", null, "", "", "", null,
                        "notes ".repeat(300), null), MedicationStore.Recognition.NOT_RECOGNIZED);
            }
            Backups.dailyIfDue(db);
        }
        switch (this) {
            case TRUNCATED -> {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(f.length() / 2);
                }
            }
            case RANDOM_BYTES -> {
                byte[] junk = new byte[16384];
                new Random(5).nextBytes(junk);
                Files.write(file, junk);
            }
            case NOT_SQLITE -> Files.writeString(file, "name,dose\nAspirin,1 tablet\n");
            case NEWER_SCHEMA -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 99");
                }
            }
            case READ_ONLY -> makeReadOnly(file);
            default -> throw new IllegalStateException();
        }
        return file;
    }

    /** Undoes what the case did to the file system, so that the temporary folder can be deleted. */
    public void cleanUp(Path file) throws IOException, InterruptedException {
        if (this == READ_ONLY && Files.exists(file)) {
            if (isRoot()) new ProcessBuilder("chattr", "-i", file.toString()).inheritIO().start().waitFor();
            file.toFile().setWritable(true);
        }
    }

    /** chmod is not enough for root (who may write anyway): the immutable attribute stops root too. */
    private static void makeReadOnly(Path file) throws IOException, InterruptedException {
        file.toFile().setWritable(false, false);
        if (isRoot()) {
            int code = new ProcessBuilder("chattr", "+i", file.toString()).inheritIO().start().waitFor();
            if (code != 0) throw new IllegalStateException("chattr +i failed; cannot make a read-only file for root here");
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
