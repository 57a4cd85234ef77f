package app.scalpjournal.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.compare.TestJournal;
import app.scalpjournal.photo.Photo;
import app.scalpjournal.photo.Region;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignmentRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void savedAlignmentSurvivesReopeningTheJournal() {
        long later;
        long earlier;
        Alignment a = new Alignment(0.05, -0.02, 1.1, -3.5);
        try (TestJournal j = new TestJournal(dir)) {
            earlier = j.photo(Region.CROWN, LocalDate.of(2026, 1, 5), 4000, 3000).id();
            later = j.photo(Region.CROWN, LocalDate.of(2026, 4, 5), 4000, 3000).id();
            j.alignments.save(later, earlier, a);
        }
        try (TestJournal j = new TestJournal(dir)) {
            assertEquals(Optional.of(a), j.alignments.find(later, earlier));
            // The pair has a direction: the reverse pair has nothing saved.
            assertEquals(Optional.empty(), j.alignments.find(earlier, later));
        }
    }

    @Test
    void savingAgainReplacesAndSavingIdentityRemoves() {
        try (TestJournal j = new TestJournal(dir)) {
            Photo p1 = j.photo(Region.TOP, LocalDate.of(2026, 1, 5), 100, 100);
            Photo p2 = j.photo(Region.TOP, LocalDate.of(2026, 2, 5), 100, 100);
            j.alignments.save(p2.id(), p1.id(), new Alignment(0.1, 0, 1, 0));
            j.alignments.save(p2.id(), p1.id(), new Alignment(0.2, 0.3, 0.9, 4));
            assertEquals(Optional.of(new Alignment(0.2, 0.3, 0.9, 4)), j.alignments.find(p2.id(), p1.id()));
            assertEquals(1, rows(j));
            j.alignments.save(p2.id(), p1.id(), Alignment.IDENTITY);
            assertTrue(j.alignments.find(p2.id(), p1.id()).isEmpty());
            assertEquals(0, rows(j));
        }
    }

    private static int rows(TestJournal j) {
        return j.library.database().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM alignment")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
