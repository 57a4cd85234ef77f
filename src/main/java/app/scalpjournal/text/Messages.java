package app.scalpjournal.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible wording, looked up in {@code messages.properties} (a translation is a new
 * {@code messages_xx.properties}, not a code change). Static like JabRef's {@code Localization.lang}:
 * the bundle is read-only data, not a service, and core classes (validator, PDF, CLI) share it.
 */
public final class Messages {
    private static final String BUNDLE = "app.scalpjournal.text.messages";
    private static volatile Loaded loaded;

    private Messages() {
    }

    /**
     * The text for {@code key}, with {@code {0}}, {@code {1}}… filled by {@link MessageFormat}. Every
     * wording goes through MessageFormat, with or without arguments, so {@code ''} is an apostrophe in
     * every key alike.
     */
    public static String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        if (args.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // what MessageFormat makes of it, without parsing it (a listing asks for thousands)
        }
        return new MessageFormat(pattern, Locale.getDefault(Locale.Category.FORMAT)).format(args);
    }

    /** Whether the bundle has {@code key}, for wordings chosen by name (e.g. one per enum constant). */
    public static boolean has(String key) {
        try {
            bundle().getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The bundle itself, for FXML loaders and tests. */
    public static ResourceBundle bundle() {
        Locale locale = Locale.getDefault(Locale.Category.DISPLAY);
        Loaded last = loaded;
        if (last == null || !last.locale().equals(locale)) {
            last = new Loaded(locale, ResourceBundle.getBundle(BUNDLE, locale));
            loaded = last;
        }
        return last.bundle();
    }

    /** The bundle of the last locale asked for: looking it up again each time costs more than most wordings. */
    private record Loaded(Locale locale, ResourceBundle bundle) {
    }
}
