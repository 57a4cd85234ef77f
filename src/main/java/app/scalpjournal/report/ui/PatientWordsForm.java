package app.scalpjournal.report.ui;

import app.scalpjournal.report.PatientWords;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The patient's own words in the summary dialog, and whether to keep them with the journal. */
public final class PatientWordsForm {
    private final StringProperty noticed = new SimpleStringProperty("");
    private final StringProperty questions = new SimpleStringProperty("");
    private final StringProperty other = new SimpleStringProperty("");
    private final BooleanProperty keep = new SimpleBooleanProperty();

    /** Fills in words kept with the journal; kept words stay kept until the user says otherwise. */
    void fill(PatientWords words) {
        noticed.set(words.noticed());
        questions.set(words.questions());
        other.set(words.other());
        keep.set(!words.isEmpty());
    }

    public PatientWords words() {
        return new PatientWords(noticed.get(), questions.get(), other.get());
    }

    public StringProperty noticedProperty() {
        return noticed;
    }

    public StringProperty questionsProperty() {
        return questions;
    }

    public StringProperty otherProperty() {
        return other;
    }

    /** True: kept with the journal for the next summary; false: for this visit only. */
    public BooleanProperty keepProperty() {
        return keep;
    }
}
