package app.scalpjournal.journal;

import java.time.LocalDate;

/**
 * Something the user planned that comes round again: a routine by its frequency, or a region's photo
 * by its cadence. {@code next} is the first day it is due ({@code latest} the last one of a range,
 * e.g. "every 4-6 weeks"); {@code last} is when it was last done, if ever.
 */
public record Reminder(String subject, String plan, LocalDate last, LocalDate next, LocalDate latest) {
    public boolean dueOn(LocalDate today) {
        return !next.isAfter(today);
    }

    /** "Crown photo (every 14 days): last 2026-03-01; due 2026-03-15", "… due today", "… due since 2026-03-15". */
    public String text(LocalDate today) {
        String when;
        if (next.isBefore(today)) {
            when = "due since " + next;
        } else if (next.equals(today)) {
            when = "due today";
        } else {
            when = "due " + (latest != null && !latest.equals(next) ? next + " to " + latest : next.toString());
        }
        return subject + " (" + plan + "): " + (last == null ? "none yet" : "last " + last) + "; " + when;
    }
}
