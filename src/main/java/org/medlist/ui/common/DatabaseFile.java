package org.medlist.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** The open database as a file: where it is, its latest automatic backup, and replacing it with a backup. Worker thread only. */
public interface DatabaseFile {
    Path path();

    Optional<Path> latestAutomaticBackup();

    /** Checks {@code backup}, closes the open database and replaces it; returns where the replaced file was kept. */
    Optional<Path> restoreFrom(Path backup);
}
