package org.medlist.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medlist.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", description = {"Replace the database with a backup FILE. The file is checked first;",
        "the database it replaces is kept beside it as <name>.before-restore-<time>."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand MedListCommand root;
    @Parameters(paramLabel = "FILE") Path file;

    @Override
    public Integer call() {
        var kept = Backups.restore(root.databasePath(), file);
        root.out().println("restored from " + file.toAbsolutePath() + kept.map(k -> "; the previous database is kept as " + k).orElse(""));
        return MedListCommand.OK;
    }
}
