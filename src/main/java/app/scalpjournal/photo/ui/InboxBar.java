package app.scalpjournal.photo.ui;

import app.scalpjournal.text.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** A thin bar above the journal: "3 new photos in your inbox folder  [Import 3 new photos…] [Not now]". */
public final class InboxBar extends HBox {
    public InboxBar(InboxOffer offer, Runnable importNow) {
        setId("inboxBar");
        getStyleClass().add("inbox-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(6, 12, 6, 12));
        FontIcon icon = new FontIcon(Material2AL.ADD_PHOTO_ALTERNATE);
        Label text = new Label();
        text.setId("inboxText");
        text.textProperty().bind(offer.textProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button importButton = new Button();
        importButton.setId("inboxImport");
        importButton.getStyleClass().add("accent");
        importButton.textProperty().bind(offer.actionProperty());
        importButton.accessibleTextProperty().bind(offer.actionProperty());
        importButton.setOnAction(e -> importNow.run());
        Button later = new Button(Messages.get("inbox.bar.dismiss"));
        later.setId("inboxDismiss");
        later.getStyleClass().add("flat");
        later.setAccessibleText(Messages.get("inbox.bar.dismissHelp"));
        later.setOnAction(e -> offer.dismiss());
        getChildren().addAll(icon, text, gap, importButton, later);
        visibleProperty().bind(offer.countProperty().greaterThan(0));
        managedProperty().bind(visibleProperty());
    }
}
