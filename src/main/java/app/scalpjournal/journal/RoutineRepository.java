package app.scalpjournal.journal;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.IsoText;
import app.scalpjournal.library.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Routines in SQLite. */
public final class RoutineRepository {
    private static final String COLUMNS = "id, kind, name, details, started_on, stopped_on, frequency, every_min_days, every_max_days";

    private final Database db;
    private final Clock clock;

    public RoutineRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Routine add(Routine routine) {
        return db.transaction(c -> {
            String now = Instant.now(clock).toString();
            Sql.update(c, "INSERT INTO routine(kind, name, details, started_on, stopped_on, frequency, every_min_days, every_max_days,"
                    + " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", values(routine, now, now));
            return get(c, Sql.lastInsertId(c)).orElseThrow();
        });
    }

    public Routine update(long id, Routine routine) {
        return db.transaction(c -> {
            Object[] v = values(routine, null, Instant.now(clock).toString());
            int changed = Sql.update(c, "UPDATE routine SET kind = ?, name = ?, details = ?, started_on = ?, stopped_on = ?, frequency = ?,"
                    + " every_min_days = ?, every_max_days = ?, updated_at = ? WHERE id = ?",
                    v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[9], id);
            if (changed == 0) {
                throw new IllegalArgumentException("no routine " + id);
            }
            return get(c, id).orElseThrow();
        });
    }

    public void delete(long id) {
        db.transaction(c -> Sql.update(c, "DELETE FROM routine WHERE id = ?", id));
    }

    public Optional<Routine> find(long id) {
        return db.read(c -> get(c, id));
    }

    /** Every routine, the most recently started first. */
    public List<Routine> listAll() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM routine ORDER BY started_on DESC, id DESC")) {
                return many(ps);
            }
        });
    }

    /** Routines running on that day. */
    public List<Routine> activeOn(LocalDate day) {
        return listAll().stream().filter(r -> r.activeOn(day)).toList();
    }

    private static Object[] values(Routine r, String createdAt, String updatedAt) {
        return new Object[] {r.kind().id(), r.name(), r.details(), r.startedOn().toString(),
            r.stoppedOn() == null ? null : r.stoppedOn().toString(), r.frequency().text(), r.frequency().minDays(),
            r.frequency().maxDays(), createdAt, updatedAt};
    }

    private Optional<Routine> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM routine WHERE id = ?")) {
            ps.setLong(1, id);
            List<Routine> list = many(ps);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    private static List<Routine> many(PreparedStatement ps) throws SQLException {
        List<Routine> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String stopped = rs.getString(6);
                Integer min = (Integer) rs.getObject(8);
                Integer max = (Integer) rs.getObject(9);
                out.add(new Routine(rs.getLong(1), LogKind.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        IsoText.date(rs.getString(5)), stopped == null ? null : IsoText.date(stopped),
                        new Frequency(rs.getString(7), min, max)));
            }
        }
        return out;
    }
}
