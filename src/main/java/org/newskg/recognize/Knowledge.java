package org.newskg.recognize;

import org.newskg.text.Token;
import org.newskg.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the engine knows about the world, loaded once from the versioned data files: countries (ISO codes,
 * demonyms, aliases, capitals), organizations, places, titles, reporting verbs and the cue lexicons.
 * Immutable and shared by all threads.
 */
public final class Knowledge {
    private static final String GAZ = "/newskg/gazetteer/";
    private static final String LEX = "/newskg/lexicon/";
    private static volatile Knowledge standard;

    /** How an entry must be written to match. */
    enum Case { CAPITALIZED, EXACT, ANY }

    /** A lexicon entry reachable from a token sequence. Priority breaks ties between entries of equal length. */
    record Entry(Mention.Kind kind, Mention.Form form, String key, Case casing, String surface, int priority) {}

    /** A cue phrase (already tokenized and folded) and the value it signals. */
    public record Cue(List<String> words, String value, String extra) {}

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, String> capitalOf = new HashMap<>();
    private final Map<String, Country> capitalBySlug = new HashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    private final Map<String, SpeechVerb> speechVerbs = new HashMap<>();
    private final Map<String, List<Entry>> entries = new HashMap<>();
    private final Map<String, Boolean> orgHeads = new HashMap<>();
    private final Set<String> mediaHeads = new HashSet<>();
    private final Set<String> nonNames;
    private final Set<String> honorifics;
    private final Set<String> officeHeads;
    private final Set<String> personObjectVerbs;
    private final Set<String> portfolioWords;
    private final Set<String> accusationCues;
    private final Set<String> placeNouns;
    private final Set<String> areaPosts;
    /** Folded heads of building and site names, by where they stand: lexicon {@code facility-names.tsv}. */
    private final Set<String> facilityEnds = new HashSet<>(), facilityStarts = new HashSet<>(), nonFacilities = new HashSet<>(),
            facilityOfHeads = new HashSet<>();
    private final Set<String> placeNameSuffixes;
    private final Set<String> spelledOutTitles;
    private final Set<String> nonPersonWords;
    private final Set<String> venues;
    private final Set<String> aidVerbs = new HashSet<>();
    private final Set<String> aidGiven = new HashSet<>();
    private final Set<String> leadingOrgHeads;
    private final Set<String> orgTypeNouns;
    private final Set<String> orgAppositionNouns;
    private final Set<String> bareLegislatures;
    private final Map<String, Named> metonyms = new HashMap<>();
    private final List<TitleOwner> titleOwners = new ArrayList<>();
    private final Set<String> demonymActors;
    private final Map<String, String> pluralActors = new HashMap<>();
    private final Map<String, String> condemnedActs = new HashMap<>();
    private final Set<String> ambiguousSpeechVerbs;
    private final Set<String> objectSpeechVerbs;
    private final List<Cue> statementCues = new ArrayList<>();
    private final List<Cue> eventTriggers = new ArrayList<>();
    private final List<Cue> interactionCues = new ArrayList<>();
    /** Last words of the summon and sanction cues ("summoned", "expelled"), whose unnamed envoy object is its country. */
    private final Set<String> envoyCueEnds = new HashSet<>();
    private final List<Cue> mediaCues = new ArrayList<>();
    private int maxEntryTokens = 1;
    private final Set<String> prefixes = new HashSet<>();

    public static Knowledge standard() {
        Knowledge k = standard;
        if (k == null) {
            synchronized (Knowledge.class) {
                if (standard == null) standard = new Knowledge();
                k = standard;
            }
        }
        return k;
    }

