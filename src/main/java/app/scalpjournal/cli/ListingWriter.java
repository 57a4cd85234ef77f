package app.scalpjournal.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code list --json} with Jackson's streaming generator, entry by entry, in the shape (and with
 * the indentation) the command has always printed; no object mapper to start, no whole document held
 * as one string. The field names are part of the command-line contract.
 */
final class ListingWriter {
    private final JsonGenerator json;

    private ListingWriter(JsonGenerator json) {
        this.json = json;
    }

    /** The listing, then a line break; {@code out} is flushed, not closed. */
    static void write(List<ListCommand.EntryJson> entries, Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        ListingWriter writer = new ListingWriter(json);
        json.writeStartObject();
        json.writeArrayFieldStart("entries");
        for (ListCommand.EntryJson e : entries) {
            writer.entry(e);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.write(System.lineSeparator());
        out.flush();
    }

    private void entry(ListCommand.EntryJson e) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", e.id());
        json.writeStringField("date", e.date());
        json.writeStringField("note", e.note());
        field("tags", e.tags());
        field("log_items", e.logItems());
        field("routines_active", e.routinesActive());
        json.writeArrayFieldStart("photos");
        for (ListCommand.PhotoJson p : e.photos()) {
            photo(p);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void photo(ListCommand.PhotoJson p) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", p.id());
        json.writeStringField("sha256", p.sha256());
        json.writeStringField("region", p.region());
        json.writeStringField("taken_at", p.takenAt());
        json.writeStringField("date_source", p.dateSource());
        json.writeNumberField("width", p.width());
        json.writeNumberField("height", p.height());
        json.writeNumberField("orientation", p.orientation());
        json.writeStringField("original_name", p.originalName());
        json.writeStringField("ext", p.ext());
        json.writeNumberField("byte_size", p.byteSize());
        field("capture_conditions", p.captureConditions());
        json.writeEndObject();
    }

    private void field(String name, Object value) throws IOException {
        json.writeFieldName(name);
        value(value);
    }

    /** The values {@link LogJson}'s maps hold, written as Jackson's object mapper writes them. */
    private void value(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                field(e.getKey().toString(), e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(item);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }
}
