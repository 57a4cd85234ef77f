package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SearchHit;
import app.scalpjournal.journal.SearchQuery;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search}: the window's search (words, region, kind, dates) through the same {@code JournalSearch}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds entries by words in notes, log items, product names and tags, and routines by name and details,",
                "newest first (entries, then routines). Filters narrow the result; with filters and no words every entry",
                "they allow is listed. Exit status: 0 (also when nothing matched), 2 usage error."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "Words to find (each matches the beginning of a word).")
    List<String> words = new ArrayList<>();

    @Option(names = "--region", paramLabel = "R", converter = Converters.Region.class,
            description = "Only entries with a photo of this region: hairline, top, crown, left-temple, right-temple, back, other.")
    Region region;

    @Option(names = "--kind", paramLabel = "KIND", converter = Converters.Kind.class,
            description = "Only entries with a log item (and routines) of this kind.")
    LogKind kind;

    @Mixin
    DateRange days;

    @Option(names = "--json", description = "Print a JSON array of {\"type\", \"id\", \"date\", \"title\", \"snippet\"} instead of lines.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        days.check();
        SearchQuery query = new SearchQuery(String.join(" ", words), region == null ? null : region.id(), kind, days.from, days.to);
        if (query.isEmpty()) {
            throw env.usageError("search needs words or a filter (--region, --kind, --from, --to)");
        }
        List<SearchHit> hits;
        try (AppContext context = env.openContext()) {
            hits = context.search().search(query);
        }
        PrintWriter out = env.out();
        if (json) {
            env.printJson(hits.stream().map(SearchCommand::hitJson).toList());
        } else if (hits.isEmpty()) {
            out.println(Messages.get("cli.search.none"));
        } else {
            for (SearchHit hit : hits) {
                String title = hit.type() == SearchHit.Type.ENTRY ? "" : "  " + hit.title();
                out.println(hit.date() + "  " + type(hit) + " #" + hit.id() + title + (hit.snippet().isEmpty() ? "" : "  " + hit.snippet()));
            }
        }
        out.flush();
        return 0;
    }

    private static String type(SearchHit hit) {
        return hit.type() == SearchHit.Type.ENTRY ? "entry" : "routine";
    }

    private static Map<String, Object> hitJson(SearchHit hit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type(hit));
        m.put("id", hit.id());
        m.put("date", hit.date().toString());
        m.put("title", hit.title());
        m.put("snippet", hit.snippet());
        return m;
    }
}
