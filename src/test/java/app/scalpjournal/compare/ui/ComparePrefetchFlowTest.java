package app.scalpjournal.compare.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.compare.Side;
import app.scalpjournal.photo.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Compare decoding neighbouring dates ahead of the user, on a region of 16 dates (so what opening
 * prefetches and what a step prefetches are different dates), through the real UI at 1280x800.
 */
class ComparePrefetchFlowTest extends CompareFlowTestBase {
    @Start
    void start(Stage stage) throws Exception {
        setUp(stage);
        SampleFiles files = new SampleFiles(journal.library.layout());
        for (int i = 1; i <= 10; i++) {
            files.add(journal.photo(Region.CROWN, D0.plusDays(i), 1600, 1200), 10 + i);
        }
        show(stage);
    }

    @Override
    double[] size() {
        return new double[] {1280, 800};
    }

    /** Opening decodes the dates beside both shown ones at the size drawn, so even the first step shows at once. */
    @Test
    void openingPrefetchesTheDatesBesideBothSides(FxRobot robot) throws Exception {
        waitForImages(robot);
        int size = drawnSize(robot);
        int right = vm.pair().rightIndexProperty().get();
        assertTrue(right == 15 && vm.pair().leftIndexProperty().get() == 0);
        waitUntil(() -> cached(right - 1, size) && cached(right - 2, size) && cached(1, size));
    }

    /** Stepping a side decodes the next two dates in the direction it moved, and the one it came from, at the size drawn. */
    @Test
    void steppingADatePrefetchesTwoDatesAheadAndOneBehind(FxRobot robot) throws Exception {
        waitForImages(robot);
        int from = vm.pair().rightIndexProperty().get();
        robot.interact(() -> vm.pair().step(Side.RIGHT, -1));
        int size = drawnSize(robot);
        // Opening prefetched from - 1 and from - 2; from - 3 only the step asks for.
        waitUntil(() -> cached(from - 2, size) && cached(from - 3, size) && cached(from, size));
    }

    private static int drawnSize(FxRobot robot) {
        int size = robot.lookup("#rightViewport").queryAs(PhotoViewport.class).drawnSize();
        assertTrue(size >= 600, "drawn at " + size);
        return size;
    }

    private boolean cached(int index, int size) {
        return images.cached(vm.pair().photos().get(index).photo(), size) != null;
    }
}
