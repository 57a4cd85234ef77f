package app.scalpjournal.journal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.scalpjournal.journal.EntryRepository;
import app.scalpjournal.journal.JournalSearch;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.LogRepository;
import app.scalpjournal.journal.SearchHit;
import app.scalpjournal.library.Library;
import app.scalpjournal.text.Messages;
import app.scalpjournal.ui.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search window's model on a real journal, without the toolkit. */
class SearchViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private SearchViewModel model;
    private final List<SearchHit> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        library = Library.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC);
        EntryRepository entries = new EntryRepository(library.database(), clock);
        entries.updateNote(entries.findOrCreate(LocalDate.of(2026, 3, 1)).id(), "Scalp felt tight after the cold weekend");
        entries.updateNote(entries.findOrCreate(LocalDate.of(2026, 3, 5)).id(), "Tight again, new shampoo");
        model = new SearchViewModel(new JournalSearch(library.database(), new LogRepository(library.database(), entries, clock)),
                new SameThreadTaskRunner(), opened::add);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void wordsFindEntriesNewestFirstAndSayHowMany() {
        model.search("tight");
        assertEquals(List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1)), model.results().stream().map(SearchHit::date).toList());
        assertEquals(Messages.get("search.count", 2), model.messageProperty().get());
        assertEquals("[Tight] again, new shampoo", model.results().get(0).snippet());
    }

    @Test
    void anEmptyResultHasOneMessageAndNothingAskedHasAnother() {
        assertEquals(Messages.get("search.start"), model.messageProperty().get());
        model.search("rosemary");
        assertTrue(model.results().isEmpty());
        assertEquals(Messages.get("search.none"), model.messageProperty().get());
        model.search("");
        assertEquals(Messages.get("search.start"), model.messageProperty().get());
    }

    @Test
    void aFilterSearchesAgainAtOnce() {
        model.search("tight");
        model.fromProperty().set(LocalDate.of(2026, 3, 3));
        assertEquals(List.of(LocalDate.of(2026, 3, 5)), model.results().stream().map(SearchHit::date).toList());
        model.kindProperty().set(LogKind.MASSAGE);
        assertTrue(model.results().isEmpty(), "no massage logged that day");
    }

    @Test
    void openingAResultHandsItToTheWindow() {
        model.search("shampoo");
        model.open(model.results().get(0));
        model.open(null);
        assertEquals(List.of(model.results().get(0)), opened);
    }
}
