package app.scalpjournal.cli;

import app.scalpjournal.context.AppContext;
import app.scalpjournal.photo.Region;
import app.scalpjournal.report.NothingToReportException;
import app.scalpjournal.report.TimeLapseRequest;
import app.scalpjournal.report.TimeLapses;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code timelapse --region R --out FILE.gif ...}: the window's time-lapse of one region, as an animated GIF. */
@Command(name = "timelapse", mixinStandardHelpOptions = true,
        description = {"Writes an animated, looping GIF of one region's photos in date order: each frame upright, placed with the "
                + "alignments saved in Compare, labelled with its date and day number.",
                "Exit status: 0 written, 1 no photos of the region in the range (or the file cannot be written), 2 usage error."})
public final class TimelapseCommand implements Callable<Integer> {
    @Mixin
    CommandEnv env;

    @Option(names = "--region", paramLabel = "R", required = true, converter = Converters.Region.class,
            description = "The region: hairline, top, crown, left-temple, right-temple, back, other.")
    Region region;

    @Option(names = "--out", paramLabel = "FILE.gif", required = true, description = "The GIF file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
            description = "First day to include (default: the region's first photo).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.Day.class,
            description = "Last day to include (default: the region's latest photo).")
    LocalDate to;

    @Option(names = "--seconds-per-photo", paramLabel = "S", defaultValue = "0.5",
            description = "How long each photo is shown, 0.1 to 10 seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--size", paramLabel = "PX", defaultValue = "1080",
            description = "Long edge of the frames in pixels, 240 to 2048 (default: ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() throws IOException {
        TimeLapseRequest request;
        try {
            request = new TimeLapseRequest(region, from, to, seconds, size);
        } catch (IllegalArgumentException e) {
            throw env.usageError(e.getMessage());
        }
        PrintWriter stdout = env.out();
        PrintWriter err = env.err();
        try (AppContext context = env.openContext()) {
            TimeLapses timeLapses = context.timeLapses();
            TimeLapses.Plan plan;
            try {
                plan = timeLapses.plan(request);
            } catch (NothingToReportException e) {
                err.println(Messages.get("cli.error", Messages.get("timelapse.cli.noFile", e.getMessage())));
                err.flush();
                return 1;
            }
            try {
                timeLapses.writeGif(plan, out, (done, total) -> { }, () -> false);
            } catch (IOException e) {
                err.println(Messages.get("cli.error", Messages.get("timelapse.cli.cannotWrite", out, e.getMessage())));
                err.flush();
                return 1;
            }
            stdout.println(Messages.get("timelapse.cli.wrote", out, plan.frames().size(), plan.width(), plan.height(),
                    Math.max(1, Files.size(out) / 1024)));
        }
        stdout.flush();
        return 0;
    }
}
