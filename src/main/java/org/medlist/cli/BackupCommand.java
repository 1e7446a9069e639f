package org.medlist.cli;

import org.medlist.app.MedList;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", description = "Copy the whole database to FILE (SQLite online backup; safe while MedList runs).")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
        try (MedList app = root.openMedList()) {
            app.backupTo(file);
        }
        root.out().println("backed up to " + file.toAbsolutePath());
        return MedListCommand.OK;
    }
}
