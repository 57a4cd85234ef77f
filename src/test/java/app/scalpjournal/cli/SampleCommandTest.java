package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.compare.RegionPhotos;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sample} end to end: a journal of labelled synthetic pictures, refused on a journal with photos. */
class SampleCommandTest {
    @TempDir
    Path dir;

    @Test
    void fillsAnEmptyJournalAndRefusesOneWithPhotos() {
        CliRun run = CliRun.run(dir, "sample");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("54 sample photos on 12 days"), run.out());
        assertTrue(run.out().contains("sample log items"), run.out());
        assertEquals(0, CliRun.run(dir, "check").exit());
        try (AppContext context = AppContext.open(dir)) {
            Set<Region> regions = context.photos().listAll().stream().map(Photo::region).collect(Collectors.toCollection(() -> EnumSet.noneOf(Region.class)));
            assertEquals(EnumSet.complementOf(EnumSet.of(Region.OTHER)), regions);
            RegionPhotos crown = context.compare().load(Region.CROWN);
            assertEquals(12, crown.photos().size());
            // One photo day is "taken by window light" and one with a second phone: the compare hints have something to show.
            assertTrue(crown.photos().stream().anyMatch(p -> p.conditions().contains("daylight")));
            assertTrue(crown.photos().stream().anyMatch(p -> p.photo().width() == 2000));
            assertTrue(crown.photos().get(0).noteExcerpt().startsWith("Sample entry."));
        }
        CliRun again = CliRun.run(dir, "sample");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already has photos"), again.err());
    }
}
