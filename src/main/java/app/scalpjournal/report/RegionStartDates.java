package app.scalpjournal.report;

import app.scalpjournal.library.Settings;
import app.scalpjournal.photo.Region;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The "day 1" the user chose per region in Compare (setting {@code compare.start-date.<region>}), so both count days alike. */
public final class RegionStartDates implements SummarySources.StartDates {
    private final Settings settings;

    public RegionStartDates(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<LocalDate> startOf(Region region) {
        try {
            return settings.get("compare.start-date." + region.id()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
