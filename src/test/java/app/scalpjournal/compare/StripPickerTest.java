package app.scalpjournal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StripPickerTest {
    @Test
    void keepsBothEndsAndSpreadsEvenly() {
        assertEquals(List.of(0, 1, 2), StripPicker.pick(0, 2, 12));
        List<Integer> picked = StripPicker.pick(0, 99, 12);
        assertEquals(12, picked.size());
        assertEquals(0, picked.get(0));
        assertEquals(99, picked.get(11));
        assertEquals(List.of(2, 3, 4, 5), StripPicker.pick(5, 2, 12));
    }
}
