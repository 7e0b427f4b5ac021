package org.newskg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word, number and punctuation tokens with exact offsets. Dotted acronyms ("U.S.", "U.N.")
 * and single initials ("J.") stay one token; possessive 's is its own token; hyphens and slashes are tokens,
 * so "Armenia-Azerbaijan" yields both country names.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                   // U.S. U.N.
            + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"                          // initial: J. Smith
            + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[’'](?![sS]\\b)[\\p{L}\\p{M}]+)*" // words, O'Brien, not 's
            + "|[’'][sS]\\b"                                        // possessive
            + "|\\p{N}+(?:[.,:]\\p{N}+)*(?:st|nd|rd|th)?"           // numbers, 1,200 3.5 14:05 13th
            + "|\\S");

    private Tokenizer() {}

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) out.add(new Token(m.start(), m.end(), m.group()));
        return out;
    }
}
