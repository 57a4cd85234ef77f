package app.scalpjournal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.text.Messages;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CommandTest {
    /** Keys built from a command's id are not literal in the code, so MessagesTest cannot see them. */
    @Test
    void everyCommandHasItsWordingsAndItsOwnKeys() {
        for (Command c : Command.values()) {
            assertTrue(Messages.has(c.menuKey()), c.menuKey());
            assertTrue(Messages.has(c.helpKey()), c.helpKey());
        }
        assertEquals(Command.values().length, Arrays.stream(Command.values()).map(c -> c.keys).distinct().count(), "two commands on one key");
    }
}
