package org.newskg.recognize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions and resolves them against the publication date. The value is ISO 8601 with only
 * the precision the text gives: {@code 2022-09-13}, {@code --09-13} (a day whose year is unknown),
 * {@code 2022-09}, {@code 2022}. A relative date ("yesterday", "on Tuesday") without a publication date stays
 * unresolved (empty value).
 */
public final class Dates {
    private Dates() {}

    /** A date expression: character span in the text, and its value ("" when unresolved). */
    public record Found(int begin, int end, String value) {}

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(?:the\\s+)?(?:night|morning|evening|afternoon)\\s+of\\s+)?(?:"
            + "(?<iso>(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))"
            + "|(?<md>" + MONTH.replace("(jan", "(?<mdm>jan") + "\\s+(?<mdd>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<mdy>\\d{4}))?)"
            + "|(?<dm>(?<dmd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH.replace("(jan", "(?<dmm>jan") + "(?:,?\\s+(?<dmy>\\d{4}))?)"
            + "|(?<my>" + MONTH.replace("(jan", "(?<mym>jan") + "\\s+(?<myy>\\d{4}))"
            + "|(?<rel>yesterday|today|tonight|last\\s+night|the\\s+day\\s+before\\s+yesterday)"
            + "|(?<wd>(?:on\\s+|last\\s+|this\\s+)?" + WEEKDAY.replace("(monday", "(?<wdn>monday") + "(?:\\s+(?:night|morning|evening|afternoon))?)"
            + "|(?<lw>last\\s+week|earlier\\s+this\\s+week|last\\s+month|this\\s+week)"
            + ")\\b", Pattern.CASE_INSENSITIVE);

    public static List<Found> find(String text, int from, int to, LocalDate published) {
        List<Found> out = new ArrayList<>();
        if (!mayHoldDate(text, from, to)) return out;
        Matcher m = DATE.matcher(text).region(from, to);
        while (m.find()) out.add(new Found(m.start(), m.end(), value(m, published)));
        return out;
    }

    /**
     * Whether DATE can match in the region: each of its forms has an ASCII digit, or one of "day" (the weekdays,
     * "today", "yesterday"), "night", "week" or "month" in any case. Most sentences have none, and the pattern is
     * costly to try at every word.
     */
    private static boolean mayHoldDate(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        String low = text.substring(from, to).toLowerCase(Locale.ROOT);
        return low.contains("day") || low.contains("night") || low.contains("week") || low.contains("month");
    }

    private static String value(Matcher m, LocalDate published) {
        if (m.group("iso") != null) {
            return m.group("iso");
        }
        if (m.group("md") != null) {
            return monthDay(month(m.group("mdm")), m.group("mdd"), m.group("mdy"), published);
        }
        if (m.group("dm") != null) return monthDay(month(m.group("dmm")), m.group("dmd"), m.group("dmy"), published);
        if (m.group("my") != null) return m.group("myy") + "-" + two(month(m.group("mym")));
        if (published == null) return "";
        if (m.group("rel") != null) {
            String r = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (r.equals("yesterday") || r.equals("last night")) return published.minusDays(1).toString();
            if (r.startsWith("the day before")) return published.minusDays(2).toString();
            return published.toString();
        }
        if (m.group("wd") != null) {
            DayOfWeek d = DayOfWeek.valueOf(m.group("wdn").toUpperCase(Locale.ROOT));
            LocalDate day = published.with(TemporalAdjusters.previousOrSame(d));
            if (m.group("wd").toLowerCase(Locale.ROOT).startsWith("last") && day.equals(published)) day = day.minusWeeks(1);
            return day.toString();
        }
        if (m.group("lw") != null) {
            String r = m.group("lw").toLowerCase(Locale.ROOT);
            LocalDate d = r.contains("month") ? published.minusMonths(1) : r.startsWith("last") ? published.minusWeeks(1) : published;
            return d.toString().substring(0, 7);
        }
        return "";
    }

    private static String monthDay(int month, String day, String year, LocalDate published) {
        int d = Integer.parseInt(day);
        if (month < 1 || d < 1 || d > 31) return "";
        if (year != null) return year + "-" + two(month) + "-" + two(d);
        if (published != null) {
            int y = published.getYear();
            try {
                LocalDate date = LocalDate.of(y, month, d);
                if (date.isAfter(published.plusDays(31))) date = date.minusYears(1);
                return date.toString();
            } catch (java.time.DateTimeException e) {
                return "";
            }
        }
        return "--" + two(month) + "-" + two(d);
    }

    private static int month(String name) {
        if (name == null) return 0;
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) if (n.startsWith(months[i])) return i + 1;
        return 0;
    }

    private static String two(int n) { return n < 10 ? "0" + n : Integer.toString(n); }
}
