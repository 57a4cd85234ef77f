package app.scalpjournal.journal;

/** What a calendar day holds: how many photos and log items. */
public record DayMarks(int photos, int logItems) {
}
