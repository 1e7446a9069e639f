package org.medlist.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file. The window uses the system's file dialog; tests give a picker that
 * answers with a file of theirs, so that the rest of each flow (dialogs, files, tables) runs for real.
 */
public interface FilePicker {
    /** {@code extensions} like "*.csv"; the first names the filter. */
    Optional<Path> save(Window owner, String title, String suggestedName, String filterName, String... extensions);

    Optional<Path> open(Window owner, String title, String filterName, String... extensions);

    static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, String filterName, String... extensions) {
                FileChooser c = chooser(title, filterName, extensions);
                c.setInitialFileName(suggestedName);
                return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner, String title, String filterName, String... extensions) {
                return Optional.ofNullable(chooser(title, filterName, extensions).showOpenDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, String filterName, String... extensions) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                if (extensions.length > 0) c.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, extensions));
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
                return c;
            }
        };
    }
}
