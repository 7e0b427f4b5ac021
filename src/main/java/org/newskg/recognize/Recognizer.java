package org.newskg.recognize;

import org.newskg.text.Sentence;
import org.newskg.text.TextLayer;
import org.newskg.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds mentions in each sentence, in this order, each step taking only tokens no earlier step took:
 * dates; gazetteer entries (longest match, case rules per entry); organizations by rule (a country adjective
 * before an armed-forces or ministry head, a capitalized phrase around an organization head); and candidate
 * names (runs of capitalized words, with name particles and initials), which later stages accept as people
 * only with evidence from context.
 */
public final class Recognizer {
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "dos", "das", "del", "della", "van",
            "von", "der", "den", "ter", "bin", "bint", "ibn", "al", "el", "le", "la", "du", "ben", "abu", "y", "mac", "los", "las");
    private static final Set<String> ORG_CONNECTORS = Set.of("of", "for", "and", "the", "on", "&");
    private static final int MAX_NAME_TOKENS = 5;
    /** Words that join the words of a Spanish, Portuguese or French body's name: "Universidad San Francisco de Quito". */
    private static final Set<String> ROMANCE_CONNECTORS = Set.of("de", "del", "la", "las", "los", "do", "da", "dos", "das",
            "des", "du", "y", "e", "et", "el", "para", "pour");
    /** Words skipped when an acronym is read off a name's initials: "Office of the High Representative (OHR)". */
    private static final Set<String> ACRONYM_SKIPPED = Set.of("of", "for", "and", "the", "on", "in", "to", "&", "de", "del",
            "la", "los", "las", "des", "du", "do", "da", "y", "et", "'s", "’s", "-", "a", "an", "at");

    private final Knowledge k;

    public Recognizer(Knowledge knowledge) {
        this.k = knowledge;
    }

    public List<RecognizedSentence> recognize(TextLayer layer) {
        List<RecognizedSentence> out = new ArrayList<>(layer.sentences().size());
        Map<String, Mention> acronyms = new HashMap<>();
        Set<String> lowerWords = lowerCaseWords(layer);
        for (Sentence s : layer.sentences()) {
            List<Mention> mentions = sentence(layer, s, acronyms, lowerWords);
            out.add(new RecognizedSentence(s, mentions));
            defineAcronyms(s, mentions, acronyms);
        }
        return out;
    }

    /**
     * "The Armed Forces of the Philippines (AFP)": an acronym in brackets after an organization's name means
     * that organization for the rest of the article, whatever else the gazetteer knows by those letters.
     */
    private static void defineAcronyms(Sentence s, List<Mention> mentions, Map<String, Mention> acronyms) {
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.ORGANIZATION || m.end() + 2 >= s.size()) continue;
            String open = s.token(m.end()).text(), close = s.token(m.end() + 2).text();
            Token acronym = s.token(m.end() + 1);
            if (open.equals("(") && close.equals(")") && acronym.isAllCaps() && !acronym.text().equals(m.text())) {
                acronyms.putIfAbsent(acronym.text(), m);
            }
        }
    }

    /** "The Armed Forces of the Philippines (AFP)": the bracketed letters are that organization, not the news agency. */
    private void bracketedAcronyms(Sentence s, Mention[] taken, List<Mention> found) {
        for (Mention m : List.copyOf(found)) {
            if (m.kind() != Mention.Kind.ORGANIZATION || m.end() + 2 >= s.size()) continue;
            if (!s.token(m.end()).text().equals("(") || !s.token(m.end() + 2).text().equals(")")) continue;
            Mention inside = taken[m.end() + 1];
            if (inside == null || inside.kind() != Mention.Kind.ORGANIZATION || inside.key().equals(m.key())) continue;
            found.remove(inside);
            claim(new Mention(Mention.Kind.ORGANIZATION, m.form(), s.index(), inside.first(), inside.end(), inside.begin(),
                    inside.endOffset(), inside.text(), m.key()), taken, found);
        }
    }

    /** Tokens that are acronyms this article defined: they mean the organization named before them. */
    private void localAcronyms(Sentence s, Map<String, Mention> acronyms, Mention[] taken, List<Mention> found) {
        if (acronyms.isEmpty()) return;
        for (int i = 0; i < s.size(); i++) {
            Mention defined = acronyms.get(s.token(i).text());
            if (defined == null || taken[i] != null) continue;
            claim(new Mention(Mention.Kind.ORGANIZATION, defined.form(), s.index(), i, i + 1, s.token(i).begin(),
                    s.token(i).end(), s.token(i).text(), defined.key()), taken, found);
        }
    }

    /** Every word the article writes in lower case somewhere ("is gravely concerned"). */
    private static Set<String> lowerCaseWords(TextLayer layer) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : layer.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) out.add(t.text());
            }
        }
        return out;
    }

    List<Mention> sentence(TextLayer layer, Sentence s, Map<String, Mention> acronyms, Set<String> lowerWords) {
        int n = s.size();
        Mention[] taken = new Mention[n];
        List<Mention> found = new ArrayList<>();
        dates(layer, s, taken, found);
        localAcronyms(s, acronyms, taken, found);
        gazetteer(s, taken, found);
        riversNamedForCountries(s, taken, found);
        platformX(s, taken, found);
        lowercaseOrgs(s, taken, found);
        capitalizedOrgs(s, taken, found);
        leadingHeadOrgs(s, taken, found);
        typedOrgs(s, taken, found);
        acronymDefinedOrgs(s, taken, found);
        bareLegislatures(s, taken, found);
        names(s, taken, found, lowerWords);
        surnamesThatArePlaces(s, taken, found);
        bracketedAcronyms(s, taken, found);
        found.sort(Comparator.comparingInt(Mention::first));
        return found;
    }

    /**
     * "the Senegal River", "the Paraguay River": a country's name right before a capitalized "River" is the river's
     * name, a candidate name that the resolver takes for a place.
     */
    private void riversNamedForCountries(Sentence s, Mention[] taken, List<Mention> found) {
        for (Mention m : List.copyOf(found)) {
            if (m.kind() != Mention.Kind.COUNTRY || m.form() != Mention.Form.NAME || m.end() >= s.size()) continue;
            if (!s.token(m.end()).text().equals("River") || taken[m.end()] != null) continue;
            found.remove(m);
            for (int i = m.first(); i < m.end(); i++) taken[i] = null;
            claim(mention(s, Mention.Kind.NAME, Mention.Form.PATTERN, m.first(), m.end() + 1, textOf(s, m.first(), m.end() + 1)), taken, found);
        }
    }

    /**
     * "Brigadier Given Placename", "Given Placename, the ambassador", "Given Middle Placename said": a given name
     * followed by a one-word place or country name is one person's name, not a place, after a title or honorific,
     * or when the two words are followed by an apposition's comma or a speech verb, where a place cannot stand
     * after a name.
     */
    private void surnamesThatArePlaces(Sentence s, Mention[] taken, List<Mention> found) {
        for (Mention m : List.copyOf(found)) {
            int words = m.end() - m.first();
            if (m.kind() != Mention.Kind.NAME || words > 2 || m.end() >= s.size()) continue;
            Mention next = taken[m.end()];
            if (next == null || next.first() != m.end() || next.end() - next.first() != 1
                    || next.form() != Mention.Form.NAME && next.form() != Mention.Form.CAPITAL
                    || next.kind() != Mention.Kind.PLACE && next.kind() != Mention.Kind.COUNTRY) continue;
            Mention before = m.first() == 0 ? null : taken[m.first() - 1];
            boolean titled = m.first() > 0 && words == 1
                    && (before != null && before.kind() == Mention.Kind.TITLE || k.isHonorific(s.token(m.first() - 1).text()));
            String after = next.end() < s.size() ? s.token(next.end()).text() : "";
            boolean speaks = after.equals(",") || k.speechVerb(after) != null;
            if (!titled && !speaks) continue;
            found.remove(m);
            found.remove(next);
            claim(mention(s, Mention.Kind.NAME, Mention.Form.PATTERN, m.first(), next.end(), textOf(s, m.first(), next.end())),
                    taken, found);
        }
    }

    /** The platform formerly called Twitter, by its one-letter name only where the context says so: "on X". */
    private void platformX(Sentence s, Mention[] taken, List<Mention> found) {
        for (int i = 0; i < s.size(); i++) {
            if (taken[i] != null || !s.token(i).text().equals("X") || k.organization("x") == null) continue;
            String prev = i > 0 ? s.token(i - 1).text().toLowerCase() : "";
            String next = i + 1 < s.size() ? s.token(i + 1).text().toLowerCase() : "";
            if (Set.of("on", "via").contains(prev) || Set.of("account", "post", "posts", "page", "handle").contains(next)) {
                claim(mention(s, Mention.Kind.ORGANIZATION, Mention.Form.NAME, i, i + 1, "x"), taken, found);
            }
        }
    }

    private void claim(Mention m, Mention[] taken, List<Mention> found) {
        for (int i = m.first(); i < m.end(); i++) taken[i] = m;
        found.add(m);
    }

    private Mention mention(Sentence s, Mention.Kind kind, Mention.Form form, int first, int end, String key) {
        int b = s.token(first).begin(), e = s.token(end - 1).end();
        String text = textOf(s, first, end);
        return new Mention(kind, form, s.index(), first, end, b, e, text, key);
    }

    private static String textOf(Sentence s, int first, int end) {
        int b = s.token(first).begin() - s.begin(), e = s.token(end - 1).end() - s.begin();
        return s.text().substring(b, e);
    }

    private void dates(TextLayer layer, Sentence s, Mention[] taken, List<Mention> found) {
        LocalDate published = layer.article().published();
        for (Dates.Found d : Dates.find(layer.text(), s.begin(), s.end(), published)) {
            int first = -1, end = -1;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (t.begin() >= d.begin() && t.end() <= d.end()) {
                    if (first < 0) first = i;
                    end = i + 1;
                }
            }
            if (first >= 0 && free(taken, first, end)) {
                claim(mention(s, Mention.Kind.DATE, Mention.Form.PATTERN, first, end, d.value()), taken, found);
            }
        }
    }

    private static boolean free(Mention[] taken, int first, int end) {
        for (int i = first; i < end; i++) if (taken[i] != null) return false;
        return true;
    }

    /**
     * Gazetteer names, longest first at each token. The sentence's words are folded once and a name is grown word
     * by word only while it is the start of some gazetteer key, so a sentence costs about one lookup per word.
     */
    private void gazetteer(Sentence s, Mention[] taken, List<Mention> found) {
        int n = s.size();
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) folded[i] = NameFolding.fold(s.token(i).text());
        int[] lengths = new int[k.maxEntryTokens()];
        for (int i = 0; i < n; i++) {
            if (taken[i] != null || !s.token(i).isWord() && !s.token(i).text().startsWith("'")) continue;
            int found0 = 0;
            StringBuilder key = new StringBuilder();
            for (int len = 1; len <= Math.min(k.maxEntryTokens(), n - i); len++) {
                if (len > 1) key.append(' ');
                key.append(folded[i + len - 1]);
                String kk = key.toString();
                if (!k.isKeyPrefix(kk)) break;
                if (!k.entries(kk).isEmpty()) lengths[found0++] = len;
            }
            for (int c = found0 - 1; c >= 0; c--) {
                int len = lengths[c];
                if (!free(taken, i, i + len)) continue;
                Knowledge.Entry best = best(s, i, len, folded);
                if (best != null) {
                    claim(mention(s, best.kind(), best.form(), i, i + len, best.key()), taken, found);
                    i += len - 1;
                    break;
                }
            }
        }
    }

    private Knowledge.Entry best(Sentence s, int i, int len, String[] folded) {
        StringBuilder key = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        for (int j = i; j < i + len; j++) {
            if (j > i) key.append(' ');
            key.append(folded[j]);
            raw.append(s.token(j).text());
        }
        Knowledge.Entry best = null;
        for (Knowledge.Entry e : k.entries(key.toString())) {
            if (!casingFits(e, s, i, len, raw.toString())) continue;
            if (best == null || e.priority() < best.priority()) best = e;
        }
        return best;
    }

    private static boolean casingFits(Knowledge.Entry e, Sentence s, int i, int len, String raw) {
        Token first = s.token(i);
        return switch (e.casing()) {
            case ANY -> true;
            case EXACT -> raw.equals(e.surface().replace(" ", "")) || (len == 1 && first.text().equals(e.surface()));
            case CAPITALIZED -> first.isCapitalized() && (!first.isAllCaps() || first.text().length() > 3 || len > 1);
        };
    }

    /** "Armenian armed forces", "Russia's defence ministry": a country, then a lower-case organization head. */
    private void lowercaseOrgs(Sentence s, Mention[] taken, List<Mention> found) {
        List<Mention> countries = found.stream().filter(m -> m.kind() == Mention.Kind.COUNTRY).toList();
        for (Mention c : countries) {
            int start = c.end();
            if (start < s.size() && s.token(start).text().matches("[’']s")) start++;
            for (int len = 3; len >= 1; len--) {
                int end = start + len;
                if (end > s.size() || !free(taken, start, end)) continue;
                String head = NameFolding.fold(textOf(s, start, end)).replace('-', ' ');
                if (!k.isOrgHead(Knowledge.foldedKey(head), true)) continue;
                // a capitalized head is a proper name the capitalized rule reads whole: "Taiwan's Ministry of National Defense"
                if (s.token(start).isCapitalized()) continue;
                if (end < s.size() && continuesNoun(s.token(end))) continue;
                Mention m = mention(s, Mention.Kind.ORGANIZATION, Mention.Form.PATTERN, c.first(), end,
                        "pattern/" + c.key().toLowerCase() + "/" + org.newskg.ingest.ArticleIds.slug(head));
                found.remove(c);
                for (int t = c.first(); t < c.end(); t++) taken[t] = null;
                claim(m, taken, found);
                break;
            }
        }
    }

    /** A lower-case word that likely continues a noun phrase ("army units"), so the head before it is no name. */
    private boolean continuesNoun(Token t) {
        if (!t.isWord() || t.isCapitalized()) return false;
        String w = t.text().toLowerCase();
        if (k.isNonName(w) || k.speechVerb(w) != null) return false;
        return !(w.endsWith("ed") || w.endsWith("ing") || w.equals("has") || w.equals("have") || w.equals("had")
                || w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("will")
                || w.equals("would") || w.equals("said") || w.equals("says") || w.equals("also") || w.equals("took"));
    }

    /** "Ministry of Foreign Affairs", "National Security Council": capitalized words around an organization head. */
    private void capitalizedOrgs(Sentence s, Mention[] taken, List<Mention> found) {
        int n = s.size();
        int i = 0;
        while (i < n) {
            if (taken[i] != null || !s.token(i).isCapitalized() || !s.token(i).isWord()
                    || k.isNonName(s.token(i).text()) && !k.isOrgHead(Knowledge.foldedKey(s.token(i).text()), false)) {
                i++;
                continue;
            }
            int end = i;
            List<Mention> titlesInside = new ArrayList<>();
            while (end < n && (taken[end] == null || insideTitle(s, taken[end], i))) {
                if (taken[end] != null) {
                    // a capitalized title word inside a name: "Missile General Bureau"
                    titlesInside.add(taken[end]);
                    end = taken[end].end();
                    continue;
                }
                Token t = s.token(end);
                if (t.isWord() && t.isCapitalized()) { end++; continue; }
                boolean connector = ORG_CONNECTORS.contains(t.text().toLowerCase()) && end + 1 < n
                        && s.token(end + 1).isCapitalized() && s.token(end + 1).isWord();
                if (connector && (taken[end + 1] == null || t.is("of") && insideTitle(s, taken[end + 1], i)
                        && taken[end + 1].first() == end + 1 && pluralAfterOf(s, taken[end + 1], i))) { end++; continue; }
                if (t.text().equals(",") && end > i && k.isPortfolioWord(s.token(end - 1).text()) && portfolioListAhead(s, taken, end + 1)) {
                    end++;   // "Ministry of Environment, Water and Ecological Transition"
                    continue;
                }
                break;
            }
            while (!titlesInside.isEmpty() && titlesInside.get(titlesInside.size() - 1).end() == end
                    && !pluralAfterOf(s, titlesInside.get(titlesInside.size() - 1), i)) {
                end = titlesInside.remove(titlesInside.size() - 1).first();   // a name does not end in a title
            }
            int headAt = end > i ? orgHeadIn(s, i, end) : -1;
            Mention before = i > 0 ? taken[i - 1] : null;
            // a country, organization or place right before: "ECOWAS Commission", "Kosovo Police", "Kathmandu Dispatch"
            boolean namedBefore = before != null && before.end() == i && (before.kind() == Mention.Kind.COUNTRY
                    || before.kind() == Mention.Kind.ORGANIZATION || before.kind() == Mention.Kind.PLACE);
            // "Jubilee House", "the Fa'onelua Convention Centre": a building where events happen, left for the
            // resolver to place; not a body, unless it speaks for the office it houses ("State House said")
            boolean facility = k.isFacilityName(textOf(s, i, end)) && !(end < n && k.speechVerb(s.token(end).text()) != null);
            if (headAt >= 0 && (portfolioOfAPost(s, taken, i, headAt, end) || facility)) {
                i = end;
                continue;
            }
            if (headAt >= 0 && (end - i >= 2 || namedBefore)) {
                int first = i;
                // absorb a country adjective or an organization just before ("Azerbaijani Defense Ministry",
                // "ECOWAS Commission") and "of Country" after
                String country = "";
                boolean absorbedOrg = namedBefore && before.kind() != Mention.Kind.COUNTRY;
                if (namedBefore) {
                    first = before.first();
                    country = before.kind() == Mention.Kind.COUNTRY ? before.key()
                            : before.kind() == Mention.Kind.ORGANIZATION ? orgCountry(before.key()) : "";
                    found.remove(before);
                    for (int t = before.first(); t < before.end(); t++) taken[t] = null;
                    // "Southeast Europe Monitor": capitalized words before the absorbed name belong to it too
                    while (first > 0 && taken[first - 1] == null && s.token(first - 1).isCapitalized()
                            && s.token(first - 1).isWord() && !k.isNonName(s.token(first - 1).text())) first--;
                }
                int last = end;
                int ofAt = last + 1 < n && s.token(last).is("of") ? (last + 2 < n && s.token(last + 1).is("the") ? last + 2 : last + 1) : -1;
                if (ofAt > 0 && taken[ofAt] != null && taken[ofAt].kind() == Mention.Kind.COUNTRY && taken[ofAt].first() == ofAt) {
                    Mention after = taken[ofAt];
                    country = after.key();
                    last = after.end();
                    found.remove(after);
                    for (int t = after.first(); t < after.end(); t++) taken[t] = null;
                }
                // "Jordan's Ministry of Foreign Affairs": a possessive country before the body is its country (kept a mention)
                if (country.isEmpty() && first >= 2 && s.token(first - 1).text().matches("[’']s") && taken[first - 2] != null
                        && taken[first - 2].kind() == Mention.Kind.COUNTRY && taken[first - 2].end() == first - 1) {
                    country = taken[first - 2].key();
                }
                for (Mention t : titlesInside) found.remove(t);
                claim(mention(s, Mention.Kind.ORGANIZATION, Mention.Form.PATTERN, first, last,
                        "pattern/" + (country.isEmpty() ? "" : country.toLowerCase() + "/")
                                + org.newskg.ingest.ArticleIds.slug(textOf(s, absorbedOrg ? first : i, end))), taken, found);
                i = last;
            } else {
                i = Math.max(end, i + 1);
            }
        }
    }

    /**
     * "Council of Ministers of Bosnia", "Council of Foreign Ministers of the CSTO": a plural title after "of",
     * followed by the country or body the council belongs to, is the body's members, part of its name.
     */
    private boolean pluralAfterOf(Sentence s, Mention title, int start) {
        if (title.first() <= start + 1 || !s.token(title.first() - 1).is("of")
                || !title.text().endsWith("s") || title.key().endsWith("s")) return false;
        int x = title.end();
        if (x + 1 >= s.size() || !s.token(x).is("of")) return false;
        x++;
        if (s.token(x).is("the") && x + 1 < s.size()) x++;
        if (!s.token(x).isCapitalized()) return false;
        for (int len = Math.min(k.maxEntryTokens(), s.size() - x); len >= 1; len--) {
            for (Knowledge.Entry e : k.entries(Knowledge.foldedKey(textOf(s, x, x + len)))) {
                if (e.kind() == Mention.Kind.COUNTRY || e.kind() == Mention.Kind.ORGANIZATION) return true;
            }
        }
        return false;
    }

    /**
     * "High Representative of the Union for Foreign Affairs and Security Policy": a head after a title's "of (the)"
     * followed by "for" and nothing but portfolio words is the rest of the post's name, not a body of its own.
     */
    private boolean portfolioOfAPost(Sentence s, Mention[] taken, int start, int headAt, int end) {
        int of = start > 0 && s.token(start - 1).is("the") ? start - 2 : start - 1;
        if (of < 1 || !s.token(of).is("of") || taken[of - 1] == null || taken[of - 1].kind() != Mention.Kind.TITLE) return false;
        if (headAt + 2 >= end || !s.token(headAt + 1).is("for")) return false;
        for (int x = headAt + 2; x < end; x++) {
            Token t = s.token(x);
            if (t.isCapitalized() ? !k.isPortfolioWord(t.text()) : !ORG_CONNECTORS.contains(t.text().toLowerCase())) return false;
        }
        return true;
    }

    /** After a comma: capitalized portfolio words up to an "and" before a last one ("Water and Ecological Transition"). */
    private boolean portfolioListAhead(Sentence s, Mention[] taken, int x) {
        boolean words = false;
        for (int y = x; y < s.size(); y++) {
            Token t = s.token(y);
            if (taken[y] == null && t.isCapitalized() && k.isPortfolioWord(t.text())) { words = true; continue; }
            if (!words) return false;
            if (t.text().equals(",")) { words = false; continue; }
            return t.is("and") && y + 1 < s.size() && s.token(y + 1).isCapitalized() && k.isPortfolioWord(s.token(y + 1).text());
        }
        return false;
    }

    private String orgCountry(String key) {
        Organization o = k.organization(key);
        return o == null ? "" : o.country();
    }

    /** A title mention written capitalized, not at the start of a candidate name, may be part of the name. */
    private static boolean insideTitle(Sentence s, Mention m, int start) {
        if (m.kind() != Mention.Kind.TITLE || m.first() == start) return false;
        for (int i = m.first(); i < m.end(); i++) if (!s.token(i).isCapitalized()) return false;
        return true;
    }

    /** Index of an organization head ending the span or standing before "of" or "for", or -1. */
    private int orgHeadIn(Sentence s, int from, int end) {
        for (int j = end - 1; j >= from; j--) {
            for (int len = 2; len >= 1; len--) {
                if (j - len + 1 < from) continue;
                String phrase = Knowledge.foldedKey(textOf(s, j - len + 1, j + 1));
                boolean atEnd = j == end - 1;
                // "Commission on Biodiversity", "Committee on Foreign Affairs"
                boolean beforeOf = j + 1 < end && (s.token(j + 1).is("of") || s.token(j + 1).is("for") || s.token(j + 1).is("on"));
                if ((atEnd || beforeOf) && k.isOrgHead(phrase, false)) return j;
            }
        }
        return -1;
    }

    /**
     * "Universidad San Francisco de Quito", "Consejo Nacional Electoral", "Radio Centro": a capitalized phrase of two
     * words or more starting with a head that leads a body's name in Spanish, Portuguese or French (or "Radio");
     * a place or country after a joining word belongs to the name ("de Quito").
     */
    private void leadingHeadOrgs(Sentence s, Mention[] taken, List<Mention> found) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            if (taken[i] != null || !t.isCapitalized() || !k.isLeadingOrgHead(t.text())) continue;
            int end = i + 1;
            while (end < n) {
                Token u = s.token(end);
                if (taken[end] == null && u.isWord() && u.isCapitalized()) { end++; continue; }
                // "Universidad San Francisco de Quito": a place name inside the body's name
                Mention inside = taken[end];
                if (inside != null && inside.first() == end && (inside.kind() == Mention.Kind.PLACE
                        || inside.kind() == Mention.Kind.COUNTRY) && s.token(end).isCapitalized()) { end = inside.end(); continue; }
                if (ROMANCE_CONNECTORS.contains(u.text().toLowerCase(java.util.Locale.ROOT)) && end + 1 < n
                        && s.token(end + 1).isCapitalized() && s.token(end + 1).isWord()) {
                    Mention next = taken[end + 1];
                    if (next == null) { end += 2; continue; }
                    if ((next.kind() == Mention.Kind.PLACE || next.kind() == Mention.Kind.COUNTRY) && next.first() == end + 1) {
                        end = next.end();
                        continue;
                    }
                }
                break;
            }
            if (end - i < 2) continue;
            replaceWithOrg(s, i, end, taken, found);
            i = end - 1;
        }
    }

    /**
     * "the Revolución Ciudadana bloc", "the Patriots for Europe group": capitalized words between "the" and a noun
     * that says what kind of body they name; and "the state oil company Petroecuador", "rail operator PeruRail":
     * an unknown capitalized name right after a noun that says it is a company or outlet.
     */
    private void typedOrgs(Sentence s, Mention[] taken, List<Mention> found) {
        int n = s.size();
        for (int i = 1; i < n; i++) {
            Token t = s.token(i);
            if (taken[i] != null || !t.isWord() || t.isCapitalized()) continue;
            if (k.isOrgTypeNoun(t.text())) {
                int first = i;
                while (first > 0) {
                    Token u = s.token(first - 1);
                    Mention m = taken[first - 1];
                    if (m == null && u.isWord() && u.isCapitalized() && !u.text().equalsIgnoreCase("the")) { first--; continue; }
                    // a place inside, after a joining word: "Patriots for Europe"
                    if (m != null && (m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.COUNTRY) && m.first() >= 2
                            && Set.of("for", "of").contains(s.token(m.first() - 1).text()) && taken[m.first() - 2] == null
                            && s.token(m.first() - 2).isCapitalized()) {
                        first = m.first() - 1;
                        continue;
                    }
                    if (m == null && Set.of("for", "of").contains(u.text()) && first - 2 >= 0 && taken[first - 2] == null
                            && s.token(first - 2).isCapitalized() && s.token(first - 2).isWord()) { first--; continue; }
                    break;
                }
                if (first == i || first == 0 || !s.token(first - 1).text().equalsIgnoreCase("the")) continue;
                if (!s.token(first).isCapitalized()) continue;
                replaceWithOrg(s, first, i, taken, found);
                continue;
            }
            if (k.isOrgAppositionNoun(t.text()) && i + 1 < n && taken[i + 1] == null && s.token(i + 1).isWord()
                    && s.token(i + 1).isCapitalized() && !k.isNonName(s.token(i + 1).text())) {
                int end = i + 2;
                while (end < n && end < i + 4 && taken[end] == null && s.token(end).isWord() && s.token(end).isCapitalized()) end++;
                claim(mention(s, Mention.Kind.ORGANIZATION, Mention.Form.PATTERN, i + 1, end,
                        "pattern/" + org.newskg.ingest.ArticleIds.slug(textOf(s, i + 1, end))), taken, found);
                i = end - 1;
            }
        }
    }

    /**
     * "Acción Democrática Nacional (ADN)", "Office of the High Representative (OHR)": capitalized words (with
     * joining words, and names already found inside them) whose initials spell the bracketed acronym after them
     * name one organization, replacing what was found inside. A name that is one country or place stays one.
     */
    private void acronymDefinedOrgs(Sentence s, Mention[] taken, List<Mention> found) {
        int n = s.size();
        for (int p = 2; p + 2 < n; p++) {
            if (!s.token(p).text().equals("(") || !s.token(p + 2).text().equals(")")) continue;
            String acronym = s.token(p + 1).text();
            if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) continue;
            // walk back over the words a name can have, and try each start from the nearest
            int first = p;
            int start = -1;
            while (first > 0 && p - first < 14) {
                int j = first - 1;
                Token u = s.token(j);
                Mention m = taken[j];
                boolean ok = m != null && m.kind() != Mention.Kind.DATE && m.kind() != Mention.Kind.NAME
                        || u.isWord() && u.isCapitalized() || ACRONYM_SKIPPED.contains(u.text().toLowerCase(java.util.Locale.ROOT));
                if (!ok) break;
                // inside a name found before ("UN Office" of "UN Office for the Coordination ... (OCHA)") the
                // acronym may start at a word of it
                if (m != null && u.isCapitalized() && initials(s, j, p).equalsIgnoreCase(acronym)) {
                    start = j;
                    break;
                }
                first = m != null ? m.first() : j;
                if (s.token(first).isCapitalized() && initials(s, first, p).equalsIgnoreCase(acronym)) {
                    start = first;
                    break;
                }
            }
            if (start < 0 || p - start < 2) continue;
            Mention inside = taken[start];
            if (inside != null && inside.first() == start && inside.end() == p && inside.kind() != Mention.Kind.NAME) continue;
            replaceWithOrg(s, start, p, taken, found);
        }
    }

    /** The initials of the capitalized words in [first, end), each hyphenated part counted: "Trans-Ecuadorian" gives "TE". */
    private static String initials(Sentence s, int first, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i < end; i++) {
            Token t = s.token(i);
            if (!t.isWord() || !t.isCapitalized()) continue;
            if (ACRONYM_SKIPPED.contains(t.text().toLowerCase(java.util.Locale.ROOT))) continue;
            b.append(t.text().charAt(0));
        }
        return b.toString();
    }

    /** "In Colombia, Congress approved": a legislature's bare head, without "the", names that body. */
    private void bareLegislatures(Sentence s, Mention[] taken, List<Mention> found) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (taken[i] != null || !t.isCapitalized() || t.isAllCaps() || !k.isBareLegislature(t.text())) continue;
            if (i > 0 && (s.token(i - 1).text().equalsIgnoreCase("the") || s.token(i - 1).isCapitalized())) continue;
            if (i + 1 < s.size() && (s.token(i + 1).isCapitalized() || s.token(i + 1).text().equals("of"))) continue;
            claim(mention(s, Mention.Kind.ORGANIZATION, Mention.Form.PATTERN, i, i + 1,
                    "pattern/" + org.newskg.ingest.ArticleIds.slug(t.text())), taken, found);
        }
    }

    /** Tokens [first, end) become one organization; mentions inside (or overlapping its ends) are dropped. */
    private void replaceWithOrg(Sentence s, int first, int end, Mention[] taken, List<Mention> found) {
        int from = first, to = end;
        for (int i = first; i < end; i++) {
            Mention m = taken[i];
            if (m == null) continue;
            from = Math.min(from, m.first());
            to = Math.max(to, m.end());
        }
        String country = "";
        for (int i = from; i < to; i++) {
            Mention m = taken[i];
            if (m == null) continue;
            // "South Sudan People's Defence Forces (SSPDF)" still names South Sudan: the body is that country's
            if (country.isEmpty() && m.kind() == Mention.Kind.COUNTRY) country = m.key().toLowerCase(java.util.Locale.ROOT) + "/";
            found.remove(m);
            for (int x = m.first(); x < m.end(); x++) taken[x] = null;
        }
        claim(mention(s, Mention.Kind.ORGANIZATION, Mention.Form.PATTERN, from, to,
                "pattern/" + country + org.newskg.ingest.ArticleIds.slug(textOf(s, from, to))), taken, found);
    }

    /** Runs of capitalized words not taken by any other step: candidate names. */
    private void names(Sentence s, Mention[] taken, List<Mention> found, Set<String> lowerWords) {
        int n = s.size();
        boolean headline = headline(s);
        int i = 0;
        while (i < n) {
            Token t = s.token(i);
            if (taken[i] != null || !isNameWord(t) || k.isNonName(t.text()) || k.isHonorific(t.text())
                    || k.isPortfolioWord(t.text())) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && end - i < MAX_NAME_TOKENS && taken[end] == null) {
                Token u = s.token(end);
                Token prev = s.token(end - 1);
                boolean adjacent = u.begin() == prev.end();
                if (isNameWord(u) && !k.isNonName(u.text()) && !k.isPortfolioWord(u.text())) { end++; continue; }
                // hyphenated names, given names in lower case after the hyphen too: "Jean-Yves", "Jae-myung"
                if (u.text().equals("-") && adjacent && end + 1 < n && s.token(end + 1).isWord()
                        && s.token(end + 1).begin() == u.end() && taken[end + 1] == null) { end += 2; continue; }
                if (PARTICLES.contains(u.text().toLowerCase()) && end + 1 < n && isNameWord(s.token(end + 1))
                        && taken[end + 1] == null) { end += 2; continue; }
                // two particles in a row: "Given de la Surname", "van der Surname", "de los Surname"
                if (PARTICLES.contains(u.text().toLowerCase()) && end + 2 < n && PARTICLES.contains(s.token(end + 1).text().toLowerCase())
                        && isNameWord(s.token(end + 2)) && taken[end + 1] == null && taken[end + 2] == null) { end += 3; continue; }
                // "al-Surname", "el-Surname", "bin-Name"
                if (PARTICLES.contains(u.text().toLowerCase()) && end + 2 < n && s.token(end + 1).text().equals("-")
                        && s.token(end + 1).begin() == u.end() && s.token(end + 2).begin() == s.token(end + 1).end()
                        && s.token(end + 2).isWord() && taken[end + 1] == null && taken[end + 2] == null) { end += 3; continue; }
                break;
            }
            // a headline capitalizes every word: "Minister Deeply Concerned" is no name when the article writes
            // "deeply" and "concerned" in lower case elsewhere
            if (headline && commonWords(s, i, end, lowerWords)) { i = end; continue; }
            claim(mention(s, Mention.Kind.NAME, Mention.Form.PATTERN, i, end, textOf(s, i, end)), taken, found);
            i = end;
        }
    }

    /** A sentence written in title case: at least four words, nearly all of them capitalized. */
    private static boolean headline(Sentence s) {
        int words = 0, capitalized = 0;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!t.isWord() || t.text().length() < 4) continue;   // "of", "the", "on" stay lower case in title case
            words++;
            if (t.isCapitalized()) capitalized++;
        }
        return words >= 4 && capitalized * 10 >= words * 9;
    }

    /** Whether every word of tokens [first, end) appears in lower case elsewhere in the article. */
    private static boolean commonWords(Sentence s, int first, int end, Set<String> lowerWords) {
        for (int i = first; i < end; i++) {
            Token t = s.token(i);
            if (!t.isWord()) continue;
            if (!lowerWords.contains(t.text().toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    private static boolean isNameWord(Token t) {
        if (!t.isWord() || !t.isCapitalized()) return false;
        if (t.text().length() == 2 && t.text().endsWith(".")) return true; // initial
        return t.text().chars().anyMatch(Character::isLowerCase) || t.text().length() > 1 && !t.isAllCaps();
    }
}
