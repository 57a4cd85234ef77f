package app.scalpjournal.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.scalpjournal.testsupport.TestImages;
import app.scalpjournal.testsupport.TestImages.Exif;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows are written several photos per transaction; files must still be reported and stored in the order found. */
class ImportBatchTest extends ImportTestBase {
    @Test
    void moreFilesThanABatchAreStoredAndReportedInTheOrderFound() throws Exception {
        Files.createDirectories(in);
        for (int i = 0; i < 150; i++) {
            TestImages.writeJpeg(in.resolve(String.format("p%03d.jpg", i)), 40 + i, 30,
                    Exif.taken(String.format("2026:0%d:%02d 10:00:00", 1 + i / 28, 1 + i % 28)));
        }
        Files.writeString(in.resolve("p075-notes.jpg"), "not a photo");
        Files.copy(in.resolve("p000.jpg"), in.resolve("q-copy.jpg"));
        List<String> calls = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void fileDone(ImportResult result, int done, int total) {
                calls.add(done + "/" + total + " " + result.source().getFileName());
            }
        };

        ImportSummary summary = context.importer().importPaths(List.of(in), ImportOptions.ownDates(Region.CROWN), listener, () -> false);

        assertEquals(152, summary.results().size());
        for (int i = 0; i < summary.results().size(); i++) {
            assertEquals((i + 1) + "/152 " + summary.results().get(i).source().getFileName(), calls.get(i));
        }
        assertEquals(150, context.photos().count());
        ImportResult copy = summary.results().stream().filter(r -> r.source().endsWith("q-copy.jpg")).findFirst().orElseThrow();
        assertEquals("p000.jpg", assertInstanceOf(ImportResult.Duplicate.class, copy).existing().originalName());
        assertInstanceOf(ImportResult.Rejected.class,
                summary.results().stream().filter(r -> r.source().endsWith("p075-notes.jpg")).findFirst().orElseThrow());
        for (Photo p : context.photos().listAll()) {
            assertEquals(true, Files.isRegularFile(context.library().layout().original(p.sha256(), p.ext())), p.originalName());
        }
    }

    @Test
    void twoCopiesInOneBatchStoreOnePhoto() throws Exception {
        Files.createDirectories(in);
        TestImages.writeJpeg(in.resolve("a.jpg"), 64, 48, Exif.taken("2026:03:01 10:00:00"));
        Files.copy(in.resolve("a.jpg"), in.resolve("b.jpg"));

        ImportSummary summary = importAll(ImportOptions.ownDates(Region.TOP), in);

        assertInstanceOf(ImportResult.Imported.class, summary.results().get(0));
        assertInstanceOf(ImportResult.Duplicate.class, summary.results().get(1));
        assertEquals(1, context.photos().count());
    }
}
