package app.scalpjournal.compare.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Saves what the comparison area shows (photos and their date labels) as a PNG or JPEG. */
final class ComparisonExport {
    private ComparisonExport() {
    }

    /** Call on the FX thread (snapshots need it); returns the image so the caller can write it elsewhere. */
    static BufferedImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.web("#1e1e1e"));
        WritableImage image = node.snapshot(params, null);
        BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
        // JPEG writers refuse alpha: keep a plain RGB copy for both formats.
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(argb, 0, 0, null);
        return rgb;
    }

    /** Writes PNG, or JPEG for a .jpg/.jpeg name. */
    static void write(BufferedImage image, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".jpg") || name.endsWith(".jpeg") ? "jpg" : "png";
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        if (!ImageIO.write(image, format, tmp.toFile())) {
            Files.deleteIfExists(tmp);
            throw new IOException("no " + format + " writer is available");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
