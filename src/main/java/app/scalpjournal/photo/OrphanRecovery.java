package app.scalpjournal.photo;

import app.scalpjournal.journal.Days;
import app.scalpjournal.journal.Entry;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.library.Database;
import app.scalpjournal.library.JournalGeneration;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.LibraryLayout;
import app.scalpjournal.library.OriginalFiles;
import app.scalpjournal.library.Sql;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Gives every original in {@code originals/} that no photo row refers to its row back: dated by its
 * camera (EXIF), else by the file's time, in region "other", marked recovered so the user can look
 * at it and set its region. An original that cannot be read stays where it is and is reported.
 */
public final class OrphanRecovery {
    /** The photos re-attached, and one line per original left as it was. */
    public record Result(List<Photo> reattached, List<String> notReattached) {
    }

    private final Library library;
    private final Database db;
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final PreviewCache previews;
    private final Clock clock;

    public OrphanRecovery(Library library, EntryRepository entries, PhotoRepository photos, PreviewCache previews, Clock clock) {
        this.library = library;
        this.db = library.database();
        this.entries = entries;
        this.photos = photos;
        this.previews = previews;
        this.clock = clock;
    }

    /** Run while no import is running (an import's original is an orphan for a moment before its row). */
    public Result reattachAll() throws IOException {
        LibraryLayout layout = library.layout();
        Set<String> known = new HashSet<>();
        for (Photo p : photos.listAllStored()) {
            known.add(p.sha256() + "." + p.ext());
        }
        List<Photo> done = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Path file : OriginalFiles.notIn(layout, known)) {
            try {
                done.add(reattach(file));
            } catch (IOException | RuntimeException e) {
                left.add(Messages.get("recover.notReattached", layout.root().relativize(file), ImageDecoder.shortMessage(e)));
            }
        }
        JournalGeneration.publish(db, layout);
        return new Result(done, left);
    }

    private Photo reattach(Path file) throws IOException {
        Matcher name = OriginalFiles.NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !OriginalStore.sha256Of(file).equals(name.group(1))) {
            throw new ImageRejectedException(Messages.get("recover.changed"));
        }
        ImageDecoder.Probe probe = ImageDecoder.probe(file);
        ExifInfo exif = ExifInfo.read(file);
        TakenAt taken = exif.takenAt().filter(t -> Days.accepted(t.date())).orElse(null);
        DateSource source = DateSource.EXIF;
        if (taken == null) {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            taken = new TakenAt(LocalDateTime.ofInstant(modified, clock.getZone()), clock.getZone().getRules().getOffset(modified));
            source = DateSource.FILE;
        }
        boolean swap = ExifOrientation.swapsSides(exif.orientation());
        TakenAt when = taken;
        DateSource how = source;
        long size = Files.size(file);
        Photo stored = db.transaction(c -> {
            Entry entry = entries.findOrCreate(when.date());
            Photo row = photos.insert(new Photo(0, entry.id(), name.group(1), name.group(2), file.getFileName().toString(),
                    size, when, how, swap ? probe.height() : probe.width(), swap ? probe.width() : probe.height(),
                    exif.orientation(), Region.OTHER, Instant.now(clock)));
            Sql.update(c, "UPDATE photo SET recovered = 1 WHERE id = ?", row.id());
            return row;
        });
        try {
            previews.thumbnail(stored);
        } catch (IOException | RuntimeException e) {
            // the photo is back; its thumbnail is rebuilt when shown, and `check --repair` retries
        }
        return stored;
    }
}
