package app.scalpjournal.report;

import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.Photo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Capture conditions as the journal recorded them, one line per photo ("washed that day · dry · daylight"). */
public final class RecordedConditions implements SummarySources.Conditions {
    private final CaptureRepository captures;

    public RecordedConditions(CaptureRepository captures) {
        this.captures = captures;
    }

    @Override
    public Map<Long, String> describe(List<Photo> photos) {
        return captures.of(photos.stream().map(Photo::id).toList()).entrySet().stream()
                .filter(e -> !e.getValue().summary().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().summary()));
    }
}
