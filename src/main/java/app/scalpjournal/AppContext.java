package app.scalpjournal;

import app.scalpjournal.alignment.AlignmentRepository;
import app.scalpjournal.alignment.SavedPlacements;
import app.scalpjournal.compare.CachedPhotoImages;
import app.scalpjournal.compare.CompareService;
import app.scalpjournal.compare.ConditionLabels;
import app.scalpjournal.compare.PhotoImages;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.cli.Version;
import app.scalpjournal.library.JournalBackup;
import app.scalpjournal.library.JournalExport;
import app.scalpjournal.journal.JournalCalendar;
import app.scalpjournal.journal.JournalSearch;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.RoutineReminders;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.journal.TagRepository;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import app.scalpjournal.photo.Inbox;
import app.scalpjournal.photo.LibraryCheck;
import app.scalpjournal.photo.PhotoImporter;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.PhotoCadenceRepository;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.report.LogDigest;
import app.scalpjournal.report.RecordedConditions;
import app.scalpjournal.report.ReportSettings;
import app.scalpjournal.report.StoredPhotos;
import app.scalpjournal.report.SummaryBuilder;
import app.scalpjournal.report.SummaryRenderer;
import app.scalpjournal.report.VisitSummaries;
import app.scalpjournal.photo.PhotoService;
import app.scalpjournal.photo.PreviewCache;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that wires the app: the open journal, its repositories and services, and the
 * background executor. Built by the window and by the command line alike; no display needed.
 */
public final class AppContext implements AutoCloseable {
    /** How long an inbox file must stay unchanged before it counts as completely synced. */
    private static final Duration INBOX_SETTLE = Duration.ofSeconds(3);

    private final Library library;
    private final Clock clock;
    private final ExecutorService executor;
    private final EntryRepository entries;
    private final PhotoRepository photos;
    private final PreviewCache previews;
    private final PhotoImporter importer;
    private final PhotoService photoService;
    private final LogValidator validator = new LogValidator();
    private final LogRepository log;
    private final RoutineRepository routines;
    private final TagRepository tags;
    private final JournalSearch search;
    private final JournalCalendar calendar;
    private final RoutineReminders routineReminders;
    private final CaptureRepository captures;
    private final PhotoCadenceRepository cadences;
    private final AlignmentRepository alignments;
    private final Settings settings;
    private final DayCount days;
    private final CompareService compare;
    private final Inbox inbox;

    public AppContext(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), namedDaemons());
        this.entries = new EntryRepository(library.database(), clock);
        this.photos = new PhotoRepository(library.database());
        this.previews = new PreviewCache(library.layout());
        this.importer = new PhotoImporter(library.layout(), entries, photos, previews, executor, clock);
        this.photoService = new PhotoService(library, entries, photos, clock);
        this.log = new LogRepository(library.database(), entries, clock);
        this.routines = new RoutineRepository(library.database(), clock);
        this.tags = new TagRepository(library.database());
        this.search = new JournalSearch(library.database());
        this.calendar = new JournalCalendar(library.database());
        this.routineReminders = new RoutineReminders(routines, log);
        this.captures = new CaptureRepository(library.database());
        this.cadences = new PhotoCadenceRepository(library.database());
        this.alignments = new AlignmentRepository(library.database(), clock);
        this.settings = new Settings(library.database());
        this.days = new DayCount(settings);
        this.inbox = new Inbox(settings, photos, library.layout(), clock, INBOX_SETTLE);
        this.compare = new CompareService(photos, entries, alignments, days, ConditionLabels.of(captures));
        tidyUp();
    }

    /** Deletions become final when the journal is opened again; leftovers of an interrupted import go. */
    private void tidyUp() {
        photoService.purgeDeleted();
        try {
            new LibraryCheck(library, photos).sweep();
        } catch (IOException e) {
            // Leftovers stay until the next start; `check` lists them meanwhile.
        }
    }

    public static AppContext open(Path folder) {
        return new AppContext(Library.open(folder), Clock.systemDefaultZone());
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "scalp-journal-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public Library library() {
        return library;
    }

    public Clock clock() {
        return clock;
    }

    public ExecutorService executor() {
        return executor;
    }

    public EntryRepository entries() {
        return entries;
    }

    public PhotoRepository photos() {
        return photos;
    }

    /** The visit summary: selection, PDF pages, saving, and what the dialog remembers. */
    public VisitSummaries visitSummaries() {
        SummaryBuilder builder = new SummaryBuilder(entries, photos, new LogDigest(log, routines), new RecordedConditions(captures),
                new SavedPlacements(alignments, photos)::find, days);
        SummaryRenderer renderer = new SummaryRenderer(new StoredPhotos(previews), "Scalp Journal " + Version.current(), clock);
        return new VisitSummaries(builder, renderer, new ReportSettings(settings), clock);
    }

    /** Exports this journal in open formats. */
    public JournalExport export() {
        return new JournalExport(library, Version.current(), clock);
    }

    /** Backs up this journal into one archive. */
    public JournalBackup backup() {
        return new JournalBackup(library, Version.current(), clock);
    }

    public PreviewCache previews() {
        return previews;
    }

    public PhotoImporter importer() {
        return importer;
    }

    public PhotoService photoService() {
        return photoService;
    }

    public LogValidator validator() {
        return validator;
    }

    public LogRepository log() {
        return log;
    }

    public RoutineRepository routines() {
        return routines;
    }

    public TagRepository tags() {
        return tags;
    }

    public JournalSearch search() {
        return search;
    }

    public JournalCalendar calendar() {
        return calendar;
    }

    public RoutineReminders routineReminders() {
        return routineReminders;
    }

    public CaptureRepository captures() {
        return captures;
    }

    public PhotoCadenceRepository cadences() {
        return cadences;
    }

    /** Saved manual alignments of photo pairs, as Compare edits them. */
    public AlignmentRepository alignments() {
        return alignments;
    }

    /** The inbox folder a phone's photos sync into, and which of them are new. */
    public Inbox inbox() {
        return inbox;
    }

    public CompareService compare() {
        return compare;
    }

    /** Thumbnails, previews and full-resolution originals for the compare view. */
    public PhotoImages photoImages() {
        return new CachedPhotoImages(previews);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        library.close();
    }
}
