package app.scalpjournal.context;

import app.scalpjournal.alignment.AlignmentRepository;
import app.scalpjournal.alignment.SavedPlacements;
import app.scalpjournal.compare.CompareService;
import app.scalpjournal.compare.ComparisonWriter;
import app.scalpjournal.compare.ConditionLabels;
import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.journal.JournalCalendar;
import app.scalpjournal.journal.JournalSearch;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.LogValidator;
import app.scalpjournal.journal.RoutineReminders;
import app.scalpjournal.journal.RoutineRepository;
import app.scalpjournal.journal.TagRepository;
import app.scalpjournal.library.AppVersion;
import app.scalpjournal.library.JournalBackup;
import app.scalpjournal.library.JournalExport;
import app.scalpjournal.library.Library;
import app.scalpjournal.library.Settings;
import app.scalpjournal.photo.Inbox;
import app.scalpjournal.photo.CaptureRepository;
import app.scalpjournal.photo.DayCount;
import app.scalpjournal.photo.JournalRepair;
import app.scalpjournal.photo.JournalTidy;
import app.scalpjournal.photo.OrphanRecovery;
import app.scalpjournal.photo.Trash;
import app.scalpjournal.photo.LibraryCheck;
import app.scalpjournal.photo.OriginalStore;
import app.scalpjournal.photo.PhotoCadenceRepository;
import app.scalpjournal.photo.PhotoImporter;
import app.scalpjournal.photo.PhotoRepository;
import app.scalpjournal.photo.PhotoService;
import app.scalpjournal.photo.PreviewCache;
import app.scalpjournal.photo.Reminders;
import app.scalpjournal.report.LogDigest;
import app.scalpjournal.report.RecordedConditions;
import app.scalpjournal.report.ReportSettings;
import app.scalpjournal.report.StoredPhotos;
import app.scalpjournal.report.SummaryBuilder;
import app.scalpjournal.report.SummaryRenderer;
import app.scalpjournal.report.TimeLapses;
import app.scalpjournal.report.VisitSummaries;
import app.scalpjournal.photo.PhotoPixels;
import app.scalpjournal.sample.SampleJournal;
import app.scalpjournal.sample.SampleLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * The one place that wires the app: the open journal, its repositories and services, and the
 * background executor. Built by the window and by the command line alike; no display needed.
 * Wiring only: building it changes nothing on disk. What opening a journal does (deletions become
 * final, leftovers go) is the explicit step {@link #tidy()}, run by the window and the commands.
 */
public final class AppContext implements AutoCloseable {
    /** How long an inbox file must stay unchanged before it counts as completely synced. */
    private static final Duration INBOX_SETTLE = Duration.ofSeconds(3);

    private final Library library;
    private final Clock clock;
    private final ExecutorService executor;
    private final Settings settings;
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
    private final Reminders reminders;
    private final CaptureRepository captures;
    private final PhotoCadenceRepository cadences;
    private final AlignmentRepository alignments;
    private final DayCount days;
    private final CompareService compare;
    private final LibraryCheck check;
    private final JournalRepair repair;
    private final JournalTidy tidy;
    private final Trash trash;
    private final JournalExport export;
    private final JournalBackup backup;
    private final VisitSummaries visitSummaries;
    private final TimeLapses timeLapses;
    private final SampleJournal sampleJournal;
    private final SampleLog sampleLog;
    private final Inbox inbox;

    public AppContext(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
        this.executor = Workers.start();
        this.settings = new Settings(library.database());
        this.entries = new EntryRepository(library.database(), clock);
        this.photos = new PhotoRepository(library.database());
        this.previews = new PreviewCache(library.layout());
        this.importer = new PhotoImporter(library.layout(), entries, photos, previews, executor, clock);
        this.photoService = new PhotoService(library.database(), entries, photos, clock);
        this.log = new LogRepository(library.database(), entries, clock);
        this.routines = new RoutineRepository(library.database(), clock);
        this.tags = new TagRepository(library.database());
        this.search = new JournalSearch(library.database(), log);
        this.calendar = new JournalCalendar(library.database());
        this.captures = new CaptureRepository(library.database());
        this.cadences = new PhotoCadenceRepository(library.database());
        this.reminders = new Reminders(new RoutineReminders(routines, log), cadences, validator);
        this.alignments = new AlignmentRepository(library.database(), clock);
        this.days = new DayCount(settings);
        this.inbox = new Inbox(settings, photos, library.layout(), clock, INBOX_SETTLE);
        this.compare = new CompareService(photos, entries, alignments, days, ConditionLabels.of(captures));
        this.check = new LibraryCheck(library, photos);
        this.trash = new Trash(library, clock);
        this.repair = new JournalRepair(library, photos, previews, orphanRecovery());
        this.tidy = new JournalTidy(trash);
        this.export = new JournalExport(library, AppVersion.current(), clock);
        this.backup = new JournalBackup(library, AppVersion.current(), clock);
        this.visitSummaries = wireVisitSummaries();
        this.timeLapses = new TimeLapses(entries, photos, new SavedPlacements(alignments, photos), days, new StoredPhotos(previews));
        this.sampleJournal = new SampleJournal(importer, photos, captures);
        this.sampleLog = new SampleLog(entries, log, routines, tags, cadences, validator);
    }

    private VisitSummaries wireVisitSummaries() {
        SummaryBuilder builder = new SummaryBuilder(entries, photos, new LogDigest(log, routines), new RecordedConditions(captures),
                new SavedPlacements(alignments, photos)::find, days, clock);
        SummaryRenderer renderer = new SummaryRenderer(new StoredPhotos(previews), "Scalp Journal " + AppVersion.current(), clock);
        return new VisitSummaries(builder, renderer, new ReportSettings(settings), clock);
    }

    /** Opens the journal in {@code folder} and wires it, changing nothing (for reading and checking). */
    public static AppContext open(Path folder) {
        return new AppContext(Library.open(folder), Clock.systemDefaultZone());
    }

    /**
     * Opens the journal for a session, as the window and the commands that change it do: wired, then
     * the explicit opening step {@link #tidy()} (see {@link JournalTidy}).
     */
    public static AppContext openSession(Path folder) {
        AppContext context = open(folder);
        try {
            context.tidy().run();
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
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

    /** Small remembered choices (the last import's date mode, the report's region starts). */
    public Settings settings() {
        return settings;
    }

    public EntryRepository entries() {
        return entries;
    }

    public PhotoRepository photos() {
        return photos;
    }

    /** The visit summary: selection, PDF pages, saving, and what the dialog remembers. */
    public VisitSummaries visitSummaries() {
        return visitSummaries;
    }

    /** Time-lapse GIFs of one region, placed with the same saved alignments and day numbers as the summary. */
    public TimeLapses timeLapses() {
        return timeLapses;
    }

    /** Exports this journal in open formats. */
    public JournalExport export() {
        return export;
    }

    /** Backs up this journal into one archive. */
    public JournalBackup backup() {
        return backup;
    }

    /** Verifies the journal (`check`, Journal > Verify journal); changes nothing. */
    public LibraryCheck check() {
        return check;
    }

    /** Repairs what can be repaired (`check --repair`, the Verify dialog's Repair button). */
    public JournalRepair repair() {
        return repair;
    }

    /** The step that opening a journal for a session runs once: see {@link JournalTidy}. */
    public JournalTidy tidy() {
        return tidy;
    }

    /** Creates the sample journal's photos (the sample command and File > Open sample journal). */
    public SampleJournal sampleJournal() {
        return sampleJournal;
    }

    /** Creates the sample journal's log, routines, tags and cadences. */
    public SampleLog sampleLog() {
        return sampleLog;
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

    /** What is due: routines and photo cadences together (the window's Reminders). */
    public Reminders reminders() {
        return reminders;
    }

    public CaptureRepository captures() {
        return captures;
    }

    public PhotoCadenceRepository cadences() {
        return cadences;
    }

    /** Deleted entries and photos, kept 30 days. */
    public Trash trash() {
        return trash;
    }

    /** Re-attaches originals the database does not know, as recovered photos. */
    public OrphanRecovery orphanRecovery() {
        return new OrphanRecovery(library, entries, photos, previews, clock);
    }

    /** The inbox folder a phone's photos sync into, and which of them are new. */
    public Inbox inbox() {
        return inbox;
    }

    public CompareService compare() {
        return compare;
    }

    /** Every photo's pixels at a requested size, for the window's image cache and the compare image. */
    public PhotoPixels photoPixels() {
        return new PhotoPixels(previews);
    }

    /** Comparison images for the compare window's "Save image…" and the {@code compare} command. */
    public ComparisonWriter comparisonWriter() {
        return new ComparisonWriter(photoPixels());
    }

    @Override
    public void close() {
        executor.shutdownNow();
        library.close();
    }
}
