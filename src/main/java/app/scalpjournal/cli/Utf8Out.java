package app.scalpjournal.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line's standard output: a printer of UTF-8 text that also lends its byte stream to
 * writers that make UTF-8 themselves ({@code list --json}), so a long listing is not encoded a second
 * time, character by character, on its way out. Like the printer, the byte stream reports no errors
 * (a reader that went away, as in {@code list --json | head}, is no failure of the command); it marks
 * the printer's error state instead.
 */
final class Utf8Out extends PrintWriter {
    private final OutputStream bytes;

    Utf8Out(OutputStream out) {
        super(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.bytes = new Quiet(out);
    }

    /** The byte stream behind this printer, after everything printed so far. */
    OutputStream bytes() {
        flush();
        return bytes;
    }

    /** Writes through, turning errors into the printer's error state as {@link PrintWriter} does. */
    private final class Quiet extends OutputStream {
        private final OutputStream out;

        Quiet(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (InterruptedIOException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                setError();
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (InterruptedIOException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                setError();
            }
        }
    }
}
