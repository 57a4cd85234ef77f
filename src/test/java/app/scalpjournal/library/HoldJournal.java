package app.scalpjournal.library;

/** Run in a child JVM by the lock tests: opens a journal, says so, and holds it until killed. */
public final class HoldJournal {
    private HoldJournal() {
    }

    public static void main(String[] args) throws Exception {
        try (Library library = Library.open(java.nio.file.Path.of(args[0]))) {
            System.out.println("holding " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
