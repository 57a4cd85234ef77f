package app.scalpjournal.library.ui;

import app.scalpjournal.ui.LastFolder;
import app.scalpjournal.library.ArchiveLimits;
import app.scalpjournal.library.JournalBackup;
import app.scalpjournal.library.JournalExport;
import app.scalpjournal.library.JournalRestore;
import app.scalpjournal.library.Progress;
import app.scalpjournal.photo.JournalRepair;
import app.scalpjournal.photo.LibraryCheck;
import app.scalpjournal.ui.Dialogs;
import app.scalpjournal.ui.TaskRunner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File > Back up…, Restore…, Export… and Journal > Verify journal. The work runs on the task runner;
 * the window only chooses files, confirms and shows the outcome.
 */
public final class SafetyActions {
    /** Where the user's choices come from; the real one shows the system's file choosers. */
    public interface Choosers {
        Optional<Path> saveBackup(Window owner, String suggestedName);

        Optional<Path> openBackup(Window owner);

        Optional<Path> folder(Window owner, String title);
    }

    /** The services these commands use, from the open journal. */
    public record Services(JournalBackup backup, JournalExport export, LibraryCheck check, JournalRepair repair) {
    }

    private final Services services;
    private final TaskRunner runner;
    private final Choosers choosers;
    private final BooleanSupplier importRunning;
    private final Consumer<String> status;
    private final Supplier<Window> owner;

    public SafetyActions(Services services, TaskRunner runner, Choosers choosers, BooleanSupplier importRunning,
                         Consumer<String> status, Supplier<Window> owner) {
        this.owner = owner;
        this.services = services;
        this.runner = runner;
        this.choosers = choosers;
        this.importRunning = importRunning;
        this.status = status;
    }

    public List<MenuItem> fileItems() {
        return List.of(
                item("backUp", "Back up…", () -> backUp(owner.get())),
                item("restore", "Restore…", () -> restore(owner.get())),
                item("export", "Export…", () -> export(owner.get())));
    }

