package org.medlist.ui.exchange;

import java.time.LocalDate;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.medlist.exchange.ListExport;
import org.medlist.model.Medication;
import org.medlist.model.Person;
import org.medlist.ui.common.Dialogs;
import org.medlist.ui.common.FilePicker;
import org.medlist.ui.common.Icons;
import org.medlist.ui.people.PeopleViewModel;

/** The toolbar's "Print and share" menu: the summary, exports, import, backup and restore. File choosing only; the work is in {@link ExchangeViewModel}. */
public final class ShareMenu {
    private final Window owner;
    private final PeopleViewModel people;
    private final ExchangeViewModel exchange;
    private final Runnable reloadMedications;
    private final FilePicker files;

    private ShareMenu(Window owner, PeopleViewModel people, ExchangeViewModel exchange, Runnable reloadMedications, FilePicker files) {
        this.files = files;
        this.owner = owner;
        this.people = people;
        this.exchange = exchange;
        this.reloadMedications = reloadMedications;
    }

    public static MenuButton create(Window owner, PeopleViewModel people, ExchangeViewModel exchange, Runnable openSummary,
                                    Runnable reloadMedications, FilePicker files) {
        ShareMenu m = new ShareMenu(owner, people, exchange, reloadMedications, files);
        BooleanBinding noPerson = people.selectedProperty().isNull();
        MenuItem summary = item("menuSummary", "Print or save summary for the doctor…", MaterialDesignP.PRINTER, openSummary, noPerson);
        summary.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        MenuButton menu = new MenuButton("Print and share", Icons.of(MaterialDesignS.SHARE_VARIANT_OUTLINE),
                summary,
                new SeparatorMenuItem(),
                item("menuExportCsv", "Export list as CSV…", MaterialDesignF.FILE_DELIMITED_OUTLINE, () -> m.export(ListExport.Format.CSV), noPerson),
                item("menuExportFhir", "Export as FHIR R4 (JSON)…", MaterialDesignF.FILE_CODE_OUTLINE, () -> m.export(ListExport.Format.FHIR), noPerson),
                item("menuImportCsv", "Import medicines from CSV…", MaterialDesignF.FILE_IMPORT_OUTLINE, m::importCsv, noPerson),
                new SeparatorMenuItem(),
                item("menuBackup", "Back up the whole database…", MaterialDesignD.DATABASE_EXPORT_OUTLINE, m::backup, null),
                item("menuRestore", "Restore the database from a backup…", MaterialDesignD.DATABASE_IMPORT_OUTLINE, m::restore, null));
        menu.setId("shareMenu");
        menu.setAccessibleText("Print and share");
        return menu;
    }

    private static MenuItem item(String id, String text, org.kordamp.ikonli.Ikon icon, Runnable action, BooleanBinding disabled) {
        MenuItem i = new MenuItem(text, Icons.of(icon));
        i.setId(id);
        i.setOnAction(e -> action.run());
        if (disabled != null) i.disableProperty().bind(disabled);
        return i;
    }

    private void export(ListExport.Format format) {
        Person p = people.selected().orElse(null);
        if (p == null) return;
        boolean csv = format == ListExport.Format.CSV;
        files.save(owner, csv ? "Export the list as CSV" : "Export as FHIR R4 JSON",
                        "MedList " + safe(p.name()) + " " + exchange.today() + (csv ? ".csv" : ".json"),
                        csv ? "CSV (UTF-8)" : "FHIR JSON", csv ? "*.csv" : "*.json")
                .ifPresent(file -> exchange.export(p, format, file, () -> {}));
    }

    private void importCsv() {
        Person p = people.selected().orElse(null);
        if (p == null) return;
        files.open(owner, "Import medicines into " + p.name(), "CSV (UTF-8)", "*.csv", "*.txt")
                .ifPresent(file -> exchange.importCsv(p, file, outcome -> showOutcome(p, outcome)));
    }

    private void showOutcome(Person p, ExchangeViewModel.ImportOutcome outcome) {
        if (outcome.ok()) {
            reloadMedications.run();
            var notRecognised = outcome.added().stream().filter(m -> !m.isRecognized()).map(Medication::name).toList();
            Alert done = new Alert(Alert.AlertType.INFORMATION, "Imported " + outcome.added().size() + " entries into " + p.name() + "'s list."
                    + (notRecognised.isEmpty() ? "" : "\n\nNot recognised, so not checked for interactions: " + String.join(", ", notRecognised)),
                    ButtonType.OK);
            done.initOwner(owner);
            done.setHeaderText("Import finished");
            done.getDialogPane().setId("importDoneDialog");
            done.showAndWait();
            return;
        }
        Alert refused = new Alert(Alert.AlertType.ERROR, outcome.refusal(), ButtonType.OK);
        refused.initOwner(owner);
        refused.setHeaderText("Nothing was imported");
        refused.getDialogPane().setId("importRefusedDialog");
        if (!outcome.problems().isEmpty()) {
            TextArea rows = new TextArea(String.join("\n", outcome.problems().stream().map(Object::toString).toList()));
            rows.setId("importProblems");
            rows.setEditable(false);
            rows.setWrapText(true);
            refused.getDialogPane().setExpandableContent(rows);
            refused.getDialogPane().setExpanded(true);
        }
        refused.showAndWait();
    }

    private void backup() {
        files.save(owner, "Back up the whole database", "MedList backup " + exchange.today() + ".db", "MedList database", "*.db")
                .ifPresent(exchange::backupTo);
    }

    private void restore() {
        files.open(owner, "Restore from a backup", "MedList database", "*.db").ifPresent(file -> {
            if (Dialogs.confirm(owner, "Restore from backup", "Replace everything in MedList (all people and lists) with the backup "
                    + file.getFileName() + "? The backup is checked first, and the current database is kept beside it.", "Restore")) {
                exchange.restoreFrom(file, people::load, message -> {
                    Alert done = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
                    done.initOwner(owner);
                    done.setHeaderText("Backup restored");
                    done.getDialogPane().setId("restoreDoneDialog");
                    done.show();
                });
            }
        });
    }

    private static String safe(String name) { return name.replaceAll("[\\\\/:*?\"<>|]", "_"); }
}
