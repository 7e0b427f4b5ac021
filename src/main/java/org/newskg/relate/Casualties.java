package org.newskg.relate;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads casualty counts from a sentence: "12 soldiers were killed", "killing three civilians", "five wounded". */
final class Casualties {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("dozens", 24), Map.entry("a dozen", 12), Map.entry("hundreds", 200), Map.entry("scores", 40));
    private static final String NUMBER = "(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)";
    private static final String WHO = "(?:\\s+(?:\\w+\\s+){0,2}(?:people|soldiers|servicemen|civilians|troops|personnel|fighters|militants|officers|police(?:men)?|children|women|members|peacekeepers|workers|persons))?";
    private static final Pattern KILLED = Pattern.compile("\\b" + NUMBER + WHO + "\\s+(?:were\\s+|was\\s+|have\\s+been\\s+|had\\s+been\\s+)?(?:killed|dead|died)"
            + "|(?:killing|killed|deaths? of)\\s+(?:at least\\s+)?" + NUMBER, Pattern.CASE_INSENSITIVE);
    private static final Pattern WOUNDED = Pattern.compile("\\b" + NUMBER + WHO + "\\s+(?:were\\s+|was\\s+|have\\s+been\\s+)?(?:wounded|injured|hurt)"
            + "|(?:wounding|injuring)\\s+(?:at least\\s+)?" + NUMBER, Pattern.CASE_INSENSITIVE);

    private Casualties() {}

    /** {killed, wounded}, each -1 when the sentence gives no number. */
    static int[] count(String sentence) {
        // every match of KILLED holds "kill", "dead", "died" or "death", every match of WOUNDED "wound", "injur" or
        // "hurt": most sentences have none, and the patterns are costly to try at every position
        String low = sentence.toLowerCase(Locale.ROOT);
        boolean killed = low.contains("kill") || low.contains("dead") || low.contains("died") || low.contains("death");
        boolean wounded = low.contains("wound") || low.contains("injur") || low.contains("hurt");
        return new int[] {killed ? first(KILLED, sentence) : -1, wounded ? first(WOUNDED, sentence) : -1};
    }

    private static int first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) return -1;
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        if (n == null) return -1;
        n = n.toLowerCase(Locale.ROOT).replace(",", "");
        if (WORDS.containsKey(n)) return WORDS.get(n);
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
