package app.scalpjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalTest {
    @Test
    void everyListenerHearsInOrderUntilItStops() {
        Signal<String> saved = new Signal<>();
        List<String> heard = new ArrayList<>();
        saved.listen(v -> heard.add("timeline " + v));
        Runnable stop = saved.listen(v -> heard.add("calendar " + v));
        saved.fire("a");
        stop.run();
        saved.fire("b");
        assertEquals(List.of("timeline a", "calendar a", "timeline b"), heard);
    }
}
