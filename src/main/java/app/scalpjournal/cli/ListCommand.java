package app.scalpjournal.cli;

import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.PhotoRepository;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code list [--json]}: every entry, newest first, with its note and photos. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists every entry (newest first) with its date, note and photos.")
public final class ListCommand implements Callable<Integer> {
    @ParentCommand
    JournalCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (snake_case field names) instead of text.")
    boolean json;

    /** The JSON shape; field names are part of the command-line contract. */
    record Listing(List<EntryJson> entries) {
    }

    record EntryJson(long id, String date, String note, List<PhotoJson> photos) {
    }

    record PhotoJson(long id, String sha256, String region, String takenAt, String dateSource, int width, int height,
                     int orientation, String originalName, String ext, long byteSize) {
        static PhotoJson of(Photo p) {
            return new PhotoJson(p.id(), p.sha256(), p.region().id(), p.takenAt() == null ? null : p.takenAt().iso(),
                    p.dateSource().id(), p.width(), p.height(), p.orientation(), p.originalName(), p.ext(), p.byteSize());
        }
    }

    @Override
    public Integer call() throws IOException {
        List<EntryJson> entries = new ArrayList<>();
        try (Library library = parent.openLibrary()) {
            EntryRepository entryRepository = new EntryRepository(library.database(), Clock.systemDefaultZone());
            PhotoRepository photos = new PhotoRepository(library.database());
            for (Entry e : entryRepository.listNewestFirst()) {
                entries.add(new EntryJson(e.id(), e.date().toString(), e.note(),
                        photos.listByEntry(e.id()).stream().map(PhotoJson::of).toList()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(new Listing(entries)));
        } else if (entries.isEmpty()) {
            out.println("The journal has no entries yet. Add photos with: scalp-journal import PATH...");
        } else {
            entries.forEach(e -> printText(e, out));
        }
        out.flush();
        return 0;
    }

    private static void printText(EntryJson e, PrintWriter out) {
        out.println(e.date() + "  (" + e.photos().size() + (e.photos().size() == 1 ? " photo)" : " photos)"));
        List<String> lines = e.note().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? "  note: " : "        ") + lines.get(i));
        }
        for (PhotoJson p : e.photos()) {
            out.println("  " + p.region() + "  " + p.takenAt() + " (" + p.dateSource() + ")  " + p.width() + "x" + p.height()
                    + "  " + p.originalName() + "  sha256:" + p.sha256());
        }
    }
}
