package app.scalpjournal.report;

import app.scalpjournal.photo.Region;
import app.scalpjournal.report.SummaryDocument.FuturePhoto;
import app.scalpjournal.report.SummaryDocument.RegionSection;
import app.scalpjournal.report.SummaryDocument.SideEffectBrief;
import app.scalpjournal.report.SummaryDocument.TreatmentRow;
import app.scalpjournal.text.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Page 1, which stands alone: header, period and regions, the patient's own words, one row per
 * treatment, side effects in brief, and the first and latest photo of every region in a grid that
 * takes the rest of the page.
 */
final class OverviewPage {
    /** Lines of each of the patient's answers on page 1; the rest follows in full on a later page. */
    static final int WORDS_LINES = 5;

    private final PageFlow flow;
    private final PhotoGrid grid;

    OverviewPage(PageFlow flow, PhotoGrid grid) {
        this.flow = flow;
        this.grid = grid;
    }

    /** Draws page 1; true when some of the patient's words had to be shortened on it. */
    boolean draw(SummaryDocument s) throws IOException {
        header(s);
        boolean shortened = words(s);
        treatments(s.treatments());
        sideEffects(s.sideEffectsInBrief());
        if (!s.regions().isEmpty()) {
            grid.draw(Messages.get("summary.grid.title"), s.regions());
        }
        return shortened;
    }

    private void header(SummaryDocument s) throws IOException {
        flow.text(Messages.get("summary.title"), flow.fonts.bold, 18, PageFlow.INK);
        flow.gap(4);
        flow.text(Messages.get("summary.subtitle"), flow.fonts.regular, 9, PageFlow.MUTED);
        flow.gap(8);
        if (!s.name().isEmpty()) {
            flow.field(Messages.get("summary.field.name"), s.name());
        }
        if (s.visitDate() != null) {
            flow.field(Messages.get("summary.field.visitDate"), Labels.date(s.visitDate()));
        }
        flow.field(Messages.get("summary.field.period"), Labels.period(s.from(), s.to()));
        if (!s.futurePhotos().isEmpty()) {
            flow.indented(future(s.futurePhotos()), PageFlow.WARN);
        }
        String regions = s.regions().isEmpty() ? Messages.get("summary.field.regions.none")
                : s.regions().stream().map(r -> Messages.get("summary.field.regions.one", r.region().label(), r.photoDays()))
                        .collect(Collectors.joining(", "));
        flow.field(Messages.get("summary.field.regions"), regions);
        if (!s.emptyRegions().isEmpty()) {
            flow.field(Messages.get("summary.field.noPhotos"), s.emptyRegions().stream().map(Region::label).collect(Collectors.joining(", ")));
        }
    }

    /** "2 photos are dated after today (3 Mar 2027 · Crown)... To correct: ..." */
    static String future(List<FuturePhoto> photos) {
        String which = photos.stream().map(p -> Labels.date(p.date()) + " · " + p.region().label()).collect(Collectors.joining(", "));
        return Messages.get("summary.future", photos.size(), which);
    }

    private boolean words(SummaryDocument s) throws IOException {
        PatientWords w = s.words();
        if (w.isEmpty()) {
            return false;
        }
        flow.heading(Messages.get("summary.words.title"));
        boolean shortened = false;
        shortened |= flow.field(Messages.get("summary.words.noticed"), w.noticed(), WORDS_LINES);
        shortened |= flow.field(Messages.get("summary.words.questions"), w.questions(), WORDS_LINES);
        shortened |= flow.field(Messages.get("summary.words.other"), w.other(), WORDS_LINES);
        if (shortened) {
            flow.indented(Messages.get("summary.words.continued"), PageFlow.MUTED);
        }
        return shortened;
    }

    private void treatments(List<TreatmentRow> treatments) throws IOException {
        flow.heading(Messages.get("summary.treatments.title"));
        if (treatments.isEmpty()) {
            flow.paragraph(Messages.get("summary.none"), PageFlow.MUTED);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (TreatmentRow t : treatments) {
            String name = t.name().equalsIgnoreCase(t.kind()) ? t.name() : t.name() + " (" + t.kind() + ")";
            rows.add(List.of(name, t.details(), Labels.date(t.started()), Labels.until(t),
                    t.planned().isEmpty() ? "–" : t.planned(), t.logged()));
        }
        flow.table(List.of(Messages.get("summary.treatments.name"), Messages.get("summary.treatments.details"),
                        Messages.get("summary.treatments.started"), Messages.get("summary.treatments.until"),
                        Messages.get("summary.treatments.planned"), Messages.get("summary.treatments.logged")),
                new float[] {0.25f, 0.23f, 0.11f, 0.12f, 0.12f, 0.17f}, rows);
    }

    private void sideEffects(List<SideEffectBrief> brief) throws IOException {
        flow.heading(Messages.get("summary.sideEffects.briefTitle"));
        if (brief.isEmpty()) {
            flow.paragraph(Messages.get("summary.none"), PageFlow.MUTED);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SideEffectBrief b : brief) {
            String when = b.first().equals(b.last()) ? Labels.date(b.first())
                    : Messages.get("summary.range", Labels.date(b.first()), Labels.date(b.last()));
            rows.add(List.of(b.effect(), Messages.get("summary.sideEffects.times", b.times()), when, b.with()));
        }
        flow.table(List.of(Messages.get("summary.sideEffects.effect"), Messages.get("summary.sideEffects.logged"),
                Messages.get("summary.sideEffects.when"), Messages.get("summary.sideEffects.with")),
                new float[] {0.18f, 0.14f, 0.30f, 0.38f}, rows);
    }
}
