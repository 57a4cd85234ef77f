package app.scalpjournal.report;

import app.scalpjournal.photo.Photo;
import java.awt.geom.AffineTransform;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the summary reads beyond entries and photos; each part is a small interface so each feature plugs in its own. */
public final class SummarySources {
    private SummarySources() {
    }

    /** The log of routines and treatments, condensed for the first page. */
    public interface Log {
        List<SummaryDocument.TreatmentRow> treatments(LocalDate from, LocalDate to);

        List<SummaryDocument.SideEffectRow> sideEffects(LocalDate from, LocalDate to);
    }

    /** Capture conditions as short text per photo id, for the photos that have some recorded. */
    @FunctionalInterface
    public interface Conditions {
        Map<Long, String> describe(List<Photo> photos);
    }

    /** Where a photo goes in a reference photo's frame (upright pixels to upright pixels), when saved alignments say so. */
    @FunctionalInterface
    public interface Alignments {
        Optional<AffineTransform> find(Photo moving, Photo reference);
    }
}
