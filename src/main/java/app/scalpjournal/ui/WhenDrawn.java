package app.scalpjournal.ui;

import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/** Calls back once a scene shows what {@code drawn} looks for, checked at the start of each frame. */
public final class WhenDrawn {
    private WhenDrawn() {
    }

    /**
     * A condition true at the start of a frame was laid out, and so drawn, in the frame before: the
     * callback runs after the pixels reached the window, not merely after the nodes were added.
     */
    public static void watch(Scene scene, Predicate<Scene> drawn, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (drawn.test(scene)) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
