package app.scalpjournal.photo;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps an eye on the inbox while the app runs: a file-system watch wakes it when something changes,
 * and it rescans every {@code rescan} anyway (network drives and some sync tools send no events).
 * While a file is still being written it looks again soon, until the file has settled. New photos go
 * to {@code onNew}, each version of a file once; errors go to {@code onError} and the watch goes on.
 * Runs on its own daemon thread; {@link #close} stops it.
 */
public final class InboxWatcher implements AutoCloseable {
    private static final Duration COALESCE = Duration.ofMillis(250);

    private final Inbox inbox;
    private final Duration rescan;
    private final Consumer<List<Path>> onNew;
    private final Consumer<Exception> onError;
    private final Thread thread;
    private volatile boolean stopped;
    private WatchService watch;

    public InboxWatcher(Inbox inbox, Duration rescan, Consumer<List<Path>> onNew, Consumer<Exception> onError) {
        this.inbox = inbox;
        this.rescan = rescan;
        this.onNew = onNew;
        this.onError = onError;
        this.thread = new Thread(this::run, "scalp-journal-inbox");
        thread.setDaemon(true);
    }

    public InboxWatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            synchronized (this) {
                watch = service;
            }
            Set<Path> watched = new HashSet<>();
            while (!stopped) {
                Duration wait = scanOnce(service, watched);
                WatchKey key = service.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    Thread.sleep(COALESCE.toMillis()); // a copy in progress sends events by the thousand: one scan for a burst
                }
                for (; key != null; key = service.poll()) {
                    key.pollEvents(); // which file changed does not matter: the scan looks at them all
                    if (!key.reset()) {
                        watched.remove((Path) key.watchable());
                    }
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the journal is closing
        } catch (IOException e) {
            onError.accept(e);
        }
    }

    /** Scans, hands over what is new, and says how long to wait for the next look. */
    private Duration scanOnce(WatchService service, Set<Path> watched) {
        try {
            Inbox.Scan scan = inbox.takeNew();
            for (Path folder : scan.folders()) {
                if (!watched.contains(folder)) {
                    folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                    watched.add(folder);
                }
            }
            if (!scan.ready().isEmpty() && !stopped) {
                onNew.accept(scan.ready());
            }
            return scan.stillWriting() > 0 ? inbox.settle().dividedBy(2).plusMillis(50) : rescan;
        } catch (IOException | RuntimeException e) {
            onError.accept(e);
            return rescan;
        }
    }

    @Override
    public void close() {
        stopped = true;
        synchronized (this) {
            if (watch != null) {
                try {
                    watch.close();
                } catch (IOException e) {
                    // closing a watch service only releases it
                }
            }
        }
        thread.interrupt();
    }
}
