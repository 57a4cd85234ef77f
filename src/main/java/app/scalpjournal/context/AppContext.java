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
import app.scalpjournal.library.Database;
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
 *
 * <p>Each service is made on first use, once, under this object's lock (services are cheap to make;
 * their work runs later, outside it): a command loads and builds only what it uses, so {@code list}
 * loads no image, PDF or archive code and starts no thread. No getter makes a new object per call
 * unless it says so.
 */
public final class AppContext implements AutoCloseable {
    /** How long an inbox file must stay unchanged before it counts as completely synced. */
    private static final Duration INBOX_SETTLE = Duration.ofSeconds(3);

    private final Library library;
    private final Clock clock;
    private ExecutorService executor;
    private Settings settings;
    private EntryRepository entries;
    private PhotoRepository photos;
    private PreviewCache previews;
    private PhotoImporter importer;
    private PhotoService photoService;
    private LogValidator validator;
    private LogRepository log;
    private RoutineRepository routines;
    private TagRepository tags;
    private JournalSearch search;
    private JournalCalendar calendar;
    private CaptureRepository captures;
    private PhotoCadenceRepository cadences;
    private Reminders reminders;
    private AlignmentRepository alignments;
    private DayCount days;
    private Inbox inbox;
    private CompareService compare;
    private LibraryCheck check;
    private JournalRepair repair;
    private Trash trash;
    private JournalTidy tidy;
    private JournalExport export;
    private JournalBackup backup;
    private VisitSummaries visitSummaries;
    private TimeLapses timeLapses;
    private SampleJournal sampleJournal;
    private SampleLog sampleLog;

