package app.scalpjournal.journal;

import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;
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

    /** "Crown photo (every 14 days): last 1 Mar 2026; due 15 Mar 2026", "… due today", "… due since 15 Mar 2026". */
    public String text(LocalDate today) {
        String when;
        if (next.isBefore(today)) {
            when = Messages.get("reminder.dueSince", DateFormats.day(next));
        } else if (next.equals(today)) {
            when = Messages.get("reminder.dueToday");
        } else if (latest != null && !latest.equals(next)) {
            when = Messages.get("reminder.dueRange", DateFormats.day(next), DateFormats.day(latest));
        } else {
            when = Messages.get("reminder.due", DateFormats.day(next));
        }
        String done = last == null ? Messages.get("reminder.never") : Messages.get("reminder.last", DateFormats.day(last));
        return Messages.get("reminder.line", subject, plan, done, when);
    }
}
