package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.Routine;
import app.scalpjournal.photo.CaptureConditions;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code list [--json]}: every entry, newest first, with its note and photos. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists every entry (newest first) with its date, note, tags, log items, routines active that day and photos"
                + " (with how each was taken).")
public final class ListCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Option(names = "--json", description = "Print JSON (snake_case field names) instead of text.")
    boolean json;

    /** An entry as listed; {@link ListingWriter} writes it as JSON (its field names are part of the command-line contract). */
    record EntryJson(long id, String date, String note, List<String> tags, List<Map<String, Object>> logItems,
                     List<Map<String, Object>> routinesActive, List<PhotoJson> photos) {
    }

    record PhotoJson(long id, String sha256, String region, String takenAt, String dateSource, int width, int height,
                     int orientation, String originalName, String ext, long byteSize, Map<String, Object> captureConditions) {
        static PhotoJson of(Photo p, CaptureConditions capture) {
            return new PhotoJson(p.id(), p.sha256(), p.region().id(), p.takenAt() == null ? null : p.takenAt().iso(),
                    p.dateSource().id(), p.width(), p.height(), p.orientation(), p.originalName(), p.ext(), p.byteSize(),
                    LogJson.capture(capture));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = env.out();
        if (json) {
            writeJson(out);
            out.flush();
            return 0;
        }
        List<EntryJson> entries;
        try (AppContext context = env.openContext()) {
            entries = read(context);
        }
        if (entries.isEmpty()) {
            out.println(Messages.get("cli.list.empty"));
        } else {
            entries.forEach(e -> printText(e, out));
        }
        out.flush();
        return 0;
    }

    /**
     * The JSON is a contract for scripts, so its wording (the "summary" fields) is the bundle's base
     * English with plain number formats, whatever language and locale the user runs in.
     */
    private void writeJson(PrintWriter out) throws IOException {
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.ROOT);
        try (AppContext context = env.openContext()) {
            List<EntryJson> entries = read(context);
            if (out instanceof Utf8Out utf8) {
                ListingWriter.write(entries, utf8.bytes());
            } else {
                ListingWriter.write(entries, out);
            }
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }

    /**
     * Each table is read once, whatever the journal's size, then the rows are put together per entry; a
     * routine's JSON is made once and listed under every day it ran.
     */
    static List<EntryJson> read(AppContext context) {
        Map<Long, CaptureConditions> conditions = context.captures().all();
        Map<Long, List<PhotoJson>> photos = new HashMap<>();
        for (Photo p : context.photos().listAll()) {
            photos.computeIfAbsent(p.entryId(), k -> new ArrayList<>())
                    .add(PhotoJson.of(p, conditions.getOrDefault(p.id(), CaptureConditions.UNKNOWN)));
        }
        Map<Long, List<String>> tags = context.tags().tagsByEntry();
        Map<LocalDate, List<Map<String, Object>>> log = new HashMap<>();
        for (LogItem item : context.log().list(null, null, null)) {
            log.computeIfAbsent(item.date(), k -> new ArrayList<>()).add(LogJson.item(item));
        }
        List<Routine> routines = context.routines().listAll();
        List<Map<String, Object>> routinesJson = routines.stream().map(LogJson::routine).toList();
        List<EntryJson> entries = new ArrayList<>();
        for (Entry e : context.entries().listNewestFirst()) {
            List<Map<String, Object>> active = new ArrayList<>();
            for (int i = 0; i < routines.size(); i++) {
                if (routines.get(i).activeOn(e.date())) {
                    active.add(routinesJson.get(i));
                }
            }
            entries.add(new EntryJson(e.id(), e.date().toString(), e.note(), tags.getOrDefault(e.id(), List.of()),
                    log.getOrDefault(e.date(), List.of()), active, photos.getOrDefault(e.id(), List.of())));
        }
        return entries;
    }

    private static void printText(EntryJson e, PrintWriter out) {
        out.println(Messages.get("cli.list.entry", e.date(), String.valueOf(e.photos().size()), e.photos().size()));
        List<String> lines = e.note().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? Messages.get("cli.list.note", lines.get(i)) : "        " + lines.get(i)));
        }
        if (!e.tags().isEmpty()) {
            out.println(Messages.get("cli.list.tags", String.join(", ", e.tags())));
        }
        for (Map<String, Object> item : e.logItems()) {
            out.println(Messages.get("cli.list.log", item.get("summary")));
        }
        for (Map<String, Object> routine : e.routinesActive()) {
            out.println(Messages.get("cli.list.routine", routine.get("name")) + (routine.get("frequency").toString().isEmpty() ? "" : " (" + routine.get("frequency") + ")"));
        }
        for (PhotoJson p : e.photos()) {
            out.println("  " + p.region() + "  " + p.takenAt() + " (" + p.dateSource() + ")  " + p.width() + "x" + p.height()
                    + "  " + p.originalName() + "  sha256:" + p.sha256());
            if (p.captureConditions() != null) {
                out.println(Messages.get("cli.list.taken", p.captureConditions().get("summary")));
            }
        }
    }
}
