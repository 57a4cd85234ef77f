package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.alignment.Alignment;
import app.scalpjournal.compare.Captions;
import app.scalpjournal.compare.CompareMode;
import app.scalpjournal.compare.Comparison;
import app.scalpjournal.compare.DatedPhoto;
import app.scalpjournal.compare.RegionPhotos;
import app.scalpjournal.compare.StripPicker;
import app.scalpjournal.photo.Region;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code compare --region R --out FILE ...}: the compare window's "Save image…", from the command line. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Writes one region's photos on two dates as an image (PNG, or JPEG for .jpg), labelled with their dates, "
                + "day numbers, how they were taken and the day's note: side by side, as a swipe or an overlay (the later photo "
                + "aligned as saved in Compare), or a strip of up to twelve dates between the two.",
                "Exit status: 0 written, 1 no such photo (or the file cannot be written), 2 usage error."})
public final class CompareCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Option(names = "--region", paramLabel = "R", required = true, converter = Converters.Region.class,
            description = "The region: hairline, top, crown, left-temple, right-temple, back, other.")
    Region region;

    @Option(names = "--left", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
            description = "The left photo's date (default: the region's first photo).")
    LocalDate left;

    @Option(names = "--right", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
            description = "The right photo's date (default: the region's latest photo).")
    LocalDate right;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "side-by-side", converter = ModeConverter.class,
            description = "side-by-side, swipe, overlay or strip (default: ${DEFAULT-VALUE}).")
    CompareMode mode;

    @Option(names = "--out", paramLabel = "FILE.png|jpg", required = true, description = "The image file to write.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = env.err();
        try (AppContext context = env.openContext()) {
            RegionPhotos loaded = context.compare().load(region);
            List<DatedPhoto> photos = loaded.photos();
            if (photos.isEmpty()) {
                return fail(err, Messages.get("cli.compare.noPhotos", region.id()));
            }
            int l = indexOn(photos, left, 0);
            int r = indexOn(photos, right, photos.size() - 1);
            if (l < 0 || r < 0) {
                return fail(err, Messages.get("cli.compare.noPhotoOn", region.id(), String.valueOf(l < 0 ? left : right),
                        photos.stream().map(p -> p.date().toString()).distinct().collect(Collectors.joining(", "))));
            }
            Comparison comparison = comparison(context, loaded, l, r);
            try {
                context.comparisonWriter().write(comparison, out);
            } catch (IOException | RuntimeException e) {
                return fail(err, Messages.get("cli.cannotWrite", out, e.getMessage()));
            }
            PrintWriter stdout = env.out();
            stdout.println(Messages.get("cli.compare.wrote", out, region.id(), String.valueOf(photos.get(l).date()),
                    String.valueOf(photos.get(r).date()), mode.id(), size()));
            stdout.flush();
            return 0;
        }
    }

    private Comparison comparison(AppContext context, RegionPhotos loaded, int l, int r) {
        List<DatedPhoto> photos = loaded.photos();
        DatedPhoto lp = photos.get(l);
        DatedPhoto rp = photos.get(r);
        List<DatedPhoto> strip = StripPicker.pick(l, r, StripPicker.MAX).stream().map(photos::get).toList();
        Captions captions = new Captions(loaded.countFrom(), LocalDate.now(context.clock()));
        Comparison unaligned = new Comparison(mode, region, lp, rp, strip, Alignment.IDENTITY, 0.5, 0.5, captions);
        DatedPhoto moving = unaligned.moving();
        Alignment saved = moving == null ? Alignment.IDENTITY
                : context.compare().alignment(moving.id(), unaligned.reference().id()).orElse(Alignment.IDENTITY);
        return new Comparison(mode, region, lp, rp, strip, saved, 0.5, 0.5, captions);
    }

    /** The index of the photo on {@code date} (the first that day), {@code fallback} without a date, -1 when none. */
    private static int indexOn(List<DatedPhoto> photos, LocalDate date, int fallback) {
        if (date == null) {
            return fallback;
        }
        for (int i = 0; i < photos.size(); i++) {
            if (photos.get(i).date().equals(date)) {
                return i;
            }
        }
        return -1;
    }

    private String size() {
        try {
            var image = ImageIO.read(out.toFile());
            return image == null ? "" : ", " + image.getWidth() + "x" + image.getHeight() + " px";
        } catch (IOException e) {
            return "";
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println(Messages.get("cli.compare.error", message));
        err.flush();
        return 1;
    }

    /** The modes a still image can show; Blink moves, so it has no file form. */
    static final class ModeConverter implements ITypeConverter<CompareMode> {
        @Override
        public CompareMode convert(String value) {
            for (CompareMode m : CompareMode.values()) {
                if (m != CompareMode.BLINK && m.id().equals(value.toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a mode: side-by-side, swipe, overlay or strip");
        }
    }
}
