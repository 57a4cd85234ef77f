package app.scalpjournal.compare;

import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.Photo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How each photo was taken (hair washed or dry, lighting, distance...) as a short text, shown under
 * the photo and compared for the "taken under different conditions" hint.
 */
@FunctionalInterface
public interface ConditionLabels {
    ConditionLabels NONE = photos -> Map.of();

    /** A short description per photo id, for the photos that have conditions recorded. */
    Map<Long, String> describe(List<Photo> photos);

    /** The conditions recorded in the journal, in one query. */
    static ConditionLabels of(CaptureRepository captures) {
        return photos -> captures.of(photos.stream().map(Photo::id).toList()).entrySet().stream()
                .filter(e -> !e.getValue().isUnknown())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().summary()));
    }
}