    public MenuItem verifyItem() {
        return item("verifyJournal", "Verify journal", () -> verify(owner.get()));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    void backUp(Window owner) {
        choosers.saveBackup(owner, "scalp-journal-backup-" + LocalDate.now() + ".zip").ifPresent(file -> {
            status.accept("Backing up to " + file + "…");
            work(owner, "Backup failed", () -> services.backup().write(file, Progress.NONE), result -> {
                status.accept(String.format("Backup written and verified: %s (%.1f MB, %d photos)", result.file(), result.bytes() / 1e6, result.originals()));
                if (!result.problems().isEmpty()) {
                    listing(owner, "Backup written, with problems", "These photos could not be backed up as they should:", result.problems());
                }
            });
        });
    }

    void restore(Window owner) {
        Optional<Path> zip = choosers.openBackup(owner);
        if (zip.isEmpty()) {
            return;
        }
        Optional<Path> folder = choosers.folder(owner, "Choose a new, empty folder for the restored journal");
        if (folder.isEmpty()) {
            return;
        }
        boolean go = Dialogs.confirm(owner, "Restore a backup",
                "Restore " + zip.get().getFileName() + " into " + folder.get() + "?\n\n"
                        + "The backup is checked completely before anything is written. The journal open now is not changed. "
                        + "The folder must be new or empty.", "Restore");
        if (!go) {
            return;
        }
        status.accept("Restoring " + zip.get().getFileName() + "…");
        work(owner, "Restore refused", () -> new JournalRestore(ArchiveLimits.defaults()).restore(zip.get(), folder.get(), Progress.NONE), r -> {
            String text = "Restored " + count(r.entries(), "entry", "entries") + " and " + count(r.photos(), "photo", "photos") + " into " + r.journal()
                    + ". To open it, start Scalp Journal with --library \"" + r.journal() + "\".";
            status.accept(text);
            listing(owner, "Backup restored", text, r.notes());
        });
    }

    void export(Window owner) {
        choosers.folder(owner, "Choose where to put the export").ifPresent(parent -> {
            Path target = freeName(parent, "Scalp Journal export " + LocalDate.now());
            status.accept("Exporting to " + target + "…");
            work(owner, "Export failed", () -> services.export().write(target, Progress.NONE), r -> {
                status.accept("Exported " + count(r.rows().get("entries"), "entry", "entries") + " and "
                        + count(r.rows().get("photos"), "photo", "photos") + " into " + r.folder());
                if (!r.problems().isEmpty()) {
                    listing(owner, "Exported, with problems", "These photos could not be exported:", r.problems());
                }
            });
        });
    }

    void verify(Window owner) {
        status.accept("Verifying the journal…");
        work(owner, "Verify failed", () -> services.check().problems(), problems -> {
            if (problems.isEmpty()) {
                status.accept("Journal verified: the database is intact and every original has its recorded SHA-256.");
                return;
            }
            status.accept(problems.size() + " problem(s) found in the journal");
            ButtonType repair = new ButtonType("Repair", ButtonBar.ButtonData.OK_DONE);
            Alert alert = listingAlert(owner, "Journal problems", "Repair removes leftovers of interrupted imports and files no photo "
                    + "refers to, and rebuilds missing thumbnails. Missing or changed originals are listed, not touched.", problems, repair, ButtonType.CLOSE);
            alert.getDialogPane().lookupButton(repair).setId("repairButton");
            if (alert.showAndWait().filter(b -> b == repair).isEmpty()) {
                return;
            }
            if (importRunning.getAsBoolean()) {
                Dialogs.problem(owner, "Repair postponed", "An import is running; repair once it has finished.");
                return;
            }
            work(owner, "Repair failed", () -> services.repair().repair(), report -> {
                status.accept("Repaired: removed " + report.removedFiles() + " leftover file(s), rebuilt " + report.rebuiltPreviews()
                        + " thumbnail(s); " + report.remaining().size() + " problem(s) remain");
                if (!report.clean()) {
                    listing(owner, "Problems that remain", "Restore these photos from a backup, or delete them from the journal:", report.remaining());
                }
            });
        });
    }

    private <T> void work(Window owner, String failureTitle, Callable<T> job, Consumer<T> done) {
        runner.run(job, done, e -> {
            status.accept(failureTitle);
            Dialogs.problem(owner, failureTitle, e.getMessage() != null ? e.getMessage() : e.toString());
        });
    }

    private static void listing(Window owner, String title, String header, List<String> lines) {
        listingAlert(owner, title, header, lines, ButtonType.OK).showAndWait();
    }

    private static Alert listingAlert(Window owner, String title, String header, List<String> lines, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", buttons);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(String.join("\n", lines));
        text.setId("safetyListing");
        text.setAccessibleText(title);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.max(2, lines.size())));
        alert.getDialogPane().setContent(lines.isEmpty() ? null : text);
        alert.getDialogPane().setId("safetyDialog");
        alert.getDialogPane().setPrefWidth(600);
        return alert;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static Path freeName(Path parent, String name) {
        Path candidate = parent.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = parent.resolve(name + " (" + n + ")");
        }
        return candidate;
    }

    /** The system's file and folder choosers. */
    public static final class SystemChoosers implements Choosers {
        private final LastFolder backups = LastFolder.forUser("backup");

        @Override
        public Optional<Path> saveBackup(Window owner, String suggestedName) {
            FileChooser chooser = zipChooser("Back up the journal");
            chooser.setInitialFileName(suggestedName);
            return remembered(chooser.showSaveDialog(owner));
        }

        @Override
        public Optional<Path> openBackup(Window owner) {
            return remembered(zipChooser("Choose a backup to restore").showOpenDialog(owner));
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return remembered(backups.applyTo(chooser).showDialog(owner));
        }

        private Optional<Path> remembered(File chosen) {
            if (chosen != null) {
                backups.remember(chosen);
            }
            return Optional.ofNullable(chosen).map(File::toPath);
        }

        private FileChooser zipChooser(String title) {
            FileChooser chooser = backups.applyTo(new FileChooser());
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scalp Journal backup (*.zip)", "*.zip"));
            return chooser;
        }
    }
}
