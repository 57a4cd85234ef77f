package app.scalpjournal.bench;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.LogDraft;
import app.scalpjournal.journal.LogField;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SearchQuery;
import app.scalpjournal.journal.SideEffect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;

/**
 * Prints how long the log takes with a large journal: adding 10,000 items (one per day, each with a
 * note), searching them, listing a year and reading a calendar month. Figures only, no asserts.
 * Run by hand: java -cp target/test-classes:target/classes:$(cat cp.txt) app.scalpjournal.bench.LogSearchBench
 */
public final class LogSearchBench {
    private LogSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("log-bench");
        int n = 10_000;
        LocalDate first = LocalDate.of(2000, 1, 1);
        try (AppContext ctx = AppContext.open(dir)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                LogKind kind = LogKind.values()[i % 3 == 0 ? 1 : 0];
                Map<LogField, String> fields = kind == LogKind.MICRONEEDLING ? Map.of(LogField.NEEDLE_MM, "0.5", LogField.DEVICE, "roller")
                        : Map.of(LogField.MINUTES, "5");
                ctx.log().add(ctx.validator().check(new LogDraft(first.plusDays(i).toString(), kind, fields,
                        i % 50 == 0 ? EnumSet.of(SideEffect.ITCHING) : EnumSet.noneOf(SideEffect.class), "", "evening session number " + i)));
            }
            long t1 = System.nanoTime();
            System.out.printf("add %d items (one transaction each, fsync on): %.0f ms, %.2f ms/item%n", n, (t1 - t0) / 1e6, (t1 - t0) / 1e6 / n);
            for (String words : new String[] {"itching", "roller evening", "session 9999", "ev"}) {
                search(ctx, words);
            }
            long t2 = System.nanoTime();
            int year = ctx.log().list(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31), null).size();
            long t3 = System.nanoTime();
            System.out.printf("log list of one year (%d items): %.1f ms%n", year, (t3 - t2) / 1e6);
            int days = ctx.calendar().month(YearMonth.of(2010, 6)).size();
            long t4 = System.nanoTime();
            System.out.printf("calendar month (%d marked days): %.1f ms%n", days, (t4 - t3) / 1e6);
        }
    }

    private static void search(AppContext ctx, String words) {
        ctx.search().search(SearchQuery.words(words));
        long t = System.nanoTime();
        int hits = ctx.search().search(SearchQuery.words(words)).size();
        System.out.printf("search '%s': %d hits (capped at 500) in %.1f ms%n", words, hits, (System.nanoTime() - t) / 1e6);
    }
}
