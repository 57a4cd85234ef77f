package app.scalpjournal.photo.ui;

import app.scalpjournal.photo.Inbox;
import app.scalpjournal.photo.InboxWatcher;
import app.scalpjournal.text.Messages;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The inbox in the window: File > Inbox folder… names it, a watch runs while the window is open, and
 * the {@link InboxBar} offers what it finds for the usual import dialog. {@link #close} stops the watch.
 */
public final class InboxFeature implements AutoCloseable {
    /** A fresh look this often even without file-system events (network drives and some sync tools send none). */
    static final Duration RESCAN = Duration.ofSeconds(60);

    private final Inbox inbox;
    private final Consumer<List<Path>> importer;
    private final Consumer<String> status;
    private final Supplier<Window> owner;
    private final InboxOffer offer = new InboxOffer();
    private InboxWatcher watcher;

    public InboxFeature(Inbox inbox, Consumer<List<Path>> importer, Consumer<String> status, Supplier<Window> owner) {
        this.inbox = inbox;
        this.importer = importer;
        this.status = status;
        this.owner = owner;
    }

    public InboxOffer offer() {
        return offer;
    }

    public InboxBar bar() {
        return new InboxBar(offer, this::importNow);
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(Messages.get("inbox.menu"));
        item.setId("inboxFolderMenu");
        item.setOnAction(e -> chooseFolder());
        return item;
    }

    /** Starts watching the inbox, when one is named; photos already there are offered after the first look. */
    public void start() {
        stopWatching();
        if (inbox.folder().isPresent()) {
            watcher = new InboxWatcher(inbox, RESCAN, found -> Platform.runLater(() -> offer.offer(found)),
                    e -> Platform.runLater(() -> status.accept(Messages.get("inbox.status.error", e.getMessage())))).start();
        }
    }

    /** Hands the waiting photos to the import dialog. */
    public void importNow() {
        List<Path> photos = offer.take();
        if (!photos.isEmpty()) {
            importer.accept(photos);
        }
    }

    /** Names the inbox folder; the bar then offers the photos found there. */
    public void setFolder(Path folder) {
        try {
            Path set = inbox.setFolder(folder);
            offer.dismiss();
            status.accept(Messages.get("inbox.status.set", set));
            start();
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("inbox.chooser.title"));
        inbox.folder().map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(owner.get());
        if (chosen != null) {
            setFolder(chosen.toPath());
        }
    }

    private void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Override
    public void close() {
        stopWatching();
    }
}
