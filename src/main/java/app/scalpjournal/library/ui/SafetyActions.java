package app.scalpjournal.library.ui;

import app.scalpjournal.text.Messages;
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
                item("backUp", Messages.get("safety.menu.backUp"), () -> backUp(owner.get())),
                item("restore", Messages.get("safety.menu.restore"), () -> restore(owner.get())),
                item("export", Messages.get("safety.menu.export"), () -> export(owner.get())));
    }

    public MenuItem verifyItem() {
        return item("verifyJournal", Messages.get("safety.menu.verify"), () -> verify(owner.get()));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    void backUp(Window owner) {
        choosers.saveBackup(owner, "scalp-journal-backup-" + LocalDate.now() + ".zip").ifPresent(file -> {
            status.accept(Messages.get("safety.backup.running", file));
            work(owner, Messages.get("safety.backup.failed"), () -> services.backup().write(file, Progress.NONE), result -> {
                status.accept(Messages.get("safety.backup.done", result.file(), result.bytes() / 1e6, result.originals()));
                if (!result.problems().isEmpty()) {
                    listing(owner, Messages.get("safety.backup.problems.title"), Messages.get("safety.backup.problems"), result.problems());
                }
            });
        });
    }

    void restore(Window owner) {
        Optional<Path> zip = choosers.openBackup(owner);
        if (zip.isEmpty()) {
            return;
        }
        Optional<Path> folder = choosers.folder(owner, Messages.get("safety.restore.folder"));
        if (folder.isEmpty()) {
            return;
        }
        boolean go = Dialogs.confirm(owner, Messages.get("safety.restore.title"),
                Messages.get("safety.restore.confirm", zip.get().getFileName(), folder.get()), Messages.get("safety.restore.button"));
        if (!go) {
            return;
        }
        status.accept(Messages.get("safety.restore.running", zip.get().getFileName()));
        work(owner, Messages.get("safety.restore.refused"), () -> new JournalRestore(ArchiveLimits.defaults()).restore(zip.get(), folder.get(), Progress.NONE), r -> {
            String text = Messages.get("safety.restore.done", r.entries(), r.photos(), r.journal());
            status.accept(text);
            listing(owner, Messages.get("safety.restore.done.title"), text, r.notes());
        });
    }

    void export(Window owner) {
        choosers.folder(owner, Messages.get("safety.export.folder")).ifPresent(parent -> {
            // The folder name keeps the ISO date, so exports sort by date in any file manager.
            Path target = freeName(parent, Messages.get("safety.export.folderName", LocalDate.now().toString()));
            status.accept(Messages.get("safety.export.running", target));
            work(owner, Messages.get("safety.export.failed"), () -> services.export().write(target, Progress.NONE), r -> {
                status.accept(Messages.get("safety.export.done", r.rows().get("entries"), r.rows().get("photos"), r.folder()));
                if (!r.problems().isEmpty()) {
                    listing(owner, Messages.get("safety.export.problems.title"), Messages.get("safety.export.problems"), r.problems());
                }
            });
        });
    }

    void verify(Window owner) {
        status.accept(Messages.get("safety.verify.running"));
        work(owner, Messages.get("safety.verify.failed"), () -> services.check().problems(), problems -> {
            if (problems.isEmpty()) {
                status.accept(Messages.get("safety.verify.clean"));
                return;
            }
            status.accept(Messages.get("safety.verify.problems", problems.size()));
            ButtonType repair = new ButtonType(Messages.get("safety.repair.button"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = listingAlert(owner, Messages.get("safety.verify.problems.title"), Messages.get("check.repair.explain"), problems, repair, ButtonType.CLOSE);
            alert.getDialogPane().lookupButton(repair).setId("repairButton");
            if (alert.showAndWait().filter(b -> b == repair).isEmpty()) {
                return;
            }
            if (importRunning.getAsBoolean()) {
                Dialogs.problem(owner, Messages.get("safety.repair.postponed.title"), Messages.get("safety.repair.postponed"));
                return;
            }
            work(owner, Messages.get("safety.repair.failed"), () -> services.repair().repair(), report -> {
                status.accept(Messages.get("check.repaired", report.reattached(), report.rebuiltPreviews(), report.remaining().size()));
                if (!report.clean()) {
                    listing(owner, Messages.get("safety.repair.remaining.title"), Messages.get("safety.repair.remaining"), report.remaining());
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
            FileChooser chooser = zipChooser(Messages.get("safety.backup.chooser"));
            chooser.setInitialFileName(suggestedName);
            return remembered(chooser.showSaveDialog(owner));
        }

        @Override
        public Optional<Path> openBackup(Window owner) {
            return remembered(zipChooser(Messages.get("safety.restore.chooser")).showOpenDialog(owner));
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
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("safety.backup.filter"), "*.zip"));
            return chooser;
        }
    }
}
