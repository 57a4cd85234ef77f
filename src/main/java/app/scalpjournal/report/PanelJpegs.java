package app.scalpjournal.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The panels' JPEGs, made a core each while the pages are laid out: a panel's image object goes on
 * the page at once, empty, and gets its bytes in {@link #finish} before anyone sees the document.
 * Workers only decode, compose and encode; PDFBox is touched on the caller's thread alone.
 */
final class PanelJpegs implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private record Pending(PDImageXObject image, Future<byte[]> jpeg) {
    }

    private final float quality;
    private final ExecutorService workers;
    private final List<Pending> pending = new ArrayList<>();

    PanelJpegs(float quality) {
        this.quality = quality;
        this.workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "summary-panel-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** An RGB JPEG image object of {@code width} × {@code height} pixels, whose pixels {@code pixels} makes on a worker. */
    PDImageXObject later(PDDocument doc, int width, int height, Callable<BufferedImage> pixels) throws IOException {
        PDImageXObject image = new PDImageXObject(new PDStream(doc), null);
        image.setWidth(width);
        image.setHeight(height);
        image.setBitsPerComponent(8);
        image.setColorSpace(PDDeviceRGB.INSTANCE);
        image.getCOSObject().setItem(COSName.FILTER, COSName.DCT_DECODE);
        pending.add(new Pending(image, workers.submit(() -> encode(pixels.call(), width, height))));
        return image;
    }

    /** Waits for every panel in the order they were placed and stores its bytes; {@code panelDone} runs after each. */
    void finish(Runnable panelDone) throws IOException {
        for (Pending p : pending) {
            byte[] jpeg = await(p.jpeg());
            try (OutputStream out = p.image().getCOSObject().createRawOutputStream()) {
                out.write(jpeg);
            }
            panelDone.run();
        }
        pending.clear();
    }

    private static byte[] await(Future<byte[]> jpeg) throws IOException {
        try {
            return jpeg.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the summary was stopped while its photos were being prepared");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private byte[] encode(BufferedImage pixels, int width, int height) throws IOException {
        if (pixels.getWidth() != width || pixels.getHeight() != height) {
            throw new IllegalStateException("panel pixels are " + pixels.getWidth() + "x" + pixels.getHeight()
                    + ", not the " + width + "x" + height + " placed on the page");
        }
        return encode(pixels, quality);
    }

    /**
     * Encodes a small picture and decodes it again, so ImageIO's plugins, the JPEG codec's native
     * library and their classes are loaded before the first panel needs them.
     */
    static void warmUp() {
        try {
            ImageIO.read(new ByteArrayInputStream(encode(new BufferedImage(16, 16, BufferedImage.TYPE_3BYTE_BGR), 0.85f)));
        } catch (IOException e) {
            // nothing lost: this picture is thrown away, and a panel that cannot be made reports why
        }
    }

    private static byte[] encode(BufferedImage pixels, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pixels.getWidth() * pixels.getHeight() / 4);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Stops what is still running (after a failure); the workers never outlive a render. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
