package app.scalpjournal.cli;

import app.scalpjournal.journal.Days;
import app.scalpjournal.journal.LogKind;
import app.scalpjournal.journal.SideEffect;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The option values the commands share; a value that does not parse is a usage error with the parser's message. */
final class Converters {
    private Converters() {
    }

    /** A converter from a parser that throws IllegalArgumentException with a message for the user. */
    private abstract static class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsing(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String value) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A scalp region by id; an unknown id lists the known ones. */
    static final class Region extends Parsing<app.scalpjournal.photo.Region> {
        Region() {
            super(app.scalpjournal.photo.Region::parse);
        }
    }

    /** A log kind by id; an unknown id lists the known ones. */
    static final class Kind extends Parsing<LogKind> {
        Kind() {
            super(LogKind::parse);
        }
    }

    static final class Effect extends Parsing<SideEffect> {
        Effect() {
            super(SideEffect::parse);
        }
    }

    /** A day as YYYY-MM-DD, within the days the journal accepts. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate day;
            try {
                day = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2026-03-01");
            }
            if (!Days.accepted(day)) {
                throw new TypeConversionException(Days.outOfRange(day));
            }
            return day;
        }
    }
}
