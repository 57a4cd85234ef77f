package app.scalpjournal.library;

import app.scalpjournal.text.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the whole journal in open formats that need no Scalp Journal to read: {@code photos/} with
 * readable names ({@code 2026-03-01_crown_1.jpg}), {@code journal.json} with every section, and one
 * CSV per section. Deleted entries and photos that can still be undone are left out. The folder is
 * written under a temporary name next to the target and renamed when complete.
 */
public final class JournalExport {
    /** One part of the journal: its JSON key and CSV file name, and the query that lists its rows. */
    public record Section(String name, String sql) {
    }

    /** What was written, per section, and originals that could not be copied. */
    public record Result(Path folder, Map<String, Integer> rows, List<String> problems) {
    }

    static final String PHOTOS = "photos";

    /** The sections in the order they appear; a new kind of record is one more line here. */
    static final List<Section> SECTIONS = List.of(
            new Section("entries", "SELECT id, entry_date AS date, note, created_at, updated_at FROM entry"
                    + " WHERE deleted_at IS NULL ORDER BY entry_date"),
            new Section(PHOTOS, "SELECT p.id, e.entry_date AS date, p.region, p.taken_at, p.date_source, p.original_name, p.ext,"
                    + " p.sha256, p.byte_size, p.width, p.height, p.orientation, p.imported_at, c.washed, c.hair_state,"
                    + " c.product_in_hair, c.lighting, c.camera, c.distance, c.note AS capture_note"
                    + " FROM photo p JOIN entry e ON e.id = p.entry_id LEFT JOIN photo_capture c ON c.photo_id = p.id"
                    + " WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY e.entry_date, p.region, p.taken_at, p.id"),
            new Section("log_items", "SELECT l.id, e.entry_date AS date, l.kind, l.name, l.minutes, l.device, l.needle_mm, l.area,"
                    + " l.applied_after, l.aftercare, l.session_number, l.clinic, l.strength, l.amount, l.times_per_day, l.dose,"
                    + " l.frequency, (SELECT group_concat(effect, ';') FROM log_side_effect s WHERE s.log_item_id = l.id) AS side_effects,"
                    + " l.side_effect_note, l.note, l.created_at, l.updated_at"
                    + " FROM log_item l JOIN entry e ON e.id = l.entry_id WHERE e.deleted_at IS NULL ORDER BY e.entry_date, l.id"),
            new Section("routines", "SELECT id, kind, name, details, started_on, stopped_on, frequency, created_at, updated_at"
                    + " FROM routine ORDER BY started_on, id"),
            new Section("tags", "SELECT e.entry_date AS date, t.name AS tag FROM entry_tag et JOIN tag t ON t.id = et.tag_id"
                    + " JOIN entry e ON e.id = et.entry_id WHERE e.deleted_at IS NULL ORDER BY e.entry_date, t.name"),
            new Section("alignments", "SELECT a.photo_id, a.reference_photo_id, a.dx, a.dy, a.scale, a.rotation_deg, a.updated_at"
                    + " FROM alignment a JOIN photo p ON p.id = a.photo_id JOIN photo r ON r.id = a.reference_photo_id"
                    + " WHERE p.deleted_at IS NULL AND r.deleted_at IS NULL ORDER BY a.photo_id, a.reference_photo_id"));

    /** A section's rows with its column names, which a CSV keeps even when there are no rows. */
    private record Table(List<String> columns, List<Map<String, Object>> rows) {
    }

    /** Made on the first export, not when the journal is opened (an object mapper costs hundreds of classes). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Library library;
    private final String appVersion;
    private final Clock clock;

    public JournalExport(Library library, String appVersion, Clock clock) {
        this.library = library;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    public Result write(Path folder, Progress progress) {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.startsWith(library.root())) {
            throw new LibraryException(Messages.get("export.insideJournal", target));
        }
        TempFiles.Outside outside = null;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(target)) {
                throw new LibraryException(Messages.get("export.notEmpty", target));
            }
            Files.createDirectories(parent);
            outside = TempFiles.outside(library.layout(), parent, "." + target.getFileName() + ".export-");
            Path work = outside.folder();
            Map<String, Table> sections = library.database().read(JournalExport::readSections);
            List<String> problems = copyPhotos(sections.get(PHOTOS), work, progress);
            writeJson(work.resolve("journal.json"), sections);
            for (var section : sections.entrySet()) {
                writeCsv(work.resolve(section.getKey() + ".csv"), section.getValue());
            }
            PrivateFiles.tree(work);
            SafeFiles.syncFolder(work);
            Files.deleteIfExists(target);
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            Map<String, Integer> counts = new LinkedHashMap<>();
            sections.forEach((name, table) -> counts.put(name, table.rows().size()));
            return new Result(target, counts, problems);
        } catch (IOException e) {
            throw new LibraryException(Messages.get("export.writeFailed", target, SafeFiles.reason(e),
                    SafeArchive.isDiskFull(e) ? Messages.get("export.writeFailed.diskFull") : ""), e);
        } finally {
            if (outside != null) {
                outside.cleanUp();
            }
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var list = Files.list(folder)) {
            return list.findAny().isEmpty();
        }
    }

    private static Map<String, Table> readSections(Connection c) throws SQLException {
        Map<String, Table> out = new LinkedHashMap<>();
        for (Section section : SECTIONS) {
            List<Map<String, Object>> rows = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(section.sql()); ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                }
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            out.put(section.name(), new Table(columns, rows));
        }
        return out;
    }

    /** Copies each photo's original to {@code photos/<date>_<region>_<n>.<ext>} and records that name in its row. */
    private List<String> copyPhotos(Table table, Path work, Progress progress) throws IOException {
        table.columns().add(0, "file");
        List<Map<String, Object>> photos = table.rows();
        Path folder = Files.createDirectories(work.resolve(PHOTOS));
        Map<String, Integer> counters = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int done = 0;
        for (Map<String, Object> row : photos) {
            String stem = row.get("date") + "_" + row.get("region");
            int n = counters.merge(stem, 1, Integer::sum);
            String name = stem + "_" + n + "." + row.get("ext");
            Path original = library.layout().original((String) row.get("sha256"), (String) row.get("ext"));
            Map<String, Object> withFile = new LinkedHashMap<>();
            if (Files.isRegularFile(original)) {
                Files.copy(original, folder.resolve(name));
                withFile.put("file", PHOTOS + "/" + name);
            } else {
                problems.add(library.root().relativize(original) + ": the original of " + row.get("original_name") + " is missing; not exported");
                withFile.put("file", null);
            }
            withFile.putAll(row);
            row.clear();
            row.putAll(withFile);
            progress.update(++done, photos.size());
        }
        return problems;
    }

    private void writeJson(Path file, Map<String, Table> sections) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "scalp-journal-export");
        doc.put("format_version", 1);
        doc.put("app_version", appVersion);
        doc.put("schema_version", Migrations.currentVersion(library.database()));
        doc.put("exported_at", Instant.now(clock).toString());
        sections.forEach((name, table) -> doc.put(name, table.rows()));
        Json.MAPPER.writeValue(file.toFile(), doc);
    }

    /** RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read the accents right. */
    private static void writeCsv(Path file, Table table) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            writeLine(out, table.columns());
            for (Map<String, Object> row : table.rows()) {
                writeLine(out, table.columns().stream().map(c -> row.get(c) == null ? "" : String.valueOf(row.get(c))).toList());
            }
        }
    }

    private static void writeLine(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = String.valueOf(cells.get(i));
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.write("\r\n");
    }
}
