package app.scalpjournal.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogItem;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SearchQuery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLogTest {
    @TempDir
    Path dir;

    @Test
    void theSampleLogShowsEveryPartOfTheLog() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        try (AppContext ctx = AppContext.open(dir)) {
            SampleLog.Result result = new SampleLog(ctx.entries(), ctx.log(), ctx.routines(), ctx.tags(), ctx.cadences(), ctx.validator())
                    .create(first);
            assertEquals("4 sample routines and 12 sample log items", result.line());
            List<LogItem> items = ctx.log().list(null, null, null);
            assertEquals(12, items.size());
            Set<LogKind> kinds = items.stream().map(LogItem::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(LogKind.class)));
            assertEquals(EnumSet.of(LogKind.MASSAGE, LogKind.TOPICAL, LogKind.MICRONEEDLING, LogKind.SMP, LogKind.ORAL), kinds);
            List<LogItem> rolling = ctx.log().list(null, null, LogKind.MICRONEEDLING);
            assertEquals(5, rolling.size());
            assertTrue(rolling.stream().allMatch(i -> i.field(LogField.NEEDLE_MM).equals("0.5")));
            assertTrue(ctx.log().list(null, null, LogKind.SMP).get(0).field(LogField.AFTERCARE).startsWith("No washing"));
            assertTrue(items.stream().filter(i -> !i.sideEffects().isEmpty()).count() >= 4);
            assertEquals(3, ctx.routines().activeOn(first.plusDays(160)).size());
            assertFalse(ctx.search().search(SearchQuery.words("swelling")).isEmpty());
            assertEquals(List.of("baseline"), ctx.tags().tagsOf(ctx.entries().findByDate(first).orElseThrow().id()));
            assertEquals(3, ctx.cadences().all().size());
        }
    }
}
