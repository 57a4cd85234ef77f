package app.scalpjournal.compare;

import java.util.ArrayList;
import java.util.List;

/** Chooses which dates the strip shows: at most {@code max}, evenly spread from one index to another, both ends kept. */
public final class StripPicker {
    public static final int MAX = 12;

    private StripPicker() {
    }

    public static List<Integer> pick(int from, int to, int max) {
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        int count = hi - lo + 1;
        List<Integer> out = new ArrayList<>();
        if (count <= max) {
            for (int i = lo; i <= hi; i++) {
                out.add(i);
            }
            return out;
        }
        for (int k = 0; k < max; k++) {
            int index = lo + (int) Math.round((double) k * (count - 1) / (max - 1));
            if (out.isEmpty() || out.get(out.size() - 1) != index) {
                out.add(index);
            }
        }
        return out;
    }
}
