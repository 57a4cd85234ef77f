package app.scalpjournal.report;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated, looping GIF written frame by frame with the JDK's own GIF writer, so only one frame is
 * in memory at a time. Each frame carries its display time (GIF counts in hundredths of a second).
 */
final class GifWriter implements Closeable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream out;
    private boolean first = true;

    GifWriter(Path file) throws IOException {
        writer = ImageIO.getImageWritersByFormatName("gif").next();
        out = ImageIO.createImageOutputStream(file.toFile());
        if (out == null) {
            throw new IOException("cannot open " + file + " for writing");
        }
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /** Appends a frame shown for {@code seconds}. */
    void add(BufferedImage frame, double seconds) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(2, (int) Math.round(seconds * 100))));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // NETSCAPE2.0 with a loop count of 0: play again and again
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
            first = false;
        }
        try {
            metadata.setFromTree(FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("GIF frame settings refused: " + e.getMessage(), e);
        }
        writer.writeToSequence(new IIOImage(frame, null, metadata), null);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!first) {
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
            out.close();
        }
    }
}
