package app.scalpjournal.photo;

import app.scalpjournal.journal.Reminder;
import app.scalpjournal.library.Database;
import app.scalpjournal.library.Sql;
import app.scalpjournal.text.Messages;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How often the user plans to photograph each region, and which regions are due. */
public final class PhotoCadenceRepository {
    private final Database db;

    public PhotoCadenceRepository(Database db) {
        this.db = db;
    }

    public Map<Region, Integer> all() {
        return db.read(c -> {
            Map<Region, Integer> out = new EnumMap<>(Region.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT region, every_days FROM photo_cadence"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Region region = Region.fromId(rs.getString(1)).orElse(null);
                    if (region != null) {
                        out.put(region, rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    /** Sets a region's cadence in days (checked by LogValidator#cadenceDays), or removes it when null. */
    public void set(Region region, Integer everyDays) {
        db.transaction(c -> everyDays == null
                ? Sql.update(c, "DELETE FROM photo_cadence WHERE region = ?", region.id())
                : Sql.update(c, "INSERT INTO photo_cadence(region, every_days) VALUES (?, ?)"
                        + " ON CONFLICT(region) DO UPDATE SET every_days = excluded.every_days", region.id(), everyDays));
    }

    /** Each region with a cadence: when its newest photo was taken and when the next one is due, soonest first. */
    public List<Reminder> upcoming(LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pc.region, pc.every_days,"
                    + " (SELECT max(e.entry_date) FROM photo p JOIN entry e ON e.id = p.entry_id"
                    + "  WHERE p.region = pc.region AND p.deleted_at IS NULL AND e.deleted_at IS NULL AND e.entry_date <= ?)"
                    + " FROM photo_cadence pc")) {
                ps.setString(1, today.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Region region = Region.fromId(rs.getString(1)).orElse(null);
                        if (region == null) {
                            continue;
                        }
                        int days = rs.getInt(2);
                        LocalDate last = rs.getString(3) == null ? null : LocalDate.parse(rs.getString(3));
                        LocalDate next = last == null ? today : last.plusDays(days);
                        out.add(new Reminder(Messages.get("reminder.photo", region.label()), Messages.get("reminder.photoEvery", days), last, next, null));
                    }
                }
            }
            return null;
        });
        out.sort(Comparator.comparing(Reminder::next));
        return out;
    }
}
