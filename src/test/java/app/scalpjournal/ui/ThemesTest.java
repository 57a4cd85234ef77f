package app.scalpjournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.scalpjournal.testsupport.GuiTest;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet is built into binary CSS too (JavaFX loads it in place of the .css, so no parser
 * runs at start-up): it holds the same rules, and the look still comes through, theme colours included.
 */
class ThemesTest extends GuiTest {
    @Test
    void theBinaryStylesheetHoldsTheSameRulesAsTheCss() throws Exception {
        URL css = Themes.class.getResource("app.css");
        URL bss = Themes.class.getResource("app.bss");
        assertNotNull(bss, "app.bss is built beside app.css");
        List<Rule> parsed = new CssParser().parse(css).getRules();
        List<Rule> binary = Stylesheet.loadBinary(bss).getRules();
        assertEquals(parsed.size(), binary.size());
        for (int i = 0; i < parsed.size(); i++) {
            assertEquals(parsed.get(i).getSelectors().toString(), binary.get(i).getSelectors().toString());
            assertEquals(parsed.get(i).getDeclarations().stream().map(d -> d.getProperty() + ":" + d.getParsedValue()).toList(),
                    binary.get(i).getDeclarations().stream().map(d -> d.getProperty() + ":" + d.getParsedValue()).toList());
        }
    }

    @Test
    void theAppsRulesApplyWithTheThemesColours() {
        Label header = new Label("November 2026");
        Label plain = new Label("Nov 30, 2026");
        robot.interact(() -> {
            Themes.apply(false);
            header.getStyleClass().add("month-header");
            Scene scene = new Scene(new VBox(header, plain));
            Themes.style(scene);
            scene.getRoot().applyCss();
        });
        assertEquals(new Insets(10, 2, 2, 2), header.getPadding());
        assertEquals(FontWeight.BOLD.name(), header.getFont().getStyle().toUpperCase(java.util.Locale.ROOT));
        assertNotEquals(plain.getTextFill(), header.getTextFill(), "the theme's muted text colour, not the default");
    }
}
