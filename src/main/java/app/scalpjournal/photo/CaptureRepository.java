package app.scalpjournal.photo;

import app.scalpjournal.library.Database;
import app.scalpjournal.library.Settings;
import app.scalpjournal.library.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Capture conditions per photo, and the last batch choice the import dialog offers again. */
public final class CaptureRepository {
    private static final Settings.Key<CaptureConditions> LAST_USED =
            new Settings.Key<>("capture.last", CaptureRepository::decode, CaptureRepository::encode);

    private final Database db;
    private final Settings settings;

    public CaptureRepository(Database db) {
        this.db = db;
        this.settings = new Settings(db);
    }

    public CaptureConditions get(long photoId) {
        return of(List.of(photoId)).getOrDefault(photoId, CaptureConditions.UNKNOWN);
    }

    /** Conditions of these photos; photos with none recorded are absent from the map. */
    public Map<Long, CaptureConditions> of(List<Long> photoIds) {
        if (photoIds.isEmpty()) {
            return Map.of();
        }
        return where(" WHERE photo_id IN (" + photoIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
    }

    /** Every photo's recorded conditions, in one query (photos with none are absent). */
    public Map<Long, CaptureConditions> all() {
        return where("");
    }

    private Map<Long, CaptureConditions> where(String where) {
        return db.read(c -> {
            Map<Long, CaptureConditions> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT photo_id, washed, hair_state, product_in_hair, lighting, camera, distance, note"
                    + " FROM photo_capture" + where);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), read(rs));
                }
            }
            return out;
        });
    }

    /** Records (or clears, when all unknown) the conditions of one or more photos in one transaction. */
    public void put(List<Long> photoIds, CaptureConditions conditions) {
        db.transaction(c -> {
            for (long id : photoIds) {
                if (conditions.isUnknown()) {
                    Sql.update(c, "DELETE FROM photo_capture WHERE photo_id = ?", id);
                } else {
                    Sql.update(c, "INSERT INTO photo_capture(photo_id, washed, hair_state, product_in_hair, lighting, camera, distance, note)"
                                    + " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(photo_id) DO UPDATE SET washed = excluded.washed,"
                                    + " hair_state = excluded.hair_state, product_in_hair = excluded.product_in_hair, lighting = excluded.lighting,"
                                    + " camera = excluded.camera, distance = excluded.distance, note = excluded.note",
                            id, bool(conditions.washed()), conditions.hairState() == null ? null : conditions.hairState().id(),
                            bool(conditions.productInHair()), conditions.lighting() == null ? null : conditions.lighting().id(),
                            nullIfBlank(conditions.camera()), nullIfBlank(conditions.distance()), conditions.note());
                }
            }
            return null;
        });
    }

    /** The conditions chosen for the last import batch, offered again next time. */
    public CaptureConditions lastUsed() {
        return settings.get(LAST_USED).orElse(CaptureConditions.UNKNOWN);
    }

    public void rememberLastUsed(CaptureConditions conditions) {
        settings.put(LAST_USED, conditions);
    }

    private static CaptureConditions read(ResultSet rs) throws SQLException {
        Object washed = rs.getObject(2);
        Object product = rs.getObject(4);
        String hair = rs.getString(3);
        String light = rs.getString(5);
        return new CaptureConditions(washed == null ? null : ((Number) washed).intValue() == 1,
                hair == null ? null : CaptureConditions.HairState.parse(hair),
                product == null ? null : ((Number) product).intValue() == 1,
                light == null ? null : CaptureConditions.Lighting.parse(light),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** Tab-separated fields; a stored value that no longer parses is treated as unknown. */
    static String encode(CaptureConditions c) {
        return String.join("\t", String.valueOf(c.washed()), c.hairState() == null ? "null" : c.hairState().id(),
                String.valueOf(c.productInHair()), c.lighting() == null ? "null" : c.lighting().id(),
                c.camera().replace('\t', ' '), c.distance().replace('\t', ' '), c.note().replace('\t', ' ').replace('\n', ' '));
    }

    static CaptureConditions decode(String text) {
        String[] f = text.split("\t", -1);
        try {
            return new CaptureConditions(tri(f[0]), f[1].equals("null") ? null : CaptureConditions.HairState.parse(f[1]), tri(f[2]),
                    f[3].equals("null") ? null : CaptureConditions.Lighting.parse(f[3]), f[4], f[5], f[6]);
        } catch (RuntimeException e) {
            return CaptureConditions.UNKNOWN;
        }
    }

    private static Boolean tri(String s) {
        return s.equals("null") ? null : Boolean.valueOf(s);
    }

    private static Integer bool(Boolean b) {
        return b == null ? null : (b ? 1 : 0);
    }

    private static String nullIfBlank(String s) {
        return s.isBlank() ? null : s;
    }
}
