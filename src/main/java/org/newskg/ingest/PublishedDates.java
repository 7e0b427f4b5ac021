package org.newskg.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Parses the publication dates sources give: ISO dates and timestamps, RFC 1123, "September 13, 2022". */
public final class PublishedDates {
    private PublishedDates() {}

    private static final List<DateTimeFormatter> DAY_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("d MMMM uuuu"), pattern("d MMM uuuu"),
            pattern("MMMM d uuuu"), pattern("uuuu/MM/dd"), pattern("dd.MM.uuuu"));

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }

    /** The date, or null when the value is null or blank; IllegalArgumentException when it cannot be read. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip().replace("Sept ", "Sep ").replace("Sept. ", "Sep ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        try { return OffsetDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException ignored) { }
        try { return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(); } catch (DateTimeParseException ignored) { }
        if (v.length() >= 19 && v.charAt(10) == 'T') {
            try { return LocalDate.parse(v.substring(0, 10)); } catch (DateTimeParseException ignored) { }
        }
        for (DateTimeFormatter f : DAY_FORMATS) {
            try { return LocalDate.parse(v, f); } catch (DateTimeParseException ignored) { }
        }
        throw new IllegalArgumentException("unreadable date '" + value + "' (expected e.g. 2022-09-13)");
    }
}