    private Knowledge() {
        for (Tsv.Row r : Tsv.read(GAZ + "countries.tsv")) {
            Country c = new Country(r.get("iso2"), r.get("iso3"), r.get("name"), r.get("wikidata"), r.get("kind"),
                    r.list("demonyms"), r.list("aliases"), r.list("capitals"));
            if (c.iso2().isEmpty()) continue;
            countries.put(c.iso2(), c);
            add(c.name(), Mention.Kind.COUNTRY, Mention.Form.NAME, c.iso2(), 0);
            for (String a : c.aliases()) add(a, Mention.Kind.COUNTRY, Mention.Form.ALIAS, c.iso2(), 0);
            for (String d : c.demonyms()) add(d, Mention.Kind.COUNTRY, Mention.Form.DEMONYM, c.iso2(), 0);
        }
        for (Tsv.Row r : Tsv.read(GAZ + "organizations.tsv")) {
            Organization o = new Organization(r.get("key"), r.get("name"), r.list("aliases"), r.get("type"),
                    r.get("wikidata"), r.get("country"));
            organizations.put(o.key(), o);
            add(o.name(), Mention.Kind.ORGANIZATION, Mention.Form.NAME, o.key(), 1);
            for (String a : o.aliases()) add(a, Mention.Kind.ORGANIZATION, Mention.Form.ALIAS, o.key(), 1);
        }
        // capitals first: a capital's entry must win over the same city's plain place entry
        for (Country c : countries.values()) {
            for (String cap : c.capitals()) {
                String key = placeKey(cap, c.iso2());
                places.putIfAbsent(key, new Place(cap, "city", c.iso2()));
                capitalOf.putIfAbsent(key, c.iso2());
                capitalBySlug.putIfAbsent(org.newskg.ingest.ArticleIds.slug(cap), c);
                add(cap, Mention.Kind.PLACE, Mention.Form.CAPITAL, key, 2);
            }
        }
        for (Tsv.Row r : Tsv.read(GAZ + "places.tsv")) {
            Place p = new Place(r.get("name"), r.get("kind"), r.get("country"));
            String key = placeKey(p.name(), p.country());
            places.putIfAbsent(key, p);
            add(p.name(), Mention.Kind.PLACE, Mention.Form.NAME, key, 2);
            for (String a : r.list("aliases")) add(a, Mention.Kind.PLACE, Mention.Form.ALIAS, key, 2);
        }
        for (Tsv.Row r : Tsv.read(GAZ + "titles.tsv")) {
            Title t = new Title(r.get("title").toLowerCase(Locale.ROOT), r.get("head").toLowerCase(Locale.ROOT),
                    r.get("category"), r.get("scope"));
            titles.putIfAbsent(foldedKey(t.surface()), t);
            add(t.surface(), Mention.Kind.TITLE, Mention.Form.NAME, t.head(), 3);
            // plurals: "the Foreign Ministers of the two countries", "chief negotiators"
            String plural = t.surface().endsWith("s") ? null : t.surface().endsWith("y") && !t.surface().endsWith("ey")
                    ? t.surface().substring(0, t.surface().length() - 1) + "ies" : t.surface() + "s";
            if (plural != null && !titles.containsKey(foldedKey(plural))) add(plural, Mention.Kind.TITLE, Mention.Form.NAME, t.head(), 3);
        }
        for (Tsv.Row r : Tsv.read(GAZ + "speech-verbs.tsv")) {
            SpeechVerb v = new SpeechVerb(r.get("form").toLowerCase(Locale.ROOT), r.get("lemma"), r.get("medium"), r.get("kind"));
            speechVerbs.putIfAbsent(v.form(), v);
        }
        for (Tsv.Row r : Tsv.read(LEX + "org-heads.tsv")) {
            orgHeads.put(foldedKey(r.get("head")), "yes".equals(r.get("lowercase")));
            if ("yes".equals(r.get("media"))) mediaHeads.add(foldedKey(r.get("head")));
        }
        for (Tsv.Row r : Tsv.read(GAZ + "statement-cues.tsv")) statementCues.add(cue(r.get("cue"), r.get("kind"), ""));
        for (Tsv.Row r : Tsv.read(GAZ + "event-triggers.tsv")) eventTriggers.add(cue(r.get("trigger"), r.get("type"), r.get("plover")));
        for (Tsv.Row r : Tsv.read(GAZ + "interaction-cues.tsv")) {
            interactionCues.add(cue(r.get("cue"), r.get("relation"), r.get("direction") + "|" + r.get("plover")));
            if (Set.of("summon", "sanction").contains(r.get("relation")) && r.get("direction").equals("forward")) {
                String[] words = r.get("cue").split("\\s+");
                envoyCueEnds.add(NameFolding.fold(words[words.length - 1]));
            }
        }
        for (Tsv.Row r : Tsv.read(LEX + "media.tsv")) mediaCues.add(cue(r.get("cue"), r.get("medium"), ""));
        nonNames = Set.copyOf(Tsv.lines(LEX + "non-names.txt"));
        honorifics = Set.copyOf(Tsv.lines(LEX + "honorifics.txt"));
        officeHeads = Set.copyOf(Tsv.lines(LEX + "office-heads.txt"));
        for (Tsv.Row r : Tsv.read(LEX + "title-owners.tsv")) {
            if (!organizations.containsKey(r.get("owner"))) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": unknown organization '" + r.get("owner") + "'");
            }
            titleOwners.add(new TitleOwner(java.util.regex.Pattern.compile(r.get("pattern")), r.get("owner"), r.list("needs")));
        }
        personObjectVerbs = Set.copyOf(Tsv.lines(LEX + "person-object-verbs.txt"));
        portfolioWords = Set.copyOf(Tsv.lines(LEX + "portfolio-words.txt"));
        accusationCues = Set.copyOf(Tsv.lines(LEX + "accusation-cues.txt"));
        placeNouns = Set.copyOf(Tsv.lines(LEX + "place-nouns.txt"));
        areaPosts = Set.copyOf(Tsv.lines(LEX + "area-posts.txt"));
        placeNameSuffixes = Set.copyOf(Tsv.lines(LEX + "place-name-suffixes.txt"));
        for (Tsv.Row r : Tsv.read(LEX + "facility-names.tsv")) {
            Set<String> into = switch (r.get("at")) {
                case "end" -> facilityEnds;
                case "start" -> facilityStarts;
                case "not" -> nonFacilities;
                case "of" -> facilityOfHeads;
                default -> throw new IllegalStateException(r.file() + ":" + r.line() + ": 'at' must be end, start, not or of");
            };
            into.add(NameFolding.fold(r.get("head")));
        }
        spelledOutTitles = Set.copyOf(Tsv.lines(LEX + "spelled-out-titles.txt"));
        nonPersonWords = Set.copyOf(Tsv.lines(LEX + "non-person-words.txt"));
        venues = Set.copyOf(Tsv.lines(LEX + "venues.txt"));
        leadingOrgHeads = folded(Tsv.lines(LEX + "leading-org-heads.txt"));
        orgTypeNouns = folded(Tsv.lines(LEX + "org-type-nouns.txt"));
        orgAppositionNouns = folded(Tsv.lines(LEX + "org-apposition-nouns.txt"));
        bareLegislatures = folded(Tsv.lines(LEX + "bare-legislatures.txt"));
        demonymActors = Set.copyOf(Tsv.lines(LEX + "demonym-actors.txt"));
        for (Tsv.Row r : Tsv.read(LEX + "plural-actors.tsv")) pluralActors.put(NameFolding.fold(r.get("noun")), r.get("refers"));
        for (Tsv.Row r : Tsv.read(LEX + "condemned-acts.tsv")) condemnedActs.put(NameFolding.fold(r.get("act")), r.get("type"));
        ambiguousSpeechVerbs = Set.copyOf(Tsv.lines(LEX + "ambiguous-speech-verbs.txt"));
        objectSpeechVerbs = Set.copyOf(Tsv.lines(LEX + "object-speech-verbs.txt"));
        for (Tsv.Row r : Tsv.read(LEX + "aid-transfers.tsv")) {
            (r.get("role").equals("verb") ? aidVerbs : aidGiven).add(NameFolding.fold(r.get("word")));
        }
        for (Tsv.Row r : Tsv.read(LEX + "metonyms.tsv")) {
            Mention.Kind kind = r.get("actor_kind").equals("organization") ? Mention.Kind.ORGANIZATION : Mention.Kind.COUNTRY;
            metonyms.put(foldedKey(r.get("place")), new Named(kind, r.get("actor_key")));
        }
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(NameFolding.fold(w));
        return Set.copyOf(out);
    }

    private static Cue cue(String phrase, String value, String extra) {
        return new Cue(words(phrase), value, extra);
    }

    /** Folded words of a phrase, tokenized as article text is. */
    public static List<String> words(String phrase) {
        // names, titles and heads repeat within an article and across a corpus: short phrases are kept (bounded)
        if (phrase.length() > 80) return wordsOf(phrase);
        List<String> known = WORDS.get(phrase);
        if (known != null) return known;
        List<String> w = wordsOf(phrase);
        if (WORDS.size() < 50_000) WORDS.put(phrase, w);
        return w;
    }

    private static final Map<String, List<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> wordsOf(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(phrase, 0, phrase.length())) out.add(NameFolding.fold(t.text()));
        return List.copyOf(out);
    }

    static String foldedKey(String phrase) {
        return String.join(" ", words(phrase));
    }

    public static String placeKey(String name, String iso2) {
        String slug = org.newskg.ingest.ArticleIds.slug(name);
        return (iso2 == null || iso2.isEmpty() ? "xx" : iso2.toLowerCase(Locale.ROOT)) + "/" + slug;
    }

    private void add(String surface, Mention.Kind kind, Mention.Form form, String key, int priority) {
        String k = foldedKey(surface);
        // a one-letter name ("X") is only ever recognized from context, never by lookup
        if (k.isEmpty() || surface.strip().length() < 2) return;
        Case casing;
        if (kind == Mention.Kind.TITLE) casing = Case.ANY;
        else if (hasInnerCapital(surface)) casing = Case.EXACT;
        else casing = Case.CAPITALIZED;
        entries.computeIfAbsent(k, x -> new ArrayList<>()).add(new Entry(kind, form, key, casing, surface, priority));
        String[] w = k.split(" ");
        maxEntryTokens = Math.max(maxEntryTokens, w.length);
        StringBuilder prefix = new StringBuilder();
        for (String x : w) {
            if (prefix.length() > 0) prefix.append(' ');
            prefix.append(x);
            prefixes.add(prefix.toString());
        }
    }

    private static boolean hasInnerCapital(String s) {
        for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i)) && Character.isUpperCase(s.charAt(i - 1))) return true;
        // a capital after a lower-case letter ("LeT", "MoD") is written only so: "Let" is a word, not the acronym
        for (int i = 1; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) return true;
        return s.length() <= 3 && s.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
    }

    List<Entry> entries(String foldedKey) { return entries.getOrDefault(foldedKey, List.of()); }

    /** Whether some entry's folded key starts with these folded words ({@code "united"} for "united nations"). */
    boolean isKeyPrefix(String foldedWords) { return prefixes.contains(foldedWords); }

    int maxEntryTokens() { return maxEntryTokens; }

    public Country country(String iso2) { return countries.get(iso2); }

    public java.util.Collection<Country> countries() { return countries.values(); }

    public Organization organization(String key) { return organizations.get(key); }

    public Place place(String key) { return places.get(key); }

    /** A country or organization named inside a phrase: its kind and key. */
    public record Named(Mention.Kind kind, String key) {}

    /**
     * The country or organization named inside a title phrase ("President of the European Council"), longest
     * name first, or null.
     */
    public Named nameWithin(String phrase) {
        List<String> w = words(phrase);
        for (int len = Math.min(w.size() - 1, maxEntryTokens); len >= 1; len--) {
            for (int i = 0; i + len <= w.size(); i++) {
                for (Entry e : entries(String.join(" ", w.subList(i, i + len)))) {
                    if (e.kind() == Mention.Kind.COUNTRY || e.kind() == Mention.Kind.ORGANIZATION) return new Named(e.kind(), e.key());
                }
            }
        }
        return null;
    }

    /** A reporting verb form that reports speech only before "that", a quotation, a colon or a comma. */
    /** Whether a reporting verb reports speech only through its object ("sent condolences", not "sent troops"). */
    public boolean isObjectSpeechVerb(SpeechVerb v) { return objectSpeechVerbs.contains(v.lemma()); }

    public boolean isAmbiguousSpeechVerb(String word) { return ambiguousSpeechVerbs.contains(NameFolding.fold(word)); }

    /** A noun that makes the country adjective before it stand for the country ("the Turkish side"). */
    public boolean isDemonymActorNoun(String word) { return demonymActors.contains(NameFolding.fold(word)); }

    /** What a plural subject noun stands for ("person" for "leaders", "country" for "sides"), or null. */
    public String pluralActor(String word) { return pluralActors.get(NameFolding.fold(word)); }

    /** The event type of an act noun whose doer a condemnation of it accuses ("the launch": missile-test), or null. */
    public String condemnedAct(String word) { return condemnedActs.get(NameFolding.fold(word)); }

    /** The actor a place name stands for in news ("Brussels" for the EU), or null. */
    public Named metonym(String placeName) { return metonyms.get(foldedKey(placeName)); }

    /** The organization with this name or alias (folded comparison), or null. */
    public Organization organizationNamed(String name) {
        for (Entry e : entries(foldedKey(name))) {
            if (e.kind() == Mention.Kind.ORGANIZATION) return organizations.get(e.key());
        }
        return null;
    }

    /** The country whose capital this place is, or null. */
    /** The country whose capital is written {@code name} (any case or accents), the first in gazetteer order, or null. */
    public Country capitalNamed(String name) { return capitalBySlug.get(org.newskg.ingest.ArticleIds.slug(name)); }

    public Country capitalOf(String placeKey) {
        String iso2 = capitalOf.get(placeKey);
        return iso2 == null ? null : countries.get(iso2);
    }

    public Title title(String surface) { return titles.get(foldedKey(surface)); }

    /** The title entry for a normalized head, when the head is itself a listed surface form. */
    public Title titleByHead(String head) {
        Title t = titles.get(foldedKey(head));
        return t != null ? t : new Title(head, head, "other", "either");
    }

    public SpeechVerb speechVerb(String form) { return speechVerbs.get(form.toLowerCase(Locale.ROOT)); }

    /** Whether this folded phrase is an organization head; {@code lowercase} asks whether it counts in lower case. */
    public boolean isOrgHead(String foldedPhrase, boolean lowercase) {
        Boolean lc = orgHeads.get(foldedPhrase);
        return lc != null && (!lowercase || lc);
    }

    /** Whether an organization's name ends in a head that names a news outlet ("Daily", "Ledger"). */
    public boolean isMediaName(String name) {
        List<String> w = words(name);
        return !w.isEmpty() && (mediaHeads.contains(w.get(w.size() - 1))
                || w.size() > 1 && mediaHeads.contains(w.get(w.size() - 2) + " " + w.get(w.size() - 1)));
    }

    public boolean isNonName(String word) { return nonNames.contains(NameFolding.fold(word)); }

    /** Whether the unnamed holder of a post with this head speaks for the body it heads (lexicon {@code office-heads.txt}). */
    public boolean isOfficeHead(String head) { return officeHeads.contains(head); }

    /** Whether an unknown name of two words or more right after this verb form is a person (lexicon {@code person-object-verbs.txt}). */
    public boolean isPersonObjectVerb(String word) { return personObjectVerbs.contains(word.toLowerCase(Locale.ROOT)); }

    /** A rule of {@code title-owners.tsv}: a title matching the pattern belongs to the owner, if the article names one of the needs. */
    record TitleOwner(java.util.regex.Pattern pattern, String owner, List<String> needs) {}

    /**
     * The organization a post written without an owner belongs to by its title alone ("Under-Secretary-General
     * for Humanitarian Affairs": the UN), or null; {@code named} says whether the article names an organization key.
     */
    public Organization titleOwner(String titleText, java.util.function.Predicate<String> named) {
        String t = titleText.toLowerCase(Locale.ROOT).strip();
        for (TitleOwner o : titleOwners) {
            if (!o.pattern().matcher(t).find()) continue;
            if (!o.needs().isEmpty() && o.needs().stream().noneMatch(named)) continue;
            return organizations.get(o.owner());
        }
        return null;
    }

    /**
     * The organization that alone holds a post of this title whatever else the article names (a rule of
     * {@code title-owners.tsv} without needs: "Member of the European Parliament"), or null.
     */
    public Organization soleTitleOwner(String titleText) {
        String t = titleText.toLowerCase(Locale.ROOT).strip();
        for (TitleOwner o : titleOwners) {
            if (o.needs().isEmpty() && o.pattern().matcher(t).find()) return organizations.get(o.owner());
        }
        return null;
    }

    /** Whether a title as written is an abbreviation reported by its head: dotted ("Col.") or listed ("MEP"). */
    public boolean isSpelledOutTitle(String written) {
        String w = written.strip();
        return w.endsWith(".") || spelledOutTitles.contains(NameFolding.fold(w));
    }

    /** A word that alone never names a person ("the Government and people of X"): lexicon {@code non-person-words.txt}. */
    public boolean isNonPersonWord(String word) { return nonPersonWords.contains(NameFolding.fold(word)); }

    public boolean isHonorific(String word) { return honorifics.contains(NameFolding.fold(word)); }

    /** A capitalized word that names a post's portfolio ("Foreign", "Affairs") and is never part of a name. */
    public boolean isPortfolioWord(String word) { return portfolioWords.contains(NameFolding.fold(word)); }

    /** A word that, said of a clause subject inside a statement, accuses it ("provocation"). */
    public boolean isAccusationCue(String word) { return accusationCues.contains(NameFolding.fold(word)); }

    /** A noun that makes the name before it a place ("district", "region"). */
    public boolean isPlaceNoun(String word) { return placeNouns.contains(NameFolding.fold(word)); }

    /**
     * A name of two words or more that a building or site head ends ("Serena Hotel", "Fa'onelua Convention Centre")
     * or starts ("Palais Coburg"): a place, not a body.
     */
    public boolean isFacilityName(String name) {
        String[] w = NameFolding.fold(name).split("\\s+");
        int n = w.length;
        if (n < 2 || nonFacilities.contains(w[n - 2] + " " + w[n - 1])) return false;
        return facilityEnds.contains(w[n - 1]) || facilityEnds.contains(w[n - 2] + " " + w[n - 1]) || facilityStarts.contains(w[0]);
    }

    /** The head of a post that governs an area ("governor", "mayor"): lexicon {@code area-posts.txt}. */
    public boolean isAreaPost(String head) { return areaPosts.contains(NameFolding.fold(head)); }

    /** A building or site head whose name goes on with "of" ("Palace of Serbia", "Tomb of the Unknown Soldier"). */
    public boolean isFacilityOfHead(String word) { return facilityOfHeads.contains(NameFolding.fold(word)); }

    /** An administrative noun that, capitalized after a place ("Tillaberi Region"), belongs to its name. */
    public boolean isPlaceNameSuffix(String word) { return placeNameSuffixes.contains(NameFolding.fold(word)); }

    /** A verb of giving aid ("provided", "extended"), folded. */
    public boolean isAidVerb(String word) { return aidVerbs.contains(NameFolding.fold(word)); }

    /** A word saying what aid is given ("dollars", "assistance", "tents"), folded. */
    public boolean isAidGiven(String word) { return aidGiven.contains(NameFolding.fold(word)); }

    /** A city that hosts international bodies and meetings, so a dateline from it says little of whose posts it reports. */
    public boolean isVenue(String placeName) { return venues.contains(NameFolding.fold(placeName)); }

    /** A head that starts a body's name ("Universidad", "Consejo", "Radio"): lexicon {@code leading-org-heads.txt}. */
    public boolean isLeadingOrgHead(String word) { return leadingOrgHeads.contains(NameFolding.fold(word)); }

    /** A lower-case noun that types the name before it as a body ("bloc", "group"): lexicon {@code org-type-nouns.txt}. */
    public boolean isOrgTypeNoun(String word) { return orgTypeNouns.contains(NameFolding.fold(word)); }

    /** A lower-case noun that types the name after it as a body ("company", "operator"). */
    public boolean isOrgAppositionNoun(String word) { return orgAppositionNouns.contains(NameFolding.fold(word)); }

    /** A legislature's head that names a body when written bare ("Congress", "Parliament"). */
    public boolean isBareLegislature(String word) { return bareLegislatures.contains(NameFolding.fold(word)); }

    public List<Cue> statementCues() { return statementCues; }

    public List<Cue> eventTriggers() { return eventTriggers; }

    public List<Cue> interactionCues() { return interactionCues; }

    /**
     * The last word of a summon or sanction cue ("summoned", "called in", "expelled"): an envoy it governs, named by
     * post only ("summoned the Afghan charge d'affaires"), is summoned or expelled for the country sending it.
     */
    public boolean isEnvoyCueEnd(String word) { return envoyCueEnds.contains(NameFolding.fold(word)); }

    public List<Cue> mediaCues() { return mediaCues; }
}
