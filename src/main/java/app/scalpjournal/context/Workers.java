package app.scalpjournal.context;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The app's one executor: a thread per core (at least two), named, daemon, so an unfinished task never keeps the app alive. */
final class Workers {
    private Workers() {
    }

    static ExecutorService start() {
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), namedDaemons());
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "scalp-journal-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
