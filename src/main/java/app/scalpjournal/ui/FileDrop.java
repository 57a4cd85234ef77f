package app.scalpjournal.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files and folders dropped on a node go to one handler. The drag events only carry the dragboard's
 * files to {@link #drop}, so a test drives the same handler with a list of files.
 */
public final class FileDrop {
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("drop-target");

    private final Consumer<List<Path>> target;

    public FileDrop(Consumer<List<Path>> target) {
        this.target = target;
    }

    /** Hands the dropped files (as a {@link Dragboard} lists them) to the target; false when there were none. */
    public boolean drop(List<File> files) {
        if (files == null || files.isEmpty()) {
            return false;
        }
        target.accept(files.stream().map(File::toPath).toList());
        return true;
    }

    /** Accepts file drags on {@code node}, marked with the {@code :drop-target} pseudo-class while one hovers. */
    public void install(Node node) {
        node.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                node.pseudoClassStateChanged(TARGET, true);
            }
            e.consume();
        });
        node.setOnDragExited(e -> node.pseudoClassStateChanged(TARGET, false));
        node.setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            e.setDropCompleted(board.hasFiles() && drop(board.getFiles()));
            e.consume();
        });
    }
}
