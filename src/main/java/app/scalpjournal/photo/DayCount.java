package app.scalpjournal.photo;

import app.scalpjournal.library.Settings;
import app.scalpjournal.text.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * "Day N" of a region, the one owner of the rule for Compare, the summary and the time-lapse: day 1
 * is the date the user chose for the region (e.g. when a routine began), else the date of the
 * region's first photo. The chosen date is kept in the journal's settings.
 */
public final class DayCount {
    private final Settings settings;

    public DayCount(Settings settings) {
        this.settings = settings;
    }

    /** The setting that holds a region's chosen day 1 (the name Compare has always used). */
    static Settings.Key<LocalDate> key(Region region) {
        return Settings.Key.date("compare.start-date." + region.id());
    }

    /** The day 1 the user chose for the region, if any. */
    public Optional<LocalDate> chosenStart(Region region) {
        return settings.get(key(region));
    }

    /** Counts the region's days from {@code date}; null counts from its first photo again. */
    public void choose(Region region, LocalDate date) {
        settings.put(key(region), date);
    }

    /** Day 1 of the region: the chosen date, else {@code firstPhoto}. */
    public LocalDate dayOne(Region region, LocalDate firstPhoto) {
        return chosenStart(region).orElse(firstPhoto);
    }

    /** Day 1 is {@code start} itself; a date before it has a number below 1. */
    public static long number(LocalDate start, LocalDate date) {
        return ChronoUnit.DAYS.between(start, date) + 1;
    }

    /** "day 1", "day 85", or "3 days before day 1" for a photo taken before the chosen start date. */
    public static String label(LocalDate start, LocalDate date) {
        long n = number(start, date);
        return n >= 1 ? Messages.get("photo.day", n) : Messages.get("photo.dayBefore", 1 - n);
    }
}