    public AppContext(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
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

    public synchronized ExecutorService executor() {
        return executor != null ? executor : (executor = Workers.start());
    }

    /** Small remembered choices (the last import's date mode, the report's region starts). */
    public synchronized Settings settings() {
        return settings != null ? settings : (settings = new Settings(database()));
    }

    public synchronized EntryRepository entries() {
        return entries != null ? entries : (entries = new EntryRepository(database(), clock));
    }

    public synchronized PhotoRepository photos() {
        return photos != null ? photos : (photos = new PhotoRepository(database()));
    }

    public synchronized PreviewCache previews() {
        return previews != null ? previews : (previews = new PreviewCache(library.layout()));
    }

    public synchronized PhotoImporter importer() {
        return importer != null ? importer : (importer = new PhotoImporter(library.layout(), entries(), photos(), previews(), executor(), clock));
    }

    public synchronized PhotoService photoService() {
        return photoService != null ? photoService : (photoService = new PhotoService(database(), entries(), photos(), clock));
    }

    public synchronized LogValidator validator() {
        return validator != null ? validator : (validator = new LogValidator());
    }

    public synchronized LogRepository log() {
        return log != null ? log : (log = new LogRepository(database(), entries(), clock));
    }

    public synchronized RoutineRepository routines() {
        return routines != null ? routines : (routines = new RoutineRepository(database(), clock));
    }

    public synchronized TagRepository tags() {
        return tags != null ? tags : (tags = new TagRepository(database()));
    }

    public synchronized JournalSearch search() {
        return search != null ? search : (search = new JournalSearch(database(), log()));
    }

    public synchronized JournalCalendar calendar() {
        return calendar != null ? calendar : (calendar = new JournalCalendar(database()));
    }

    public synchronized CaptureRepository captures() {
        return captures != null ? captures : (captures = new CaptureRepository(database()));
    }

    public synchronized PhotoCadenceRepository cadences() {
        return cadences != null ? cadences : (cadences = new PhotoCadenceRepository(database()));
    }

    /** What is due: routines and photo cadences together (the window's Reminders). */
    public synchronized Reminders reminders() {
        return reminders != null ? reminders : (reminders = new Reminders(new RoutineReminders(routines(), log()), cadences(), validator()));
    }

    private synchronized AlignmentRepository alignments() {
        return alignments != null ? alignments : (alignments = new AlignmentRepository(database(), clock));
    }

    private synchronized DayCount days() {
        return days != null ? days : (days = new DayCount(settings()));
    }

    /** The inbox folder a phone's photos sync into, and which of them are new. */
    public synchronized Inbox inbox() {
        return inbox != null ? inbox : (inbox = new Inbox(settings(), photos(), library.layout(), clock, INBOX_SETTLE));
    }

    public synchronized CompareService compare() {
        return compare != null ? compare : (compare = new CompareService(photos(), entries(), alignments(), days(), ConditionLabels.of(captures())));
    }

    /** Verifies the journal (`check`, Journal > Verify journal); changes nothing. */
    public synchronized LibraryCheck check() {
        return check != null ? check : (check = new LibraryCheck(library, photos()));
    }

    /** Repairs what can be repaired (`check --repair`, the Verify dialog's Repair button). */
    public synchronized JournalRepair repair() {
        return repair != null ? repair : (repair = new JournalRepair(library, photos(), previews(), orphanRecovery()));
    }

    /** Deleted entries and photos, kept 30 days. */
    public synchronized Trash trash() {
        return trash != null ? trash : (trash = new Trash(library, clock));
    }

    /** The step that opening a journal for a session runs once: see {@link JournalTidy}. */
    public synchronized JournalTidy tidy() {
        return tidy != null ? tidy : (tidy = new JournalTidy(trash()));
    }

    /** Exports this journal in open formats. */
    public synchronized JournalExport export() {
        return export != null ? export : (export = new JournalExport(library, AppVersion.current(), clock));
    }

    /** Backs up this journal into one archive. */
    public synchronized JournalBackup backup() {
        return backup != null ? backup : (backup = new JournalBackup(library, AppVersion.current(), clock));
    }

    /** The visit summary: selection, PDF pages, saving, and what the dialog remembers. */
    public synchronized VisitSummaries visitSummaries() {
        return visitSummaries != null ? visitSummaries : (visitSummaries = wireVisitSummaries());
    }

    /** Time-lapse GIFs of one region, placed with the same saved alignments and day numbers as the summary. */
    public synchronized TimeLapses timeLapses() {
        return timeLapses != null ? timeLapses : (timeLapses = new TimeLapses(entries(), photos(), new SavedPlacements(alignments(), photos()), days(),
                new StoredPhotos(previews())));
    }

    /** Creates the sample journal's photos (the sample command and File > Open sample journal). */
    public synchronized SampleJournal sampleJournal() {
        return sampleJournal != null ? sampleJournal : (sampleJournal = new SampleJournal(importer(), photos(), captures()));
    }

    /** Creates the sample journal's log, routines, tags and cadences. */
    public synchronized SampleLog sampleLog() {
        return sampleLog != null ? sampleLog : (sampleLog = new SampleLog(entries(), log(), routines(), tags(), cadences(), validator()));
    }

    /** Re-attaches originals the database does not know, as recovered photos (a new one each call). */
    public OrphanRecovery orphanRecovery() {
        return new OrphanRecovery(library, entries(), photos(), previews(), clock);
    }

    /** Every photo's pixels at a requested size, for the window's image cache and the compare image (a new one each call). */
    public PhotoPixels photoPixels() {
        return new PhotoPixels(previews());
    }

    /** Comparison images for the compare window's "Save image…" and the {@code compare} command (a new one each call). */
    public ComparisonWriter comparisonWriter() {
        return new ComparisonWriter(photoPixels());
    }

    private Database database() {
        return library.database();
    }

    private VisitSummaries wireVisitSummaries() {
        SummaryBuilder builder = new SummaryBuilder(entries(), photos(), new LogDigest(log(), routines()), new RecordedConditions(captures()),
                new SavedPlacements(alignments(), photos())::find, days(), clock);
        SummaryRenderer renderer = new SummaryRenderer(new StoredPhotos(previews()), "Scalp Journal " + AppVersion.current(), clock);
        return new VisitSummaries(builder, renderer, new ReportSettings(settings()), clock);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
        library.close();
    }
}
