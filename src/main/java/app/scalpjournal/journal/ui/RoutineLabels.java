package app.scalpjournal.journal.ui;

import app.scalpjournal.journal.Routine;
import app.scalpjournal.text.DateFormats;
import app.scalpjournal.text.Messages;

/**
 * How a routine reads on screen: "Evening massage (daily, since 3 Nov 2026)". {@link Routine#summary()}
 * keeps ISO dates for the command line's output; the window shows dates the user's way.
 */
public final class RoutineLabels {
    private RoutineLabels() {
    }

    public static String summary(Routine routine) {
        String when = routine.stoppedOn() == null
                ? Messages.get("routine.since", DateFormats.day(routine.startedOn()))
                : Messages.get("routine.between", DateFormats.day(routine.startedOn()), DateFormats.day(routine.stoppedOn()));
        String frequency = routine.frequency().text();
        return frequency.isBlank() ? Messages.get("routine.summary", routine.name(), when)
                : Messages.get("routine.summaryWithFrequency", routine.name(), frequency, when);
    }
}
