package app.scalpjournal.journal;

import app.scalpjournal.library.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/** The days of a month that have photos or log items, for the calendar view. */
public final class JournalCalendar {
    private final Database db;

    public JournalCalendar(Database db) {
        this.db = db;
    }

    /** Only days with something on them appear in the map. */
    public Map<LocalDate, DayMarks> month(YearMonth month) {
        return db.read(c -> {
            Map<LocalDate, DayMarks> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.entry_date,"
                    + " (SELECT count(*) FROM photo p WHERE p.entry_id = e.id AND p.deleted_at IS NULL),"
                    + " (SELECT count(*) FROM log_item l WHERE l.entry_id = e.id)"
                    + " FROM entry e WHERE e.deleted_at IS NULL AND e.entry_date BETWEEN ? AND ?")) {
                ps.setString(1, month.atDay(1).toString());
                ps.setString(2, month.atEndOfMonth().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(2) > 0 || rs.getInt(3) > 0) {
                            out.put(LocalDate.parse(rs.getString(1)), new DayMarks(rs.getInt(2), rs.getInt(3)));
                        }
                    }
                }
            }
            return out;
        });
    }
}
