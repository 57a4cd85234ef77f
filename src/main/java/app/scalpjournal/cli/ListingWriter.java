package app.scalpjournal.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code list --json} with Jackson's streaming generator, entry by entry, in the shape (and with
 * the indentation) the command has always printed; no object mapper to start, no whole document held
 * as one string. The field names are part of the command-line contract. Written to a byte stream it
 * makes the UTF-8 itself, with a character outside the BMP (an emoji) as its four bytes, as the text
 * writer's encoder does, rather than as an escaped surrogate pair.
 */
final class ListingWriter {
    /** The listing's own field names, quoted once rather than for every entry and photo. */
    private static final SerializableString ENTRIES = new SerializedString("entries");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString DATE = new SerializedString("date");
    private static final SerializableString NOTE = new SerializedString("note");
    private static final SerializableString TAGS = new SerializedString("tags");
    private static final SerializableString LOG_ITEMS = new SerializedString("log_items");
    private static final SerializableString ROUTINES_ACTIVE = new SerializedString("routines_active");
    private static final SerializableString PHOTOS = new SerializedString("photos");
    private static final SerializableString SHA256 = new SerializedString("sha256");
    private static final SerializableString REGION = new SerializedString("region");
    private static final SerializableString TAKEN_AT = new SerializedString("taken_at");
    private static final SerializableString DATE_SOURCE = new SerializedString("date_source");
    private static final SerializableString WIDTH = new SerializedString("width");
    private static final SerializableString HEIGHT = new SerializedString("height");
    private static final SerializableString ORIENTATION = new SerializedString("orientation");
    private static final SerializableString ORIGINAL_NAME = new SerializedString("original_name");
    private static final SerializableString EXT = new SerializedString("ext");
    private static final SerializableString BYTE_SIZE = new SerializedString("byte_size");
    private static final SerializableString CAPTURE_CONDITIONS = new SerializedString("capture_conditions");
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private final JsonGenerator json;

    private ListingWriter(JsonGenerator json) {
        this.json = json;
    }

    /** The listing, then a line break; {@code out} is flushed, not closed. */
    static void write(List<ListCommand.EntryJson> entries, Writer out) throws IOException {
        write(entries, FACTORY.createGenerator(out));
        out.write(System.lineSeparator());
        out.flush();
    }

    /** The listing in UTF-8, then a line break; {@code out} is flushed, not closed. */
    static void write(List<ListCommand.EntryJson> entries, OutputStream out) throws IOException {
        write(entries, FACTORY.createGenerator(out, JsonEncoding.UTF8));
        out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void write(List<ListCommand.EntryJson> entries, JsonGenerator json) throws IOException {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        ListingWriter writer = new ListingWriter(json);
        json.writeStartObject();
        json.writeFieldName(ENTRIES);
        json.writeStartArray();
        for (ListCommand.EntryJson e : entries) {
            writer.entry(e);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }

    private void entry(ListCommand.EntryJson e) throws IOException {
        json.writeStartObject();
        number(ID, e.id());
        string(DATE, e.date());
        string(NOTE, e.note());
        field(TAGS, e.tags());
        field(LOG_ITEMS, e.logItems());
        field(ROUTINES_ACTIVE, e.routinesActive());
        json.writeFieldName(PHOTOS);
        json.writeStartArray();
        for (ListCommand.PhotoJson p : e.photos()) {
            photo(p);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void photo(ListCommand.PhotoJson p) throws IOException {
        json.writeStartObject();
        number(ID, p.id());
        string(SHA256, p.sha256());
        string(REGION, p.region());
        string(TAKEN_AT, p.takenAt());
        string(DATE_SOURCE, p.dateSource());
        number(WIDTH, p.width());
        number(HEIGHT, p.height());
        number(ORIENTATION, p.orientation());
        string(ORIGINAL_NAME, p.originalName());
        string(EXT, p.ext());
        number(BYTE_SIZE, p.byteSize());
        field(CAPTURE_CONDITIONS, p.captureConditions());
        json.writeEndObject();
    }

    private void field(SerializableString name, Object value) throws IOException {
        json.writeFieldName(name);
        value(value);
    }

    private void string(SerializableString name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value);
    }

    private void number(SerializableString name, long value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
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
                json.writeFieldName(e.getKey().toString());
                value(e.getValue());
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
