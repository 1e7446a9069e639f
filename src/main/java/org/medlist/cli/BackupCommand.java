package org.medlist.cli;

import org.medlist.app.MedList;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "backup", description = {"Copy the whole database to FILE (SQLite online backup; safe while MedList runs).",
        "The copy is readable by you only; an existing FILE is replaced only if it is a MedList backup (or with --force);",
        "a symbolic link at FILE is refused."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--force", description = "Replace FILE even if it is not a MedList backup.") boolean force;

    @Override
    public Integer call() {
        try (MedList app = root.openMedList()) {
            app.backupTo(file, force);
        }
        root.out().println("backed up to " + file.toAbsolutePath());
        return MedListCommand.OK;
    }
}
