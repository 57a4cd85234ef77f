package app.scalpjournal.report;

/**
 * What the patient wrote for the clinician, in their own words; the app prints it as written and adds
 * nothing. Blank parts are left out.
 *
 * @param noticed   when they first noticed the hair loss
 * @param questions what they want to ask at this visit
 * @param other     anything else for the clinician
 */
public record PatientWords(String noticed, String questions, String other) {
    public static final PatientWords NONE = new PatientWords("", "", "");

    public PatientWords {
        noticed = clean(noticed);
        questions = clean(questions);
        other = clean(other);
    }

    public boolean isEmpty() {
        return noticed.isEmpty() && questions.isEmpty() && other.isEmpty();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
