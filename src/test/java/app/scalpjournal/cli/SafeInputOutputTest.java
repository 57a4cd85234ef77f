package app.scalpjournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.Main;
import app.scalpjournal.testsupport.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9: bad dates, absurd numbers and cut-off photos get a clear message; output is UTF-8 whatever LANG says. */
class SafeInputOutputTest {
    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve("j");
    }

    @Test
    void datesOutsideTheJournalsRangeAreRefusedEverywhere() {
        Path photo = TestImages.writeJpeg(dir.resolve("in/a.jpg"), 64, 48, TestImages.Exif.NONE);
        CliRun importRun = CliRun.run(journal(), "import", "--date", "1899-12-31", photo.toString());
        assertEquals(2, importRun.exit());
        assertTrue(importRun.err().contains("the date 1899-12-31 is outside the dates a journal accepts (1900-01-01 to 2100-12-31)"), importRun.err());
        CliRun log = CliRun.run(journal(), "log", "add", "--date", "2101-01-01", "--kind", "massage");
        assertEquals(1, log.exit());
        assertTrue(log.err().contains("the date 2101-01-01 is outside"), log.err());
        CliRun list = CliRun.run(journal(), "log", "list", "--from", "0001-01-01");
        assertEquals(2, list.exit());

        // (a camera year before 1900 is a reset clock: the file's time is used instead, as before)
        Path future = TestImages.writeJpeg(dir.resolve("in/future.jpg"), 64, 48, TestImages.Exif.taken("2150:01:01 10:00:00"));
        CliRun camera = CliRun.run(journal(), "import", future.toString());
        assertEquals(1, camera.exit());
        assertTrue(camera.err().contains("future.jpg: its camera date: the date 2150-01-01 is outside"), camera.err());
    }

    @Test
    void absurdNumbersGetAClearMessageQuickly() {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.run(journal(), "log", "add", "--date", "2026-03-01",
                "--kind", "microneedling", "--needle-mm", "1e-999999999"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("--needle-mm: needle length must be a positive number of millimetres up to 10"), run.err());
        for (String bad : List.of("1e999999999", "0.00000001", "NaN", "Infinity")) {
            CliRun r = CliRun.run(journal(), "log", "add", "--date", "2026-03-01", "--kind", "microneedling", "--needle-mm", bad);
            assertEquals(1, r.exit(), bad);
            assertFalse(r.err().contains("CHECK"), r.err());
        }
        assertEquals(0, CliRun.run(journal(), "log", "add", "--date", "2026-03-01", "--kind", "microneedling", "--needle-mm", "0.25").exit());
    }

    @Test
    void aCutOffPhotoIsRefusedWithItsReason() {
        byte[] jpeg = TestImages.jpeg(640, 480, TestImages.Exif.taken("2026:01:01 10:00:00"));
        Path cut = TestImages.write(dir.resolve("in/cut.jpg"), Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
        CliRun run = CliRun.run(journal(), "import", cut.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("cut.jpg: the file ends early: incomplete copy?"), run.err());
        assertTrue(run.out().contains("0 imported"), run.out());
    }

    @Test
    void listJsonIsUtf8EvenWhenTheLocaleIsPlainAscii() throws Exception {
        String note = "Café crème, Kopfhaut 頭皮 🙂";
        // written in-process (argv would be decoded in the child's ASCII locale), then listed by a child with LANG=C
        assertEquals(0, CliRun.run(journal(), "log", "add", "--date", "2026-03-01", "--kind", "other", "--note", note).exit());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--library", journal().toString(), "list", "--json"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), new String(out, StandardCharsets.UTF_8));
        assertTrue(new String(out, StandardCharsets.UTF_8).contains(note.replace("🙂", "")), new String(out, StandardCharsets.UTF_8));
        assertTrue(new String(out, StandardCharsets.UTF_8).contains("🙂") || new String(out, StandardCharsets.UTF_8).contains("\\ud83d"),
                "the emoji is there, raw or escaped");
    }
}
