package app.scalpjournal.report.ui;

import app.scalpjournal.photo.Region;
import app.scalpjournal.report.PatientWords;
import app.scalpjournal.report.SummaryLayout;
import app.scalpjournal.report.SummaryRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the user chooses in the visit summary dialog (dates, regions, layout, header, the patient's
 * words), as properties the dialog binds to, and the request they make.
 */
public final class SummaryOptions {
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final Map<Region, BooleanProperty> regions = new EnumMap<>(Region.class);
    private final IntegerProperty datesPerRegion = new SimpleIntegerProperty(2);
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(true);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastSummary = new SimpleObjectProperty<>();
    private final ObjectProperty<SummaryLayout> layout = new SimpleObjectProperty<>(SummaryLayout.COMPACT);
    private final PatientWordsForm words = new PatientWordsForm();

    SummaryOptions() {
        for (Region r : Region.values()) {
            regions.put(r, new SimpleBooleanProperty(true));
        }
    }

    /** What the journal remembers from the last summary: the period starts where it ended. */
    void fill(LocalDate lastMade, String rememberedName, LocalDate rememberedVisit, PatientWords rememberedWords) {
        lastSummary.set(lastMade);
        from.set(lastMade);
        name.set(rememberedName);
        visitDate.set(rememberedVisit);
        words.fill(rememberedWords);
    }

    public void wholeJournal() {
        from.set(null);
        to.set(null);
    }

    /** Starts the period after the last summary made, up to the latest entry. */
    public void sinceLastSummary() {
        from.set(lastSummary.get());
        to.set(null);
    }

    boolean anyRegion() {
        return regions.values().stream().anyMatch(BooleanProperty::get);
    }

    /** The request these choices make; throws IllegalArgumentException for a period that ends before it starts. */
    SummaryRequest request() {
        List<Region> chosen = new ArrayList<>();
        regions.forEach((r, on) -> {
            if (on.get()) {
                chosen.add(r);
            }
        });
        boolean all = chosen.size() == Region.values().length;
        return new SummaryRequest(from.get(), to.get(), all ? List.of() : chosen, datesPerRegion.get(),
                includeNotes.get(), name.get(), visitDate.get(), layout.get(), words.words());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty regionProperty(Region region) {
        return regions.get(region);
    }

    public IntegerProperty datesPerRegionProperty() {
        return datesPerRegion;
    }

    public BooleanProperty includeNotesProperty() {
        return includeNotes;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> visitDateProperty() {
        return visitDate;
    }

    public ObjectProperty<SummaryLayout> layoutProperty() {
        return layout;
    }

    public PatientWordsForm words() {
        return words;
    }

    /** The day the last summary was made, or null. */
    public ObjectProperty<LocalDate> lastSummaryProperty() {
        return lastSummary;
    }
}
