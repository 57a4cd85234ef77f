package app.scalpjournal.journal;

import java.time.LocalDate;

/**
 * What to look for: words (matched as word beginnings in notes, log items, product names and tags),
 * and optional filters. {@code regionId} is a photo region id ("crown"): the entry must have a photo
 * of that region. Blank words with filters list every entry the filters allow.
 */
public record SearchQuery(String words, String regionId, LogKind kind, LocalDate from, LocalDate to) {
    public SearchQuery {
        words = words == null ? "" : words.strip();
        regionId = regionId == null || regionId.isBlank() ? null : regionId;
    }

    public static SearchQuery words(String words) {
        return new SearchQuery(words, null, null, null, null);
    }

    public boolean isEmpty() {
        return words.isEmpty() && regionId == null && kind == null && from == null && to == null;
    }
}
