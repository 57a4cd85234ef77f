package app.scalpjournal.shell;

import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.Shortcut;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The main window's commands that have keys: the one table that both installs the key bindings (as
 * menu accelerators) and lists them in Help > Keyboard shortcuts, so the help cannot drift from the
 * handling. Each row: the menu item's id (TestFX selects by it), its keys, and the message keys
 * {@code shell.menu.<id>} (the menu's wording) and {@code shell.shortcut.<id>} (the help's).
 */
enum Command {
    IMPORT_PHOTOS("importPhotos", "Shortcut+I"),
    IMPORT_FOLDER("importFolder", "Shortcut+Shift+I"),
    UNDO("undoDelete", "Shortcut+Z"),
    SEARCH("searchMenu", "Shortcut+F"),
    CALENDAR("calendarMenu", "Shortcut+D"),
    ROUTINES("routinesMenu", "Shortcut+R"),
    VISIT_SUMMARY("visitSummaryMenu", "Shortcut+P"),
    COMPARE("compareMenu", "Shortcut+K"),
    QUIT("quit", "Shortcut+Q"),
    SHORTCUTS("shortcuts", "F1");

    final String id;
    final KeyCombination keys;

    Command(String id, String keys) {
        this.id = id;
        this.keys = KeyCombination.keyCombination(keys);
    }

    String menuKey() {
        return "shell.menu." + id;
    }

    String helpKey() {
        return "shell.shortcut." + id;
    }

    /** The menu item that runs this command, with its id, wording and keys. */
    MenuItem item(Runnable action) {
        MenuItem item = new MenuItem(Messages.get(menuKey()));
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The rows of Help > Keyboard shortcuts, in table order. */
    static List<Shortcut> help() {
        return Arrays.stream(values()).map(c -> new Shortcut(c.keys.getDisplayText(), Messages.get(c.helpKey()))).toList();
    }
}
