package org.newskg.resolve;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.newskg.ingest.ArticleIds;
import org.newskg.recognize.Country;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.Mention;
import org.newskg.recognize.NameFolding;
import org.newskg.recognize.Organization;
import org.newskg.recognize.Place;
import org.newskg.recognize.RecognizedSentence;
import org.newskg.recognize.Title;
import org.newskg.text.Sentence;
import org.newskg.text.TextLayer;
import org.newskg.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves one article's mentions to entities. People are found from context only: a title before the name,
 * an apposition, an honorific, a byline, "according to", or a reporting verb next to the name; later mentions
 * by surname (spelling variants and diacritics folded), pronoun or title alone join the person they refer to.
 */
public final class Resolver {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final Set<String> FORMER = Set.of("former", "then", "ex", "ex-", "erstwhile", "previous", "late");
    /** Words a post's name keeps in lower case when written out ("Member of the European Parliament"). */
    private static final Set<String> SMALL_TITLE_WORDS = Set.of("of", "the", "for", "and", "to", "on", "in");
    private static final Set<String> MODIFIERS = Set.of("former", "then", "acting", "interim", "outgoing", "incoming",
            "newly", "elected", "appointed", "new", "late", "current", "erstwhile", "previous", "vice", "deputy",
            "senior", "assistant", "chief", "first", "principal", "top", "lead", "executive", "associate");
    private static final Set<String> QUALIFIER_PREPOSITIONS = Set.of("of", "for", "to", "at");
    private static final Set<String> BETWEEN_NAME_AND_VERB = Set.of("has", "have", "had", "also", "was", "were", "is",
            "once", "again", "later", "further", "then", "himself", "herself", "reportedly", "previously", "earlier",
            "today", "recently", "would", "will", "could", "subsequently", "separately", "additionally", "personally");
    /** Kinds of post held at a body ("an analyst at X", "a spokesperson at X"), unlike a minister "at" a summit. */
    private static final Set<String> STAFF_CATEGORIES = Set.of("other", "official", "spokesperson");
    /** Bodies named after where they are sent: "OSCE Mission to Moldova", "EU Delegation to Ukraine". */
    private static final Pattern SENT_BODY = Pattern.compile("(?i)\\b(mission|delegation|office)$");
    private static final Set<String> DASHES = Set.of("-", "\u2014", "\u2013");
    /** First words of place names: "Lake Titicaca", "Mount Sinjar". */
    private static final Set<String> LEADING_PLACE_WORDS = Set.of("lake", "mount", "cape", "gulf", "bay");
    /** Verbs whose object is where one goes: "visited Jarinje". */
    private static final Set<String> VISIT_VERBS = Set.of("visited", "visiting", "toured", "touring");
    /** Verbs of going before "to": "travel to X", "flew to X". */
    private static final Set<String> MOTION_VERBS = Set.of("travel", "travels", "travelled", "traveled", "travelling", "traveling",
            "fly", "flies", "flew", "flown", "flying", "went", "returned", "return", "headed", "heading", "trip", "journey",
            "moved", "deployed", "evacuated", "fled", "relocated");
    /** Posts held "to" the body they serve: "an adviser to the foreign ministry". */
    private static final Set<String> ADVISERS = Set.of("adviser", "advisor", "aide", "consultant");
    /** Words that date an apposed post: "X, then an adviser ..., now a fellow ...". */
    private static final Set<String> TIME_WORDS = Set.of("then", "now", "formerly", "currently", "later", "once");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "his", "her");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”«»]");
    /** A wire dateline at the top: "ABUJA, Nov 18 (Pan-African Wire) -". */
    private static final Pattern DATELINE_AGENCY = Pattern.compile(
            "\\A(?:[^\\n]*\\n){0,4}?\\s*\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40},[^\\n()]{0,40}?\\(([^()\\n]{2,40})\\)\\s*[-–—]");

    private final Knowledge k;

    public Resolver(Knowledge knowledge) {
        this.k = knowledge;
    }

    /** Endings of plural nouns of agents ("Survivors", "Truckers", "Protesters", "Residents"). */
    private static final Pattern PLURAL_AGENT = Pattern.compile("[a-z](ers|ors|ists|ants|ents)$");
    /** Prepositions of where something is or goes: a name after one is a place ("in Dolakha", "towards Pemba"). */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "outside", "around", "into", "toward", "towards", "across");
    /** Marks that open a live-blog entry after its time stamp ("16:30 - Truckers complain"). */
    private static final Set<String> ENTRY_OPENERS = Set.of("-", "–", "—", ":");

    public Resolution resolve(TextLayer layer, List<RecognizedSentence> sentences) {
        return new Run(layer, sentences).resolve();
    }

    private static String cleanOrgName(String text) {
        String s = text.replaceAll("^(?i)the\\s+", "").replace('’', '\'');
        return s.isEmpty() ? text : s;
    }

    public Entity country(Country c) {
        return new Entity(Entity.Type.COUNTRY, c.iso2(), c.name(), List.of(), c.iso2());
    }

    public Entity organization(Organization o) {
        return new Entity(Entity.Type.ORGANIZATION, o.key(), o.name(), List.of(), o.country());
    }

    /** A name's second title, written right before its first: "JCS spokesman Colonel Kim". */
    private record ChainedTitle(Mention name, TitlePhrase title) {}

    /** A person in the making: the name forms seen, and what we know of their posts. */
    private static final class Cluster {
        final List<String> forms = new ArrayList<>();
        String full;
        int lastSentence;
        final List<TitlePhrase> titles = new ArrayList<>();
        Entity entity;

        Cluster(String name, int sentence) {
            forms.add(name);
            full = name;
            lastSentence = sentence;
        }

        String[] tokens() { return full.split("\\s+"); }

        void add(String name, int sentence) {
            if (!forms.contains(name)) forms.add(name);
            if (name.split("\\s+").length > full.split("\\s+").length
                    || name.split("\\s+").length == full.split("\\s+").length && name.length() > full.length()) full = name;
            lastSentence = Math.max(lastSentence, sentence);
        }
    }

    private final class Run {
        final TextLayer layer;
        final List<RecognizedSentence> sentences;
        final List<Mention[]> at = new ArrayList<>();
        final Map<Mention, TitlePhrase> titleOfName = new HashMap<>();
        final Map<Mention, String> cueOfName = new LinkedHashMap<>();
        final List<TitlePhrase> anaphors = new ArrayList<>();
        final Map<Mention, Cluster> clusterOf = new HashMap<>();
        final List<Cluster> clusters = new ArrayList<>();
        final Map<String, Entity> entities = new LinkedHashMap<>();
        /** "sentence:token" of the names a site's name took in ("Dateline Hotel" in "Tanoa International Dateline Hotel"). */
        final Set<String> siteTails = new HashSet<>();
        final Map<Mention, String> credits = new LinkedHashMap<>();
        /** Second titles of names, from chained titles ("spokesman Colonel Kim"). */
        final List<ChainedTitle> extraTitles = new ArrayList<>();
        /** The forms each gazetteer organization is written in, in this article. */
        final Map<String, List<String>> orgForms;
        /** The name a gazetteer place is written with when the article adds its administrative noun ("Tillaberi Region"). */
        final Map<String, String> placeForms = new HashMap<>();
        int bylineSentence = -1;
        Dateline dateline;
        Entity author;
        Entity outlet;

        Run(TextLayer layer, List<RecognizedSentence> sentences) {
            this.layer = layer;
            this.sentences = sentences;
            Map<String, List<String>> forms = new HashMap<>();
            for (RecognizedSentence rs : sentences) {
                for (Mention m : rs.mentions()) {
                    if (m.kind() == Mention.Kind.ORGANIZATION) forms.computeIfAbsent(m.key(), x -> new ArrayList<>()).add(cleanOrgName(m.text()));
                }
            }
            orgForms = forms;
            for (RecognizedSentence rs : sentences) {
                for (Mention m : rs.mentions()) if (m.kind() == Mention.Kind.PLACE) notePlaceForm(rs, m);
            }
            // organizations in text order: a name is registered before the acronym it defines is used as an owner
            for (RecognizedSentence rs : sentences) {
                for (Mention m : rs.mentions()) if (m.kind() == Mention.Kind.ORGANIZATION) entity(m);
            }
            for (RecognizedSentence rs : sentences) {
                Mention[] a = new Mention[rs.sentence().size()];
                for (Mention m : rs.mentions()) for (int i = m.first(); i < m.end(); i++) a[i] = m;
                at.add(a);
            }
        }

        /**
         * "Upper Nile State", "Tillaberi Region": a place written with a capitalized administrative noun, inside the
         * gazetteer's alias or right after its name (and not itself the start of a longer name), is labelled as written.
         */
        void notePlaceForm(RecognizedSentence rs, Mention m) {
            if (m.form() == Mention.Form.CAPITAL || placeForms.containsKey(m.key())) return;
            Place p = k.place(m.key());
            if (p == null) return;
            int n = rs.sentence().size();
            String[] words = m.text().split("\\s+");
            String written = null;
            if (words.length > 1 && k.isPlaceNameSuffix(words[words.length - 1]) && Character.isUpperCase(words[words.length - 1].charAt(0))
                    && !NameFolding.fold(m.text()).equals(NameFolding.fold(p.name()))) {
                written = m.text();
            } else if (m.end() < n && tok(rs, m.end()).isCapitalized() && k.isPlaceNameSuffix(tok(rs, m.end()).text())
                    && !tok(rs, m.end()).isAllCaps()) {
                written = m.text() + " " + tok(rs, m.end()).text();
            } else if (m.end() + 1 < n && low(rs, m.end()).equals("international") && tok(rs, m.end()).isCapitalized()
                    && tok(rs, m.end() + 1).isCapitalized() && k.isPlaceNameSuffix(tok(rs, m.end() + 1).text())) {
                // "Tribhuvan International Airport"
                written = m.text() + " " + tok(rs, m.end()).text() + " " + tok(rs, m.end() + 1).text();
            }
            if (written == null) return;
            int after = m.end() + (written.split("\\s+").length - words.length);
            if (after < n && tok(rs, after).isCapitalized()) return;
            placeForms.put(m.key(), written);
        }

        /** The entity a country, organization or place mention names, or null for other mentions. */
        Entity entityOf(Mention m) {
            switch (m.kind()) {
                case COUNTRY -> {
                    Country c = k.country(m.key());
                    return c == null ? null : country(c);
                }
                case ORGANIZATION -> {
                    Organization o = k.organization(m.key());
                    if (o != null) {
                        // the name as the article writes it ("Chinese Foreign Ministry"), unless that is an acronym
                        String written = cleanOrgName(m.text());
                        String label = labelOf(o, written);
                        List<String> alts = label.equals(o.name()) ? (written.equals(label) ? List.of() : List.of(written))
                            : written.equals(label) ? List.of(o.name()) : List.of(o.name(), written);
                        return new Entity(Entity.Type.ORGANIZATION, o.key(), label, alts, o.country());
                    }
                    String[] parts = m.key().split("/");
                    String country = parts.length == 3 ? parts[1].toUpperCase(Locale.ROOT) : "";
                    return new Entity(Entity.Type.ORGANIZATION, ArticleIds.slug(m.key().replace("pattern/", "")),
                            cleanOrgName(m.text()), List.of(), country);
                }
                case PLACE -> {
                    Place p = k.place(m.key());
                    if (p == null || p.kind().equals("macro-region")) return null;
                    return new Entity(Entity.Type.PLACE, m.key(), placeForms.getOrDefault(m.key(), p.name()), List.of(), p.country());
                }
                default -> {
                    return null;
                }
            }
        }

        /**
         * An organization's label in one article: its canonical name when the article writes it (or only an acronym),
         * else the fullest form the article writes ("Chinese Foreign Ministry", "Azerbaijani armed forces").
         */
        private String labelOf(Organization o, String fallback) {
            List<String> forms = orgForms.getOrDefault(o.key(), List.of(fallback));
            String best = null;
            String acronym = null;
            for (String f : forms) {
                if (NameFolding.fold(f).equals(NameFolding.fold(o.name()))) return o.name();
                if (f.chars().noneMatch(Character::isLowerCase)) {
                    if (acronym == null) acronym = f;
                    continue;
                }
                // a form mixing an acronym with words ("UN Security Council") is better said in full
                if (f.matches(".*\\b\\p{Lu}[\\p{Lu}.]+\\b.*")) continue;
                if (best == null || f.length() > best.length()) best = f;
            }
            // an organization the article only names by an acronym that is not its name's initials keeps it ("M23");
            // "EU", "UN", "NATO" are said in full
            if (best != null) return best;
            return acronym != null && !initialsOf(o.name()).equals(acronym.replace(".", "")) ? acronym : o.name();
        }

        /** "European Union" -> "EU", "Organization for Security and Co-operation in Europe" -> "OSCE". */
        private String initialsOf(String name) {
            StringBuilder b = new StringBuilder();
            for (String w : name.split("[\\s]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
            }
            return b.toString();
        }

        Resolution resolve() {
            for (RecognizedSentence rs : sentences) titlesAndCues(rs);
            cluster();
            byline();
            dateline = findDateline();
            List<List<ActorSpan>> actors = actorSpans();
            List<PersonTitle> titles = new ArrayList<>();
            for (Map.Entry<Mention, String> e : credits.entrySet()) {
                Cluster c = clusterOf.get(e.getKey());
                Mention m = e.getKey();
                if (c == null) continue;
                TitlePhrase t = new TitlePhrase(m.sentence(), m.first(), m.end(), e.getValue(),
                        e.getValue().toLowerCase(Locale.ROOT), "media", false, outlet, null);
                titles.add(new PersonTitle(c.entity, t, "credit-line"));
            }
            for (Map.Entry<Mention, TitlePhrase> e : titleOfName.entrySet()) {
                Cluster c = clusterOf.get(e.getKey());
                if (c != null) titles.add(new PersonTitle(c.entity, e.getValue(), cueOfName.getOrDefault(e.getKey(), "title-name")));
            }
            for (ChainedTitle x : extraTitles) {
                Cluster c = clusterOf.get(x.name());
                if (c != null) titles.add(new PersonTitle(c.entity, x.title(), "title-chain"));
            }
            titles.sort((a, b) -> a.title().sentence() != b.title().sentence() ? Integer.compare(a.title().sentence(), b.title().sentence())
                    : Integer.compare(a.title().first(), b.title().first()));
            List<Entity> ordered = new ArrayList<>();
            for (Cluster c : clusters) ordered.add(c.entity);
            for (Entity e : entities.values()) if (e.type() != Entity.Type.PERSON) ordered.add(e);
            return new Resolution(ordered, actors, titles, author, outlet, bylineSentence, dateline);
        }

        Token tok(RecognizedSentence rs, int i) { return rs.sentence().token(i); }

        String low(RecognizedSentence rs, int i) {
            return i >= 0 && i < rs.sentence().size() ? tok(rs, i).text().toLowerCase(Locale.ROOT) : "";
        }

        /** Token i is an honorific, or the full stop of one written "Mr." (the tokenizer splits "Mr" and "."). */
        boolean honorificAt(RecognizedSentence rs, int i) {
            if (i < 0 || i >= rs.sentence().size()) return false;
            String text = tok(rs, i).text();
            if (k.isHonorific(text) || k.isHonorific(text.replace(".", ""))) return true;
            return tok(rs, i).text().equals(".") && i >= 1 && tok(rs, i - 1).end() == tok(rs, i).begin()
                    && k.isHonorific(tok(rs, i - 1).text());
        }

        Entity entity(Mention m) {
            Entity e = entityOf(m);
            if (e == null) return null;
            Entity known = entities.putIfAbsent(e.type() + "/" + e.key(), e);
            // "Armenian armed forces" also refers to Armenia; a gazetteer organization's home country is not mentioned by it
            if (known == null && e.type() == Entity.Type.ORGANIZATION && !e.country().isEmpty() && m.form() == Mention.Form.PATTERN) {
                Country c = k.country(e.country());
                if (c != null) entities.putIfAbsent(Entity.Type.COUNTRY + "/" + c.iso2(), country(c));
            }
            return known == null ? e : known;
        }

        /** The country a capital-city or country mention stands for, as an entity. */
        Entity countryEntity(Mention m) {
            if (m.kind() == Mention.Kind.COUNTRY) return entity(m);
            if (m.kind() == Mention.Kind.PLACE && m.form() == Mention.Form.CAPITAL) {
                Country c = k.capitalOf(m.key());
                if (c != null) {
                    Entity e = country(c);
                    Entity known = entities.putIfAbsent(e.type() + "/" + e.key(), e);
                    return known == null ? e : known;
                }
            }
            return null;
        }

        boolean isOwner(Mention m) {
            return m != null && (m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.ORGANIZATION
                    || m.kind() == Mention.Kind.PLACE && m.form() == Mention.Form.CAPITAL);
        }

        Entity ownerEntity(Mention m) {
            return m.kind() == Mention.Kind.ORGANIZATION ? entity(m) : countryEntity(m);
        }

        /** Title phrases of one sentence, and the names they (or other context) mark as people. */
        void titlesAndCues(RecognizedSentence rs) {
            if (layer.isHeadline(rs.sentence())) return;   // a headline's capitals say nothing
            Mention[] a = at.get(rs.sentence().index());
            int n = rs.sentence().size();
            Map<String, TitlePhrase> chained = new HashMap<>();
            for (Mention t : rs.mentions()) {
                if (t.kind() != Mention.Kind.TITLE) continue;
                TitlePhrase phrase = counterpart(titlePhrase(rs, a, t), rs);
                chained.put(rs.sentence().index() + ":" + phrase.end(), phrase);
                int e = phrase.end();
                // "Prime Cabinet Secretary Mr X", "Executive Secretary Dr X": an honorific between post and name
                int ne = e;
                while (ne < n && a[ne] == null && honorificAt(rs, ne)) ne++;
                Mention next = ne < n ? a[ne] : null;
                if (next != null && next.kind() == Mention.Kind.NAME && next.first() == ne) {
                    // "JCS spokesman Colonel Kim": a title right before this one is the same person's, and lends its owner
                    TitlePhrase before = chained.get(rs.sentence().index() + ":" + phrase.first());
                    // "Venezuela's Minister of Defence, Admiral X": a post set off by a comma before a rank and a name
                    // is that person's too, unless a name before it already holds it ("X, the minister, General Y")
                    if (before == null && phrase.first() > 0 && tok(rs, phrase.first() - 1).text().equals(",")) {
                        TitlePhrase post = chained.get(rs.sentence().index() + ":" + (phrase.first() - 1));
                        // "Kenya's Special Envoy for South Sudan, Ambassador X": an ambassador's rank works the same way
                        boolean rank = "military".equals(phrase.category()) || phrase.head().equals("ambassador")
                                && post != null && "diplomat".equals(post.category());
                        if (post != null && rank && !titleOfName.containsValue(post)) before = post;
                    }
                    // a plural before it ("both leaders Kenyan President X") is no title of this one person
                    if (before != null && !plural(before)) {
                        extraTitles.add(new ChainedTitle(next, before));
                        if (phrase.owner() == null && before.owner() != null) {
                            phrase = phrase.withOwner(before.owner());
                        }
                    }
                    link(next, phrase, "title-name");
                    joinedPost(rs, chained, phrase, next);
                    // "Foreign Minister Daniela Ortiz of Chile"
                    if (phrase.owner() == null && next.end() + 1 < n && low(rs, next.end()).equals("of")
                            && isOwner(a[next.end() + 1])) {
                        Entity owner = ownerEntity(a[next.end() + 1]);
                        titleOfName.put(next, phrase.withOwner(owner));
                    }
                    continue;
                }
                // "the chief negotiators, A for Serbia and B for Kosovo", "Presidents A and B"
                if (pluralTitle(t.text(), t.key())) {
                    int x = e;
                    if (x < n && low(rs, x).equals("of")) {
                        // "The Foreign Ministers of the two countries, A and B"
                        int y = x;
                        while (y < n && y < x + 6 && !tok(rs, y).text().equals(",")) y++;
                        if (y < n && tok(rs, y).text().equals(",")) x = y;
                    }
                    if (x < n && tok(rs, x).text().equals(",")) x++;
                    List<Mention> names = new ArrayList<>();
                    List<TitlePhrase> posts = new ArrayList<>();
                    while (x < n && a[x] != null && a[x].kind() == Mention.Kind.NAME && a[x].first() == x) {
                        Mention name = a[x];
                        Entity owner = phrase.owner();
                        int y = name.end();
                        if (y + 1 < n && Set.of("for", "of").contains(low(rs, y)) && isOwner(a[y + 1])) {
                            owner = ownerEntity(a[y + 1]);
                            y = a[y + 1].end();
                        }
                        names.add(name);
                        posts.add(new TitlePhrase(phrase.sentence(), phrase.first(), phrase.end(),
                                singular(phrase.text()), phrase.head(), phrase.category(), phrase.former(), owner, phrase.host(), phrase.nationality()));
                        if (y < n && (low(rs, y).equals("and") || low(rs, y).equals(","))) y++;
                        if (y < n && low(rs, y).equals("and")) y++;
                        x = y;
                    }
                    // a plural post names several people; one name after it is no holder ("Speaking to reporters in
                    // Kabul, X said": X is no reporter)
                    if (names.size() >= 2) for (int i = 0; i < names.size(); i++) link(names.get(i), posts.get(i), "title-list");
                    if (!names.isEmpty()) continue;
                }
                // "the Director General (Myanmar Wing), Mr. X": a bracketed section after the post is part of it
                if (e + 2 < n && tok(rs, e).text().equals("(")) {
                    int close = e + 1;
                    while (close < n && close < e + 6 && !tok(rs, close).text().equals(")")) close++;
                    if (close < n && close + 1 < n && tok(rs, close).text().equals(")") && tok(rs, close + 1).text().equals(",")) e = close + 1;
                }
                // "Poland's deputy foreign minister, X, said"
                if (e + 1 < n && tok(rs, e).text().equals(",")) {
                    int x = e + 1;
                    // "the Minister for Defence, the Hon. X MP,", "..., Senator the Hon. X,": the style of a government release
                    while (x < n) {
                        if (a[x] == null && (honorificAt(rs, x) || low(rs, x).equals("his") || low(rs, x).equals("her")
                                || low(rs, x).equals("the") && honorificAt(rs, x + 1))) x++;
                        else if (a[x] != null && a[x].kind() == Mention.Kind.TITLE && a[x].first() == x
                                && low(rs, a[x].end()).equals("the") && honorificAt(rs, a[x].end() + 1)) x = a[x].end();
                        else break;
                    }
                    Mention name = x < n ? a[x] : null;
                    int after = name == null ? n : name.end();
                    // a post-nominal letter title after the name ("MP", "MEP")
                    if (after < n && a[after] != null && a[after].kind() == Mention.Kind.TITLE && a[after].first() == after
                            && a[after].end() == after + 1 && tok(rs, after).isAllCaps()) after++;
                    if (name != null && name.kind() == Mention.Kind.NAME && name.first() == x
                            && (after == n || ",.:;)".contains(tok(rs, after).text()))) {
                        link(name, phrase, "title-apposition");
                        joinedPost(rs, chained, phrase, name);
                        continue;
                    }
                }
                // "X, the German ambassador to Serbia, said"
                int before = phrase.first() - 1;
                boolean timed = false;
                if (before >= 0 && List.of("the", "a", "an").contains(low(rs, before))) {
                    before--;
                    // "X, then an adviser to the ministry and now an analyst at Y": a time word before the article
                    if (before >= 0 && TIME_WORDS.contains(low(rs, before))) {
                        before--;
                        timed = true;
                    }
                }
                if (before >= 1 && tok(rs, before).text().equals(",") && a[before - 1] != null
                        && a[before - 1].kind() == Mention.Kind.NAME && a[before - 1].end() == before) {
                    link(a[before - 1], phrase, "apposition-title");
                    continue;
                }
                if (timed && before >= 1 && low(rs, before).equals("and")) {
                    int end = tok(rs, before - 1).text().equals(",") ? before - 1 : before;
                    Mention holder = apposedEndingAt(rs.sentence().index(), end);
                    if (holder != null) {
                        link(holder, phrase, "apposition-title");
                        continue;
                    }
                }
                // "the minister": a title alone, to resolve to a person mentioned before
                if (phrase.first() > 0 && low(rs, phrase.first() - 1).equals("the") && phrase.owner() == null
                        || phrase.first() > 0 && low(rs, phrase.first() - 1).equals("the") && k.title(t.text()) != null) {
                    anaphors.add(new TitlePhrase(phrase.sentence(), phrase.first() - 1, phrase.end(), phrase.text(),
                            phrase.head(), phrase.category(), phrase.former(), phrase.owner(), phrase.host(), phrase.nationality()));
                }
            }
            for (Mention m : rs.mentions()) {
                if (m.kind() != Mention.Kind.NAME || cueOfName.containsKey(m) || !personLike(m) || pluralNounOpening(rs, m)) continue;
                String credit = creditOf(rs, a, m);
                if (credit != null) {
                    credits.put(m, credit);
                    cueOfName.put(m, "credit");
                    continue;
                }
                String cue = contextCue(rs, a, m);
                if (cue != null) cueOfName.put(m, cue);
            }
        }

        /**
         * "Deputy Prime Minister and Minister for Foreign Affairs X", "Special Representative for Y and Head of Z, X":
         * a post joined by a bare "and" right before the post that names its holder is the same holder's second post
         * (with that post's owner when it has none written), not an unnamed office-holder of its own.
         */
        void joinedPost(RecognizedSentence rs, Map<String, TitlePhrase> chained, TitlePhrase phrase, Mention name) {
            int and = phrase.first() - 1;
            if (and < 1 || !low(rs, and).equals("and")) return;
            TitlePhrase before = chained.get(rs.sentence().index() + ":" + and);
            if (before == null || plural(before) || plural(phrase) || before.head().equals(phrase.head())
                    || titleOfName.containsValue(before)) return;
            TitlePhrase joined = before.owner() == null && phrase.owner() != null
                    ? before.withOwner(phrase.owner())
                    : before;
            anaphors.removeIf(x -> x.sentence() == before.sentence() && x.end() == before.end());
            extraTitles.add(new ChainedTitle(name, joined));
            // "Ethiopia's Deputy Prime Minister and Minister for Foreign Affairs": the owner written first is both posts'
            if (phrase.owner() == null && before.owner() != null && titleOfName.get(name) == phrase) {
                titleOfName.put(name, phrase.withOwner(before.owner()));
            }
        }

        /** The name that an apposed post ending at token {@code end} of sentence {@code si} belongs to, or null. */
        Mention apposedEndingAt(int si, int end) {
            for (Map.Entry<Mention, TitlePhrase> e : titleOfName.entrySet()) {
                TitlePhrase t = e.getValue();
                if (t.sentence() == si && t.end() == end && "apposition-title".equals(cueOfName.get(e.getKey()))) return e.getKey();
            }
            return null;
        }

        void link(Mention name, TitlePhrase phrase, String rule) {
            if (!personLike(name)) return;
            // "Major General X, the Italian commander of KFOR": the rank before the name stays the person's too
            TitlePhrase earlier = titleOfName.get(name);
            boolean overlaps = earlier != null && earlier.sentence() == phrase.sentence()
                    && earlier.first() < phrase.end() && phrase.first() < earlier.end();
            if (earlier != null && !overlaps && !earlier.head().equals(phrase.head())) {
                // "Commodore X, spokesman of the Philippine Coast Guard": the rank is of the same national body
                if (earlier.owner() == null && phrase.owner() != null && phrase.owner().type() == Entity.Type.ORGANIZATION
                        && !phrase.owner().country().isEmpty() && "military".equals(earlier.category())) {
                    earlier = earlier.withOwner(phrase.owner());
                }
                extraTitles.add(new ChainedTitle(name, earlier));
            }
            titleOfName.put(name, phrase);
            cueOfName.put(name, rule);
        }

        /** A candidate name with an organization head in it ("Commission", "Bureau") is no person. */
        boolean personLike(Mention m) {
            String[] words = m.text().split("[\\s-]+");
            for (String w : words) {
                if (k.isOrgHead(NameFolding.fold(w), false)) return false;
            }
            // a capitalized reporting verb from a headline ("UN Welcomes Truce") is no name, nor "the Government"
            return !(words.length == 1 && (k.speechVerb(words[0]) != null || k.isNonPersonWord(words[0])));
        }

        /**
         * "Survivors told me", "16:30 - Truckers complain": one capitalized word opening a sentence or a live-blog entry,
         * shaped like a plural noun of agents ("-ers", "-ors", "-ists", "-ants", "-ents"), is a group of people, not a
         * person; unless another name of the article ends with it ("Rogers said" after "Mike Rogers").
         */
        boolean pluralNounOpening(RecognizedSentence rs, Mention m) {
            if (m.end() - m.first() != 1) return false;
            int before = m.first() - 1;
            if (before >= 0 && !ENTRY_OPENERS.contains(tok(rs, before).text())) return false;
            String w = m.text();
            if (w.length() < 6 || tok(rs, m.first()).isAllCaps() || !PLURAL_AGENT.matcher(w).find()) return false;
            if (lastWordsOfNames == null) {
                lastWordsOfNames = new HashSet<>();
                for (RecognizedSentence x : sentences) {
                    for (Mention n : x.mentions()) {
                        String[] words = n.text().split("\\s+");
                        if (n.kind() == Mention.Kind.NAME && words.length > 1) lastWordsOfNames.add(words[words.length - 1]);
                    }
                }
            }
            return !lastWordsOfNames.contains(w);
        }

        private Set<String> lastWordsOfNames;

        /**
         * "(Reporting by A in Seoul and B in Tokyo; Editing by C)": the credit a name stands in, as the post it
         * implies (Author or Editor), or null.
         */
        String creditOf(RecognizedSentence rs, Mention[] a, Mention m) {
            // a credit line: "Live desk editor: Given Surname", "Reporting: Given Surname"
            if (m.first() >= 2 && low(rs, m.first() - 1).equals(":") && rs.sentence().size() <= 10 && m.end() >= rs.sentence().size() - 1) {
                String w = low(rs, m.first() - 2);
                if (Set.of("editor", "editing", "edited").contains(w)) return "Editor";
                if (Set.of("reporting", "reporter", "writer", "writing", "author", "text").contains(w)) return "Author";
            }
            int i = m.first() - 1;
            if (low(rs, i).equals("in")) return null;   // "Reporting by A in Split": the place the reporter is in
            while (i >= 0) {
                String w = low(rs, i);
                if (w.equals("by")) {
                    // a byline: "By Given Surname and Other Name"
                    if (i == 0 && rs.sentence().size() <= 14) return bylineOutletPart(rs, m) ? null : "Author";
                    String before = low(rs, i - 1);
                    if (Set.of("reporting", "writing", "written", "compiled", "reported").contains(before)) return "Author";
                    if (Set.of("editing", "edited").contains(before)) return "Editor";
                    return null;
                }
                if (a[i] != null && (a[i].kind() == Mention.Kind.NAME || a[i].kind() == Mention.Kind.PLACE
                        || a[i].kind() == Mention.Kind.COUNTRY)) {
                    i = a[i].first() - 1;
                } else if (w.equals("from") && i >= 1 && low(rs, i - 1).equals("reporting") && (i == 1 || low(rs, i - 2).equals("with")
                        || low(rs, i - 2).equals("additional"))) {
                    return "Reporter";   // "With reporting from Given Surname in Pristina."
                } else if (Set.of("and", ",", "in", "from").contains(w)) {
                    i--;
                } else {
                    return null;
                }
            }
            return null;
        }

        /**
         * "By Given Surname, Pacific Courier": in a byline with no "and", what follows the first name and a comma is
         * the outlet (or the writer's post), not a second author.
         */
        boolean bylineOutletPart(RecognizedSentence rs, Mention m) {
            if (m.first() == 1) return false;
            for (int i = 0; i < rs.sentence().size(); i++) if (low(rs, i).equals("and") || low(rs, i).equals("&")) return false;
            return true;
        }

        /** From token i to the sentence's end, capitalized words only (an outlet's name), with no title among them. */
        boolean bylineTail(RecognizedSentence rs, int i) {
            int n = rs.sentence().size();
            Mention[] a = at.get(rs.sentence().index());
            if (i >= n) return false;
            for (int x = i; x < n; x++) {
                Token t = tok(rs, x);
                if (low(rs, x).equals("and") || low(rs, x).equals("&")) return false;
                if (a[x] != null && a[x].kind() == Mention.Kind.TITLE) return false;
                if (!t.isCapitalized() && !(x == i && low(rs, x).equals("the"))) return false;
            }
            return true;
        }

        /** "her Lebanese counterpart": the post of the person just named, in the counterpart's country. */
        TitlePhrase counterpart(TitlePhrase phrase, RecognizedSentence rs) {
            if (!phrase.head().equals("counterpart") && !phrase.head().equals("counterparts")) return phrase;
            TitlePhrase model = null;
            for (Map.Entry<Mention, TitlePhrase> e : titleOfName.entrySet()) {
                TitlePhrase t = e.getValue();
                if (t.sentence() <= phrase.sentence() && !t.head().startsWith("counterpart")
                        && (model == null || t.sentence() > model.sentence() || t.sentence() == model.sentence() && t.first() > model.first())) {
                    model = t;
                }
            }
            if (model == null) return phrase;
            return new TitlePhrase(phrase.sentence(), phrase.first(), phrase.end(), model.text(), model.head(), model.category(),
                    phrase.former(), phrase.owner(), phrase.host(), phrase.nationality());
        }

        TitlePhrase titlePhrase(RecognizedSentence rs, Mention[] a, Mention t) {
            int n = rs.sentence().size();
            int first = t.first();
            int textFirst = t.first();
            Entity owner = null;
            Entity host = null;
            boolean former = false;
            Title title = k.titleByHead(t.key());
            // modifiers and portfolio adjectives between an owner and the title: "Turkish former FM",
            // "Ukraine's parliamentary commissioner"
            while (first > 0 && (MODIFIERS.contains(low(rs, first - 1))
                    || a[first - 1] == null && k.isPortfolioWord(tok(rs, first - 1).text()))) {
                first--;
                textFirst = first;
                if (FORMER.contains(low(rs, first))) former = true;
            }
            int j = first - 1;
            boolean ownerBefore = false;
            if (j >= 1 && low(rs, j).matches("[’']s") && isOwner(a[j - 1]) && a[j - 1].end() == j) {
                owner = ownerEntity(a[j - 1]);
                first = a[j - 1].first();
                ownerBefore = true;
            } else if (j >= 0 && isOwner(a[j]) && a[j].end() == first && a[j].kind() != Mention.Kind.PLACE) {
                owner = ownerEntity(a[j]);
                first = a[j].first();
                ownerBefore = true;
            } else if (j >= 1 && low(rs, j).matches("[’']s") && a[j - 1] != null && a[j - 1].kind() == Mention.Kind.TITLE
                    && a[j - 1].end() == j) {
                // "the UN Secretary-General's Personal Envoy": a post of a post is the owner's the possessor's post has
                // (title-owners.tsv, as for "Personal Envoy of the Secretary-General")
                Organization o = k.titleOwner("post of the " + a[j - 1].key(), orgForms::containsKey);
                if (o != null) {
                    owner = organization(o);
                    entities.putIfAbsent(owner.type() + "/" + owner.key(), owner);
                    first = a[j - 1].first();
                    ownerBefore = true;
                }
            }
            while (first > 0 && MODIFIERS.contains(low(rs, first - 1))) {
                first--;
                if (FORMER.contains(low(rs, first))) former = true;
            }
            if (first > 0 && low(rs, first - 1).equals("ex") || first > 1 && low(rs, first - 1).equals("-") && low(rs, first - 2).equals("ex")) {
                former = true;
            }
            int e = t.end();
            boolean diplomat = "diplomat".equals(title.category());
            boolean lastWasPortfolio = k.isPortfolioWord(tok(rs, t.end() - 1).text());
            boolean staffPost = STAFF_CATEGORIES.contains(title.category());
            while (e + 1 < n && (QUALIFIER_PREPOSITIONS.contains(low(rs, e)) || low(rs, e).equals("in")
                    || low(rs, e).equals("and") && lastWasPortfolio || low(rs, e).equals("with") && staffPost
                    || low(rs, e).equals(",") && lastWasPortfolio && portfolioListAhead(rs, a, e + 1))) {
                // "an analyst with the Tatra Institute" is "an analyst at" it
                String prep = low(rs, e).equals("with") ? "at" : low(rs, e);
                int x = e + 1;
                if (low(rs, x).equals("the") && x + 1 < n) x++;
                // "an analyst at the Tashkent-based Center": the body after its "Place-based"
                if (a[x] != null && (a[x].kind() == Mention.Kind.PLACE || a[x].kind() == Mention.Kind.COUNTRY)
                        && a[x].end() + 2 < n && low(rs, a[x].end()).equals("-") && low(rs, a[x].end() + 1).equals("based")) {
                    x = a[x].end() + 2;
                }
                Mention m = a[x];
                if (prep.equals("and") || prep.equals(",")) {
                    // "Minister of Foreign Affairs and International Cooperation", "... and Nigeriens Abroad"
                    if (!portfolioAt(rs, a, x)) break;
                    int y = x;
                    while (y < n && portfolioAt(rs, a, y)) {
                        // "... and Nigeriens Abroad": the country whose people abroad a ministry serves is its own
                        if (a[y] != null && owner == null) owner = countryEntity(a[y]);
                        y++;
                    }
                    e = y;
                    continue;
                }
                lastWasPortfolio = false;
                if (prep.equals("of") && (m == null || m.kind() == Mention.Kind.NAME) && low(rs, x).equals("government") && low(rs, x + 1).equals("of")) {
                    // "Minister for Foreign Affairs of the Government of Bangladesh": the post is the country's
                    e = x + 1;
                    continue;
                }
                if (m != null && m.first() == x && m.kind() == Mention.Kind.TITLE && !prep.equals("in")) {
                    // a post of a post: "Spokesperson for the Secretary-General", "adviser to the President"
                    e = m.end();
                    continue;
                }
                if ((prep.equals("of") || prep.equals("for")) && (m == null || m.kind() == Mention.Kind.NAME && m.end() == x + 1)
                        && x > e + 1 && tok(rs, x).isCapitalized()
                        && k.isOrgHead(NameFolding.fold(tok(rs, x).text()), false)
                        && (x + 1 >= n || !tok(rs, x + 1).isCapitalized() && !low(rs, x + 1).equals("of"))) {
                    // "Vice-President of the Commission", "Chair of the Committee": a body named by its head alone
                    e = x + 1;
                    continue;
                }
                if ((prep.equals("of") || prep.equals("for")) && m != null && m.first() == x && m.kind() == Mention.Kind.COUNTRY
                        && m.end() + 1 < n && low(rs, m.end()).matches("[’']s") && a[m.end() + 1] != null
                        && a[m.end() + 1].first() == m.end() + 1 && a[m.end() + 1].kind() == Mention.Kind.ORGANIZATION) {
                    // "a spokeswoman for Ethiopia's Ministry of Foreign Affairs": the country's body owns the post
                    Mention body = a[m.end() + 1];
                    if (owner == null) owner = ownerEntity(body);
                    e = body.end();
                    continue;
                }
                if (prep.equals("of") && k.isAreaPost(title.head())) {
                    // "the governor of Antioquia", "the governor of Venezuela's Tachira state": the area a post governs,
                    // a place even where the gazetteer does not know it; a possessive country before it owns the post
                    int y = x;
                    Entity areaCountry = null;
                    if (a[y] != null && a[y].first() == y && a[y].kind() == Mention.Kind.COUNTRY && a[y].end() + 1 < n
                            && low(rs, a[y].end()).matches("[’']s")) {
                        areaCountry = countryEntity(a[y]);
                        y = a[y].end() + 1;
                    }
                    Mention area = y < n ? a[y] : null;
                    if (area != null && area.first() == y && (area.kind() == Mention.Kind.NAME
                            || area.kind() == Mention.Kind.PLACE && area.form() != Mention.Form.CAPITAL)) {
                        e = area.end();
                        if (e < n && !tok(rs, e).isCapitalized() && k.isPlaceNoun(tok(rs, e).text())) e++;
                        if (owner == null && areaCountry != null) owner = areaCountry;
                        continue;
                    }
                }
                boolean capital = m != null && m.kind() == Mention.Kind.PLACE && m.form() == Mention.Form.CAPITAL;
                if (m != null && m.first() == x && m.kind() == Mention.Kind.PLACE && !capital && prep.equals("of")) {
                    // "the representative of Tiraspol", "Governor of Kharkiv": the post's area
                    e = m.end();
                    continue;
                }
                if (m != null && m.first() == x && m.kind() == Mention.Kind.PLACE && (prep.equals("in") || prep.equals("for"))) {
                    // the area of a post: "Coordinator for the Great Lakes region", "Charge d'Affaires in New Delhi"
                    if (diplomat && capital && host == null) host = countryEntity(m);
                    e = m.end();
                    if (e < n && !tok(rs, e).isCapitalized() && k.isPlaceNoun(tok(rs, e).text())) e++;
                    continue;
                }
                if (prep.equals("in") && m != null && m.first() == x && m.kind() == Mention.Kind.COUNTRY && !diplomat
                        && "organization".equals(title.scope()) && m.form() != Mention.Form.DEMONYM) {
                    // "the UN Resident Coordinator in Kyrgyzstan": the country an international body's post works in
                    e = m.end();
                    continue;
                }
                if (prep.equals("in") && !(m != null && m.first() == x && m.kind() == Mention.Kind.COUNTRY && diplomat)) break;
                if (isOwner(m) && m.first() == x && (prep.equals("for") || prep.equals("in")) && m.kind() != Mention.Kind.ORGANIZATION) {
                    // "Special Envoy for Sudan": the country is the post's area, the host of an envoy
                    if (diplomat && host == null) host = ownerEntity(m);
                    e = m.end();
                    continue;
                }
                if (isOwner(m) && m.first() == x) {
                    Entity ent = ownerEntity(m);
                    if (prep.equals("to") && m.kind() != Mention.Kind.ORGANIZATION && diplomat) {
                        host = ent;
                    } else if (prep.equals("to") || prep.equals("at")) {
                        // "Head of the OSCE Mission to Moldova": the country a mission is sent to is part of its name
                        if (prep.equals("to") && m.kind() == Mention.Kind.COUNTRY && owner != null
                                && owner.type() == Entity.Type.ORGANIZATION && SENT_BODY.matcher(owner.label()).find()) {
                            e = m.end();
                            continue;
                        }
                        // "a researcher at the Belgrade Centre": the body a staff post is held at
                        boolean staff = prep.equals("at") && m.kind() == Mention.Kind.ORGANIZATION
                                && STAFF_CATEGORIES.contains(title.category())
                                // "an adviser to the foreign ministry": the body advised
                                || prep.equals("to") && m.kind() == Mention.Kind.ORGANIZATION && ADVISERS.contains(title.head());
                        if (!diplomat && !staff) break;
                        if (owner == null) owner = ent;
                    } else if (owner == null || prep.equals("of")) {
                        if (owner != null && owner.type() == Entity.Type.COUNTRY && ent.type() == Entity.Type.COUNTRY
                                && diplomat) host = ent; // "Turkish Ambassador of/in X"
                        else owner = ent;
                    }
                    e = m.end();
                    continue;
                }
                if ((prep.equals("for") || prep.equals("of")) && x < n && tok(rs, x).isCapitalized()
                        && k.isPortfolioWord(tok(rs, x).text())) {
                    lastWasPortfolio = true;
                    int y = x;
                    // "for Humanitarian Affairs and Emergency Relief Coordinator": a second post after "and" is not the portfolio
                    while (y < n && (tok(rs, y).isCapitalized() && k.isPortfolioWord(tok(rs, y).text())
                            && (a[y] == null || a[y].kind() != Mention.Kind.TITLE || a[y].first() != y)
                            || (low(rs, y).equals("and") || low(rs, y).equals(",") || low(rs, y).equals("&")) && y + 1 < n
                            && tok(rs, y + 1).isCapitalized() && k.isPortfolioWord(tok(rs, y + 1).text())
                            && (a[y + 1] == null || a[y + 1].kind() != Mention.Kind.TITLE))) y++;
                    e = y;
                    continue;
                }
                break;
            }
            String text = rs.sentence().text().substring(tok(rs, textFirst).begin() - rs.sentence().begin(),
                    tok(rs, e - 1).end() - rs.sentence().begin());
            text = text.replaceAll("^(?i)(former|then|ex-?|late|newly|new|current|erstwhile|previous)\\s+", "");
            if (text.matches("(?i)(the|a|an)\\s.*")) text = text.substring(text.indexOf(' ') + 1);
            // "Col.", "Maj. Gen.", "MEP": an abbreviated post is reported by its head, as readers write it out
            if (text.equals(t.text()) && k.isSpelledOutTitle(text)) text = titleCase(title.head());
            Entity nationality = null;
            if (ownerBefore && owner != null && owner.type() == Entity.Type.COUNTRY) {
                // "Dutch MEP X": a post only one organization has is that organization's; the adjective is the holder's country
                Organization sole = k.soleTitleOwner(text);
                if (sole != null) {
                    nationality = owner;
                    owner = organization(sole);
                    entities.putIfAbsent(owner.type() + "/" + owner.key(), owner);
                }
            }
            if (owner == null) {
                // the title itself may name what it belongs to: "President of the European Council"
                Knowledge.Named named = k.nameWithin(t.text());
                if (named != null) {
                    owner = named.kind() == Mention.Kind.COUNTRY ? country(k.country(named.key()))
                            : organization(k.organization(named.key()));
                    entities.putIfAbsent(owner.type() + "/" + owner.key(), owner);
                }
            }
            if (owner == null) {
                // a post only one body has: "Under-Secretary-General for Humanitarian Affairs", "Commissioner for Trade"
                Organization o = k.titleOwner(text, orgForms::containsKey);
                if (o != null) {
                    owner = organization(o);
                    entities.putIfAbsent(owner.type() + "/" + owner.key(), owner);
                }
            }
            return new TitlePhrase(rs.sentence().index(), first, e, text, headWithoutOwner(t.key(), owner), title.category(),
                    former, owner, host, nationality);
        }

        /** "member of the european parliament" as a post is written: "Member of the European Parliament". */
        String titleCase(String head) {
            StringBuilder b = new StringBuilder();
            for (String w : head.split(" ")) {
                if (b.length() > 0) b.append(' ');
                b.append(b.length() > 0 && SMALL_TITLE_WORDS.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            return b.toString();
        }

        /**
         * "Minister of Environment, Water and Ecological Transition": after a portfolio, a comma goes on with the post's
         * name when capitalized portfolio words follow up to an "and" before a last one (a list of portfolios, not
         * the holder's name in apposition).
         */
        boolean portfolioListAhead(RecognizedSentence rs, Mention[] a, int x) {
            int n = rs.sentence().size();
            boolean words = false;
            for (int y = x; y < n; y++) {
                Token t = tok(rs, y);
                if (t.isCapitalized() && k.isPortfolioWord(t.text()) && (a[y] == null || a[y].kind() != Mention.Kind.TITLE)) {
                    words = true;
                    continue;
                }
                if (!words) return false;
                if (t.text().equals(",")) { words = false; continue; }
                return low(rs, y).equals("and") && portfolioAt(rs, a, y + 1);
            }
            return false;
        }

        /** A word of a post's portfolio: a capitalized portfolio word, or a demonym before one ("Nigeriens Abroad"). */
        boolean portfolioAt(RecognizedSentence rs, Mention[] a, int y) {
            int n = rs.sentence().size();
            if (y >= n || !tok(rs, y).isCapitalized()) return false;
            if (a[y] == null) return k.isPortfolioWord(tok(rs, y).text());
            return a[y].kind() == Mention.Kind.COUNTRY && a[y].form() == Mention.Form.DEMONYM && a[y].end() == y + 1
                    && y + 1 < n && a[y + 1] == null && tok(rs, y + 1).isCapitalized() && k.isPortfolioWord(tok(rs, y + 1).text());
        }

        boolean plural(TitlePhrase t) {
            return pluralTitle(t.text(), t.head());
        }

        /**
         * A title written in the plural ("Foreign Ministers", "the chief negotiators"), not a singular one that
         * ends in a portfolio word ("Minister for Foreign Affairs") or is listed as written.
         */
        boolean pluralTitle(String text, String head) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (!lower.endsWith("s") || head.endsWith("s")) return false;
            String last = text.substring(text.lastIndexOf(' ') + 1);
            return !k.isPortfolioWord(last) && k.title(text) == null;
        }

        String singular(String title) {
            return title.endsWith("ies") ? title.substring(0, title.length() - 3) + "y"
                    : title.endsWith("s") ? title.substring(0, title.length() - 1) : title;
        }

        /** "european council president" of the European Council is its "president": one post, however written. */
        String headWithoutOwner(String head, Entity owner) {
            if (owner == null) return head;
            String ownerWords = " " + NameFolding.fold(owner.label()) + " ";
            StringBuilder b = new StringBuilder();
            for (String w : head.split(" ")) {
                if (ownerWords.contains(" " + w + " ")) continue;
                if (b.length() > 0) b.append(' ');
                b.append(w);
            }
            // "member of the european parliament" of the European Parliament is its "member", not its "member of the"
            String rest = b.toString().replaceAll("(\\s+(" + String.join("|", SMALL_TITLE_WORDS) + "))+$", "");
            return rest.isEmpty() ? head : rest;
        }

        /** Context that marks a name as a person, or null. */
        String contextCue(RecognizedSentence rs, Mention[] a, Mention m) {
            int n = rs.sentence().size();
            if (honorificAt(rs, m.first() - 1)) return "honorific";
            if (m.first() >= 2 && low(rs, m.first() - 2).equals("according") && low(rs, m.first() - 1).equals("to")) return "according-to";
            if (m.first() == 1 && low(rs, 0).equals("by") && (m.end() == n || ",".equals(tok(rs, m.end()).text()))
                    && n <= 8) return "byline";
            // "X, who met...", "X, 42, said": relative "who" and an age mark a person
            if (m.end() + 1 < n && tok(rs, m.end()).text().equals(",")) {
                String next = low(rs, m.end() + 1);
                if (next.equals("who") || next.equals("whose")) return "relative-who";
                if (next.matches("\\d{1,2}") && m.end() + 2 < n && tok(rs, m.end() + 2).text().equals(",")) return "age";
                boolean fullName = m.text().split("\\s+").length >= 2;
                // "One woman I spoke to in Pemba, Given Surname, said": a name of two words or more set off by commas
                // right before a speech verb names the one who speaks
                if (fullName && m.first() >= 2 && tok(rs, m.first() - 1).text().equals(",")
                        && k.speechVerb(next) != null && layer.quoteAt(tok(rs, m.end() + 1).begin()) == null) return "apposed-speaker";
                // "Given Surname, a 45-year-old farmer, said": a name of two words or more, then a description of common
                // words set off by commas, then a speech verb
                if (fullName && (next.equals("a") || next.equals("an"))) {
                    int c = m.end() + 2;
                    while (c < n && c < m.end() + 16 && !tok(rs, c).text().equals(",") && !tok(rs, c).isCapitalized()) c++;
                    if (c + 1 < n && c > m.end() + 2 && tok(rs, c).text().equals(",") && k.speechVerb(low(rs, c + 1)) != null
                            && layer.quoteAt(tok(rs, c + 1).begin()) == null) return "apposed-description";
                }
            }
            // "rescuers in Dolakha continued": a name after a locative preposition is a place, not a speaker
            if (m.first() > 0 && Set.of("in", "near", "at", "from", "outside", "across").contains(low(rs, m.first() - 1))) return null;
            int j = m.end();
            int skipped = 0;
            while (j < n && skipped < 3 && (BETWEEN_NAME_AND_VERB.contains(low(rs, j)))) { j++; skipped++; }
            // "Tachira state, X, met": a place noun that is also a verb ("state") makes the name before it a place
            if (j < n && k.speechVerb(low(rs, j)) != null && layer.quoteAt(tok(rs, j).begin()) == null
                    && !(j == m.end() && k.isPlaceNoun(low(rs, j)) && !followsAsVerb(rs, j))) return "speaker";
            if (m.first() >= 1 && Set.of("quoted", "cited", "quoting", "citing").contains(low(rs, m.first() - 1))) return "quoted";
            if (m.first() >= 1 && k.speechVerb(low(rs, m.first() - 1)) != null && m.first() >= 2
                    && (QUOTE_MARK.matcher(tok(rs, m.first() - 2).text()).matches() || tok(rs, m.first() - 2).text().equals(","))) {
                return "speaker-inverted";
            }
            // "congratulated Given Surname", "met with Given Surname": an unknown name of two words after such a verb
            int v = m.first() - 1;
            if (v >= 1 && low(rs, v).equals("with")) v--;
            if (v >= 0 && k.isPersonObjectVerb(low(rs, v)) && m.text().split("\\s+").length >= 2 && !tok(rs, m.first()).isAllCaps()
                    && !layer.isHeadline(rs.sentence()) && !writtenWithoutFirstWord(m)) {
                return "verb-object";
            }
            return null;
        }

        /** A word at {@code j} used as a verb: "that", a quote or a colon follows it ("X state that ..."). */
        boolean followsAsVerb(RecognizedSentence rs, int j) {
            if (j + 1 >= rs.sentence().size()) return false;
            String next = tok(rs, j + 1).text();
            return next.equalsIgnoreCase("that") || next.equals(":") || QUOTE_MARK.matcher(next).matches();
        }

        /** "met Ombudswoman Given Surname ... Given Surname said": the first word is an unknown title, not a given name. */
        boolean writtenWithoutFirstWord(Mention m) {
            String[] w = m.text().split("\\s+");
            if (w.length < 3) return false;
            String rest = String.join(" ", java.util.Arrays.asList(w).subList(1, w.length));
            if (nameTexts == null) {
                nameTexts = new HashSet<>();
                for (RecognizedSentence rs : sentences) {
                    for (Mention o : rs.mentions()) if (o.kind() == Mention.Kind.NAME) nameTexts.add(o.text());
                }
            }
            return nameTexts.contains(rest);
        }

        /** The texts of the article's name mentions, gathered at the first call of writtenWithoutFirstWord. */
        private Set<String> nameTexts;

        void cluster() {
            List<Mention> cued = new ArrayList<>(cueOfName.keySet());
            cued.sort((x, y) -> x.sentence() != y.sentence() ? Integer.compare(x.sentence(), y.sentence()) : Integer.compare(x.first(), y.first()));
            // full names first, so that a surname seen before the full name still joins it
            for (Mention m : cued) if (m.text().split("\\s+").length > 1) assign(m, true);
            for (Mention m : cued) if (m.text().split("\\s+").length == 1 && !clusterOf.containsKey(m)) assign(m, strongCue(m));
            for (RecognizedSentence rs : sentences) {
                for (Mention m : rs.mentions()) {
                    if (m.kind() == Mention.Kind.NAME && !clusterOf.containsKey(m)) {
                        Cluster c = match(m.text(), m.sentence());
                        if (c != null) {
                            c.add(m.text(), m.sentence());
                            clusterOf.put(m, c);
                        }
                    }
                }
            }
            for (Map.Entry<Mention, Cluster> e : clusterOf.entrySet()) {
                TitlePhrase t = titleOfName.get(e.getKey());
                if (t != null) e.getValue().titles.add(t);
            }
            for (Cluster c : clusters) {
                String country = "";
                for (TitlePhrase t : c.titles) {
                    if (t.owner() != null && !t.owner().country().isEmpty()) { country = t.owner().country(); break; }
                }
                List<String> alts = new ArrayList<>(c.forms);
                alts.remove(c.full);
                c.entity = new Entity(Entity.Type.PERSON, ArticleIds.slug(c.full), c.full, alts, country);
            }
        }

        boolean strongCue(Mention m) {
            String cue = cueOfName.get(m);
            return cue != null && !cue.startsWith("speaker");
        }

        void assign(Mention m, boolean mayCreate) {
            Cluster c = match(m.text(), m.sentence());
            if (c == null) {
                if (!mayCreate && !plausibleSurname(m.text())) return;
                c = new Cluster(m.text(), m.sentence());
                clusters.add(c);
            } else {
                c.add(m.text(), m.sentence());
            }
            clusterOf.put(m, c);
        }

        /** A single capitalized word that the article never writes in lower case, so likely a name. */
        boolean plausibleSurname(String word) {
            if (word.length() < 3) return false;
            return !writtenInLowerCase.computeIfAbsent(word.toLowerCase(Locale.ROOT), lower ->
                    Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lower) + "(?![\\p{L}])").matcher(layer.text()).find());
        }

        /** Per article: whether each lower-cased word occurs as a whole word in the text (a pattern compiled once per word). */
        private final Map<String, Boolean> writtenInLowerCase = new HashMap<>();

        Cluster match(String name, int sentence) {
            String[] t = name.split("\\s+");
            Cluster best = null;
            for (Cluster c : clusters) {
                if (!compatible(t, c.tokens()) && c.forms.stream().noneMatch(f -> compatible(t, f.split("\\s+")))) continue;
                if (best == null || c.lastSentence > best.lastSentence) best = c;
            }
            return best;
        }

        boolean compatible(String[] a, String[] b) {
            String af = NameFolding.fold(String.join(" ", a)), bf = NameFolding.fold(String.join(" ", b));
            if (af.equals(bf)) return true;
            if (!similar(a[a.length - 1], b[b.length - 1])) {
                // surname-first names referred to by the family name alone ("Lee" for "Lee Jae-myung")
                // and a double surname by either part ("First" for "Given First Second")
                return a.length == 1 && b.length > 1 && containsToken(b, a[0])
                        || b.length == 1 && a.length > 1 && containsToken(a, b[0]);
            }
            if (a.length == 1 || b.length == 1) return true;
            String ga = NameFolding.fold(a[0]).replace(".", ""), gb = NameFolding.fold(b[0]).replace(".", "");
            if (ga.equals(gb)) return true;
            if ((ga.length() == 1 || gb.length() == 1) && ga.charAt(0) == gb.charAt(0)) return true;
            return JW.apply(ga, gb) >= 0.9;
        }

        boolean containsToken(String[] name, String token) {
            String t = NameFolding.fold(token);
            // a two-letter family name stands first ("Li" for "Li Given"); elsewhere two letters are too little
            if (t.length() == 2 && name.length == 2) return NameFolding.fold(name[0]).equals(t);
            if (t.length() < 3) return false;
            for (String n : name) if (NameFolding.fold(n).equals(t)) return true;
            return false;
        }

        boolean similar(String x, String y) {
            String a = NameFolding.fold(x), b = NameFolding.fold(y);
            if (a.equals(b)) return true;
            return a.length() >= 4 && b.length() >= 4 && a.charAt(0) == b.charAt(0) && JW.apply(a, b) >= 0.9;
        }

        void byline() {
            for (RecognizedSentence rs : sentences) {
                if (rs.sentence().index() > 4) break;
                int n = rs.sentence().size();
                if (n < 2 || n > 14 || !low(rs, 0).equals("by")) continue;
                Mention m = at.get(rs.sentence().index())[1];
                if (m == null && author == null && capsByline(rs)) continue;
                if (n > 8) continue;
                if (m == null || m.first() != 1) continue;
                if (m.kind() == Mention.Kind.ORGANIZATION && outlet == null) {
                    outlet = entity(m);
                } else if (m.kind() == Mention.Kind.NAME && clusterOf.containsKey(m) && author == null) {
                    author = clusterOf.get(m).entity;
                    bylineSentence = rs.sentence().index();
                    if (m.end() + 1 < n && (tok(rs, m.end()).text().equals(",") || tok(rs, m.end()).text().equals("|"))) {
                        Mention o = at.get(rs.sentence().index())[m.end() + 1];
                        if (o != null && o.kind() == Mention.Kind.ORGANIZATION && outlet == null) outlet = entity(o);
                        else if (outlet == null && bylineTail(rs, m.end() + 1)) {
                            // "By Given Surname, Pacific Courier": an outlet the gazetteer does not know
                            outlet = namedOutlet(rs.sentence().text().substring(tok(rs, m.end() + 1).begin() - rs.sentence().begin(),
                                    tok(rs, n - 1).end() - rs.sentence().begin()));
                        }
                    }
                }
            }
            tagline();
            if (outlet == null) {
                // a wire dateline: "ABUJA, Nov 18 (Pan-African Wire) -"
                java.util.regex.Matcher d = DATELINE_AGENCY.matcher(layer.text());
                if (d.find()) outlet = namedOutlet(d.group(1).strip());
            }
            if (outlet == null) {
                // a masthead line: "Levant Daily live updates", "The Nairobi Ledger, Wednesday, November 20"
                for (RecognizedSentence rs : sentences.subList(0, Math.min(3, sentences.size()))) {
                    Mention m = at.get(rs.sentence().index())[low(rs, 0).equals("the") && rs.sentence().size() > 1 ? 1 : 0];
                    if (m != null && m.kind() == Mention.Kind.ORGANIZATION && k.isMediaName(m.text())) {
                        outlet = entity(m);
                        break;
                    }
                }
            }
            if (outlet == null) {
                // "..., X told the Kathmandu Dispatch": news copy names its own outlet as the one spoken to
                for (RecognizedSentence rs : sentences) {
                    for (Mention m : rs.mentions()) {
                        if (m.kind() != Mention.Kind.ORGANIZATION) continue;
                        int before = m.first() - 1;
                        if (low(rs, before).equals("the")) before--;
                        Organization o = k.organization(m.key());
                        boolean media = k.isMediaName(m.text()) || o != null && "media".equals(o.type());
                        if (media && low(rs, before).equals("told")) outlet = entity(m);
                    }
                    if (outlet != null) break;
                }
            }
            if (outlet == null && layer.article().outlet() != null) {
                Organization o = k.organizationNamed(layer.article().outlet());
                outlet = o != null ? organization(o)
                        : new Entity(Entity.Type.ORGANIZATION, ArticleIds.slug(layer.article().outlet()), layer.article().outlet(), List.of(), "");
                entities.putIfAbsent(outlet.type() + "/" + outlet.key(), outlet);
            }
            if (outlet == null) {
                // "..., Azernews reports" or a dateline "(Reuters) -" in the first sentences
                for (RecognizedSentence rs : sentences) {
                    if (rs.sentence().index() > 3) break;
                    for (Mention m : rs.mentions()) {
                        if (m.kind() != Mention.Kind.ORGANIZATION) continue;
                        Organization o = k.organization(m.key());
                        if (o == null || !"media".equals(o.type())) continue;
                        String next = low(rs, m.end());
                        String prev = low(rs, m.first() - 1);
                        if (next.equals("reports") || next.equals("reported") || prev.equals("(") && low(rs, m.end()).equals(")")) {
                            outlet = entity(m);
                            break;
                        }
                    }
                    if (outlet != null) break;
                }
            }
        }

        /**
         * "By GIVEN SURNAME | The Belgrade Herald": a byline written in capitals (two to four words, a hyphen may join
         * two) names the author, written in ordinary case; an outlet after a comma or bar is the one written for.
         */
        boolean capsByline(RecognizedSentence rs) {
            int n = rs.sentence().size();
            Mention[] a = at.get(rs.sentence().index());
            StringBuilder name = new StringBuilder();
            int words = 0;
            int j = 1;
            while (j < n && a[j] == null) {
                Token t = tok(rs, j);
                if (t.isWord() && t.isAllCaps() && t.text().length() > 1 && t.text().chars().anyMatch(Character::isLetter)) {
                    if (name.length() > 0 && !name.toString().endsWith("-")) name.append(' ');
                    name.append(t.text().charAt(0)).append(t.text().substring(1).toLowerCase(Locale.ROOT));
                    words++;
                } else if (t.text().equals("-") && words > 0 && j + 1 < n && tok(rs, j + 1).isAllCaps() && !name.toString().endsWith("-")) {
                    name.append('-');
                } else {
                    break;
                }
                j++;
            }
            if (words < 2 || words > 4 || name.toString().endsWith("-")) return false;
            if (j < n && !Set.of(",", "|", "/", ".").contains(tok(rs, j).text())) return false;
            String full = name.toString();
            Cluster c = match(full, rs.sentence().index());
            if (c == null) {
                c = new Cluster(full, rs.sentence().index());
                clusters.add(c);
                c.entity = new Entity(Entity.Type.PERSON, ArticleIds.slug(full), full, List.of(), "");
            }
            author = c.entity;
            bylineSentence = rs.sentence().index();
            if (outlet == null && j + 1 < n && !tok(rs, j).text().equals(".")) {
                int o = low(rs, j + 1).equals("the") && j + 2 < n ? j + 2 : j + 1;
                if (a[o] != null && a[o].kind() == Mention.Kind.ORGANIZATION) outlet = entity(a[o]);
                else if (bylineTail(rs, j + 1)) outlet = namedOutlet(rs.sentence().text().substring(tok(rs, j + 1).begin() - rs.sentence().begin(),
                        tok(rs, n - 1).end() - rs.sentence().begin()));
            }
            return true;
        }

        Entity namedOutlet(String name) {
            Organization o = k.organizationNamed(name);
            Entity e = o != null ? organization(o)
                    : new Entity(Entity.Type.ORGANIZATION, ArticleIds.slug(name), name, List.of(), "");
            Entity known = entities.putIfAbsent(e.type() + "/" + e.key(), e);
            return known == null ? e : known;
        }

        /** "Given Surname reports on Kashmir for The Northern Courier." near the end: the author and the outlet. */
        void tagline() {
            int from = Math.max(0, sentences.size() - 3);
            for (RecognizedSentence rs : sentences.subList(from, sentences.size())) {
                Mention[] a = at.get(rs.sentence().index());
                if (a.length < 4 || a[0] == null || a[0].kind() != Mention.Kind.NAME) continue;
                String verb = low(rs, a[0].end());
                if (!Set.of("reports", "writes", "covers", "is").contains(verb)) continue;
                Mention org = null;
                for (Mention m : rs.mentions()) {
                    int before = m.first() - 1;
                    if (low(rs, before).equals("the")) before--;
                    if (m.kind() == Mention.Kind.ORGANIZATION && before >= 0
                            && Set.of("for", "at", "of", "with").contains(low(rs, before))) org = m;
                }
                if (org == null) continue;
                Cluster c = clusterOf.get(a[0]);
                if (c == null) {
                    c = match(a[0].text(), a[0].sentence());
                    if (c == null) {
                        c = new Cluster(a[0].text(), a[0].sentence());
                        clusters.add(c);
                        c.entity = new Entity(Entity.Type.PERSON, ArticleIds.slug(c.full), c.full, List.of(), "");
                    }
                    clusterOf.put(a[0], c);
                }
                if (author == null) {
                    author = c.entity;
                    bylineSentence = rs.sentence().index();
                }
                if (outlet == null) outlet = entity(org);
            }
        }

        List<List<ActorSpan>> actorSpans() {
            List<List<ActorSpan>> all = new ArrayList<>();
            ActorSpan lastSubject = null;
            for (RecognizedSentence rs : sentences) {
                int si = rs.sentence().index();
                Mention[] a = at.get(si);
                int n = rs.sentence().size();
                boolean[] hidden = new boolean[n];
                List<ActorSpan> spans = new ArrayList<>();
                for (Mention m : rs.mentions()) {
                    Cluster c = clusterOf.get(m);
                    if (c == null) continue;
                    TitlePhrase t = titleOfName.get(m);
                    int first = m.first(), end = m.end();
                    if (t != null && t.sentence() == si) {
                        first = Math.min(first, t.first());
                        end = Math.max(end, t.end());
                    }
                    for (int i = first; i < end; i++) hidden[i] = true;
                    spans.add(new ActorSpan(si, first, end, c.entity, ActorSpan.How.NAME, t));
                }
                for (TitlePhrase t : anaphors) {
                    if (t.sentence() != si || hidden[t.first()]) continue;
                    Cluster c = byTitle(t, si);
                    Entity holder = c != null ? c.entity : unnamedOffice(t);
                    if (holder == null) holder = summonedEnvoy(rs, t);
                    if (holder == null) continue;
                    for (int i = t.first(); i < t.end(); i++) hidden[i] = true;
                    spans.add(new ActorSpan(si, t.first(), t.end(), holder, ActorSpan.How.TITLE_ONLY, t));
                }
                for (Mention m : rs.mentions()) {
                    if (hidden[m.first()]) continue;
                    Entity e = m.kind() == Mention.Kind.NAME ? placeFromContext(rs, m) : entity(m);
                    if (e == null) continue;
                    ActorSpan.How how = switch (m.kind()) {
                        case COUNTRY -> m.form() == Mention.Form.DEMONYM ? ActorSpan.How.DEMONYM : ActorSpan.How.COUNTRY;
                        case ORGANIZATION -> ActorSpan.How.ORGANIZATION;
                        // where the story was filed is a place, never its government speaking
                        default -> m.form() == Mention.Form.CAPITAL && !inDateline(si, m) ? ActorSpan.How.CAPITAL : ActorSpan.How.PLACE;
                    };
                    spans.add(new ActorSpan(si, m.first(), m.end(), e, how, null));
                }
                for (Mention m : rs.mentions()) {
                    // hidden owners still count as mentioned: "Turkish" in "Turkish Foreign Minister"
                    if (hidden[m.first()]) entity(m);
                }
                spans.sort((x, y) -> Integer.compare(x.first(), y.first()));
                // pronouns outside quotations: the last person before them in the sentence, else the last subject
                List<ActorSpan> withPronouns = new ArrayList<>(spans);
                for (int i = 0; i < n; i++) {
                    if (hidden[i] || a[i] != null || !PERSON_PRONOUNS.contains(low(rs, i))) continue;
                    if (layer.quoteAt(tok(rs, i).begin()) != null) continue;
                    ActorSpan antecedent = null;
                    for (ActorSpan s : spans) {
                        if (canBeHeOrShe(s) && s.end() <= i && layer.quoteAt(tok(rs, s.first()).begin()) == null) antecedent = s;
                    }
                    if (antecedent == null) antecedent = lastSubject;
                    if (antecedent != null) {
                        withPronouns.add(new ActorSpan(si, i, i + 1, antecedent.entity(), ActorSpan.How.PRONOUN, null));
                    }
                }
                // "Pakistan's Foreign Office said it had summoned ...": "it" right after a reporting verb (and
                // "that") is the body or country whose name ends the verb's subject
                for (int i = 2; i < n; i++) {
                    if (hidden[i] || a[i] != null || !low(rs, i).equals("it") || layer.quoteAt(tok(rs, i).begin()) != null) continue;
                    int verb = low(rs, i - 1).equals("that") ? i - 2 : i - 1;
                    if (verb < 1 || k.speechVerb(low(rs, verb)) == null) continue;
                    ActorSpan subject = null;
                    for (ActorSpan s : spans) if (s.end() <= verb) subject = s;
                    // "The Department of Foreign Affairs (DFA) says it": past the bracketed acronym
                    boolean bracketed = verb >= 3 && low(rs, verb - 1).equals(")") && low(rs, verb - 3).equals("(");
                    if (subject == null || subject.end() != verb && !(bracketed && (subject.end() == verb - 1 || subject.end() == verb - 3))
                            || layer.quoteAt(tok(rs, subject.first()).begin()) != null
                            || subject.how() != ActorSpan.How.ORGANIZATION && subject.how() != ActorSpan.How.COUNTRY) continue;
                    withPronouns.add(new ActorSpan(si, i, i + 1, subject.entity(), ActorSpan.How.PRONOUN, null));
                }
                withPronouns.sort((x, y) -> Integer.compare(x.first(), y.first()));
                for (ActorSpan s : withPronouns) {
                    if (canBeHeOrShe(s) && layer.quoteAt(tok(rs, s.first()).begin()) == null) {
                        lastSubject = s;
                        break;
                    }
                }
                all.add(withPronouns);
            }
            return all;
        }

        /**
         * The article's dateline, decided once: the first of its first six sentences (headline aside) that opens,
         * after at most an opening bracket, with a place or country followed by a comma or a dash, where the place
         * is written in capitals ("ABUJA, Nov 18 (Wire) -", "TASHKENT, MAY 3, UZA."), or followed by a dash
         * ("Paris — "), or followed by nothing but a date ("Georgetown, March 1, 2024"). A country right after the
         * place ("NAIROBI, Kenya (Wire) —") is part of it. A live blog's time stamp ("08:15 —") is none.
         */
        Dateline findDateline() {
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                if (s.index() > 5) break;
                if (layer.isHeadline(s)) continue;
                Mention[] a = at.get(s.index());
                int n = s.size();
                int start = 0;
                while (start < Math.min(2, n) && !tok(rs, start).isWord()) start++;
                Mention m = start < n ? a[start] : null;
                if (m == null || m.first() != start || m.end() >= n) continue;
                if (m.kind() != Mention.Kind.PLACE && m.kind() != Mention.Kind.COUNTRY) continue;
                String next = low(rs, m.end());
                boolean dash = DASHES.contains(next);
                boolean comma = next.equals(",");
                if (!dash && !comma) continue;
                if (!capitals(rs, m.first(), m.end()) && !dash && !(comma && onlyDate(rs, a, m.end() + 1))) continue;
                int end = m.end();
                Mention after = comma && end + 1 < n ? a[end + 1] : null;
                if (after != null && after.first() == end + 1 && after.kind() == Mention.Kind.COUNTRY && after.end() < n
                        && (low(rs, after.end()).equals("(") || low(rs, after.end()).equals(",") || DASHES.contains(low(rs, after.end())))) {
                    end = after.end();
                }
                return new Dateline(s.index(), m.first(), end, datelineCountry(m));
            }
            return null;
        }

        boolean capitals(RecognizedSentence rs, int first, int end) {
            boolean letters = false;
            for (int i = first; i < end; i++) {
                String w = tok(rs, i).text();
                for (int c = 0; c < w.length(); c++) {
                    char ch = w.charAt(c);
                    if (Character.isLowerCase(ch)) return false;
                    if (Character.isLetter(ch)) letters = true;
                }
            }
            return letters;
        }

        /** The rest of the sentence from {@code from} is a date and nothing else: "March 1, 2024". */
        boolean onlyDate(RecognizedSentence rs, Mention[] a, int from) {
            boolean date = false;
            for (int i = from; i < rs.sentence().size(); i++) {
                // "Quito, 8 June 2026 | Political desk": what follows a separator after the date is the desk
                if (date && Set.of("|", "\u00b7", "\u2022").contains(tok(rs, i).text())) return true;
                if (a[i] != null && a[i].kind() == Mention.Kind.DATE) date = true;
                else if (tok(rs, i).isWord() && !tok(rs, i).text().matches("\\d+")) return false;
            }
            return date;
        }

        /** The country a dateline place lies in, without counting it as mentioned: a dateline names no actor. */
        Entity datelineCountry(Mention m) {
            Country c;
            if (m.kind() == Mention.Kind.COUNTRY) c = k.country(m.key());
            else if (m.form() == Mention.Form.CAPITAL) c = k.capitalOf(m.key());
            else {
                Place p = k.place(m.key());
                c = p == null || p.country().isEmpty() ? null : k.country(p.country());
            }
            return c == null ? null : country(c);
        }

        boolean inDateline(int sentence, Mention m) {
            return dateline != null && dateline.sentence() == sentence && m.first() >= dateline.first() && m.end() <= dateline.end();
        }

        /**
         * A name that is no person but stands where places stand: after "in", "near", "village of", or before a
         * place noun ("Kotli district", "Cuyuni River"), or a building's name ("Serena Hotel"). Its country is unknown.
         */
        Entity placeFromContext(RecognizedSentence rs, Mention m) {
            if (clusterOf.containsKey(m) || cueOfName.containsKey(m)) return null;
            if (siteTails.contains(rs.sentence().index() + ":" + m.first())) return null;
            String[] words = m.text().split("\\s+");
            String name = m.text();
            String site = siteAcrossPortfolioWord(rs, m);
            boolean placeNounInside = words.length > 1 && k.isPlaceNoun(words[words.length - 1]) || k.isFacilityName(name) || site != null;
            if (site == null && !placeCue(rs, m, 0)) return null;
            if (words.length > (placeNounInside ? 6 : 4) || m.first() == 0 && !placeNounInside && !leadingPlaceWord(words)) return null;
            name = site != null ? site : withLowerCaseSiteHead(rs, m, withOfComplement(rs, m, words));
            Entity e = new Entity(Entity.Type.PLACE, Knowledge.placeKey(name, ""), name, List.of(), "");
            Entity known = entities.putIfAbsent(e.type() + "/" + e.key(), e);
            return known == null ? e : known;
        }

        /**
         * "Tribhuvan International Airport", "the Tanoa International Dateline Hotel": a name that a capitalized word
         * breaking name runs ("International", "National") parts from a building or site head is that site's name, up
         * to three words on. The names after it are then part of it (remembered in {@code siteTails}).
         */
        String siteAcrossPortfolioWord(RecognizedSentence rs, Mention m) {
            int n = rs.sentence().size();
            if (m.end() >= n || !tok(rs, m.end()).isCapitalized() || !k.isPortfolioWord(tok(rs, m.end()).text())) return null;
            int stop = -1;
            for (int j = m.end(); j < n && j < m.end() + 4 && tok(rs, j).isWord() && tok(rs, j).isCapitalized(); j++) {
                String text = rs.sentence().text().substring(tok(rs, m.first()).begin() - rs.sentence().begin(),
                        tok(rs, j).end() - rs.sentence().begin());
                if (k.isFacilityName(text)) stop = j + 1;
            }
            if (stop < 0) return null;
            for (int j = m.end(); j < stop; j++) siteTails.add(rs.sentence().index() + ":" + j);
            return rs.sentence().text().substring(tok(rs, m.first()).begin() - rs.sentence().begin(),
                    tok(rs, stop - 1).end() - rs.sentence().begin());
        }

        /** "the Conmebol convention centre", "Barajas airport": a site head in lower case right after a name ends it. */
        String withLowerCaseSiteHead(RecognizedSentence rs, Mention m, String name) {
            if (!name.equals(m.text())) return name;
            int n = rs.sentence().size();
            for (int len = 2; len >= 1; len--) {
                if (m.end() + len > n) continue;
                boolean lower = true;
                for (int j = m.end(); j < m.end() + len; j++) lower &= tok(rs, j).isWord() && !tok(rs, j).isCapitalized();
                if (!lower) continue;
                String text = rs.sentence().text().substring(tok(rs, m.first()).begin() - rs.sentence().begin(),
                        tok(rs, m.end() + len - 1).end() - rs.sentence().begin());
                if (k.isFacilityName(text) && !k.isFacilityName(m.text())) return text;
            }
            return name;
        }

        /**
         * "the Palace of Serbia", "the Tomb of the Unknown Soldier": a building head that goes on with "of" takes the
         * capitalized words after it ("the" and one more "of" may join them) into its name.
         */
        String withOfComplement(RecognizedSentence rs, Mention m, String[] words) {
            int n = rs.sentence().size();
            if (!k.isFacilityOfHead(words[words.length - 1]) || !low(rs, m.end()).equals("of")) return m.text();
            int j = m.end() + 1;
            if (low(rs, j).equals("the")) j++;
            int stop = j;
            while (stop < n && stop < j + 4) {
                if (tok(rs, stop).isCapitalized() && tok(rs, stop).isWord()) stop++;
                else if (stop > j && low(rs, stop).equals("of") && stop + 1 < n && tok(rs, stop + 1).isCapitalized()) stop++;
                else break;
            }
            if (stop == j) return m.text();
            return rs.sentence().text().substring(tok(rs, m.first()).begin() - rs.sentence().begin(), tok(rs, stop - 1).end() - rs.sentence().begin());
        }

        /** Context that makes a name a place: "in X", "X district", "the village of X", or a list with a place. */
        boolean placeCue(RecognizedSentence rs, Mention m, int depth) {
            String[] words = m.text().split("\\s+");
            boolean placeNounInside = words.length > 1 && k.isPlaceNoun(words[words.length - 1]) || k.isFacilityName(m.text());
            boolean placeNounAfter = m.end() < rs.sentence().size() && !tok(rs, m.end()).isCapitalized()
                    && k.isPlaceNoun(tok(rs, m.end()).text());
            String prev = low(rs, m.first() - 1);
            // "at the Akorda", "at the Grand Serail": a building or site named with its article
            boolean locative = LOCATIVES.contains(prev) && m.first() >= 1
                    || prev.equals("the") && m.first() >= 2 && LOCATIVES.contains(low(rs, m.first() - 2)) && wholeSiteName(rs, m, words);
            boolean ofPlace = prev.equals("of") && (k.isPlaceNoun(low(rs, m.first() - 2)) || areaPostEndingAt(rs, m.first() - 1));
            // "visited Jarinje", "will travel to Las Palmas de Gran Canaria": where one goes
            boolean destination = m.first() >= 1 && VISIT_VERBS.contains(prev)
                    || prev.equals("to") && m.first() >= 2 && MOTION_VERBS.contains(low(rs, m.first() - 2));
            return placeNounInside || placeNounAfter || locative || ofPlace || destination || leadingPlaceWord(words)
                    || apposedPlaceNoun(rs, m) || sharedPlaceNoun(rs, m) || coordinatedWithPlace(rs, m, depth);
        }

        /** "the governor of X": a post that governs an area ({@link Knowledge#isAreaPost}) ends right before {@code end}. */
        boolean areaPostEndingAt(RecognizedSentence rs, int end) {
            for (Mention t : rs.mentions()) {
                if (t.kind() == Mention.Kind.TITLE && t.end() == end) {
                    Title title = k.titleByHead(t.key());
                    return title != null && k.isAreaPost(title.head());
                }
            }
            return false;
        }

        /**
         * After "at the": a name that is all of its capitalized run (not "the Trans-Ecuadorian Pipeline", not "the
         * Tanoa International Hotel" cut short) and does not end in a body's head ("the Federation").
         */
        boolean wholeSiteName(RecognizedSentence rs, Mention m, String[] words) {
            int n = rs.sentence().size();
            if (m.end() < n && (tok(rs, m.end()).isCapitalized() || low(rs, m.end()).equals("-"))) return false;
            return !k.isOrgHead(NameFolding.fold(words[words.length - 1]), false);
        }

        /** "Lake Titicaca", "Mount Sinjar", "Cape Verde": a first word that makes the name a place. */
        boolean leadingPlaceWord(String[] words) {
            return words.length > 1 && LEADING_PLACE_WORDS.contains(words[0].toLowerCase(Locale.ROOT));
        }

        /** "Khurvaleti, a village north of Gori", "Amedi, a small town": a place noun in an apposition. */
        boolean apposedPlaceNoun(RecognizedSentence rs, Mention m) {
            int i = m.end();
            if (!low(rs, i).equals(",") || !Set.of("a", "the").contains(low(rs, i + 1))) return false;
            for (int j = i + 2; j <= i + 3 && j < rs.sentence().size(); j++) {
                Token t = tok(rs, j);
                if (t.isCapitalized() || !t.isWord()) return false;
                if (k.isPlaceNoun(t.text()) && !t.text().endsWith("s")) return true;
            }
            return false;
        }

        /** "the Hakurk and Gara regions": a plural place noun after two names joined by "and" covers both. */
        boolean sharedPlaceNoun(RecognizedSentence rs, Mention m) {
            if (!low(rs, m.end()).equals("and")) return false;
            Mention next = m.end() + 1 < rs.sentence().size() ? at.get(rs.sentence().index())[m.end() + 1] : null;
            if (next == null || next.first() != m.end() + 1 || next.kind() != Mention.Kind.NAME && next.kind() != Mention.Kind.PLACE) return false;
            Token after = next.end() < rs.sentence().size() ? tok(rs, next.end()) : null;
            return after != null && !after.isCapitalized() && k.isPlaceNoun(after.text()) && after.text().endsWith("s");
        }

        /** "in the areas of Khiam and Kfar Kila": a name joined by "and" or a comma to a place is a place too. */
        boolean coordinatedWithPlace(RecognizedSentence rs, Mention m, int depth) {
            String prev = low(rs, m.first() - 1);
            if (depth > 4 || m.first() < 2 || layer.isHeadline(rs.sentence())) return false;
            // "A, B and C": a comma joins only inside a list that ends with "and"
            if (!prev.equals("and") && !(prev.equals(",") && listGoesOn(rs, m, 0))) return false;
            Mention before = at.get(rs.sentence().index())[m.first() - 2];
            if (before == null || before.end() != m.first() - 1) return false;
            if (before.kind() == Mention.Kind.PLACE) return true;
            if (before.kind() != Mention.Kind.NAME || clusterOf.containsKey(before) || cueOfName.containsKey(before)) return false;
            return placeCue(rs, before, depth + 1);
        }

        boolean listGoesOn(RecognizedSentence rs, Mention m, int depth) {
            String next = low(rs, m.end());
            if (next.equals("and")) return true;
            if (!next.equals(",") || depth > 4) return false;
            Mention after = m.end() + 1 < rs.sentence().size() ? at.get(rs.sentence().index())[m.end() + 1] : null;
            return after != null && after.first() == m.end() + 1 && (after.kind() == Mention.Kind.NAME || after.kind() == Mention.Kind.PLACE)
                    && listGoesOn(rs, after, depth + 1);
        }

        /** A person, or an unnamed office-holder standing for its body: what "he" or "she" can refer to. */
        boolean canBeHeOrShe(ActorSpan s) {
            return s.isPerson() || s.how() == ActorSpan.How.TITLE_ONLY;
        }

        /**
         * "The Secretary-General calls on...", "The President of Ghana said" with no holder named anywhere in the
         * article: the office speaks and acts for what it heads, so the span stands for its owner. Only for the posts
         * that head a state, a government or an international body; an unnamed minister or official is left out.
         * A post of an international body with no owner written ("the Secretary-General") belongs to the first
         * international organization or alliance the article names, if any.
         */
        Entity unnamedOffice(TitlePhrase t) {
            if (t.former()) return null;
            Title title = k.titleByHead(t.head());
            if (title == null) return null;
            if (!Set.of("head-of-state", "head-of-government").contains(t.category()) && !k.isOfficeHead(t.head())) return null;
            if (t.owner() != null) return t.owner();
            return "organization".equals(title.scope()) || k.isOfficeHead(t.head()) && !"country".equals(title.scope())
                    ? firstInternationalBody() : null;
        }

        /**
         * "Pakistan summoned the Afghan charge d'affaires", "expelled Russia's ambassador": an envoy named by post only,
         * right after a summon or sanction cue, stands for the country that sent it (the post's owner).
         */
        Entity summonedEnvoy(RecognizedSentence rs, TitlePhrase t) {
            if (t.former() || t.owner() == null || t.owner().type() != Entity.Type.COUNTRY || !"diplomat".equals(t.category())) return null;
            int before = t.first() - 1;
            if (before >= 0 && Set.of("the", "its", "their").contains(low(rs, before))) before--;
            return before >= 0 && k.isEnvoyCueEnd(low(rs, before)) ? t.owner() : null;
        }

        /** Found once per article: the first call's answer (and its entity registration) is every later call's. */
        private Entity firstInternationalBody;
        private boolean firstInternationalBodyFound;

        Entity firstInternationalBody() {
            if (!firstInternationalBodyFound) {
                firstInternationalBody = findFirstInternationalBody();
                firstInternationalBodyFound = true;
            }
            return firstInternationalBody;
        }

        private Entity findFirstInternationalBody() {
            for (RecognizedSentence rs : sentences) {
                for (Mention m : rs.mentions()) {
                    if (m.kind() != Mention.Kind.ORGANIZATION) continue;
                    Organization o = k.organization(m.key());
                    if (o != null && Set.of("intergovernmental", "alliance").contains(o.type())) return entity(m);
                }
            }
            return null;
        }

        Cluster byTitle(TitlePhrase t, int sentence) {
            Cluster best = null;
            long bestRank = -1;
            String head = t.head();
            String last = head.contains(" ") ? head.substring(head.lastIndexOf(' ') + 1) : head;
            for (Cluster c : clusters) {
                if (c.titles.isEmpty()) continue;
                int fit = 0;
                for (TitlePhrase ct : c.titles) {
                    if (ct.sentence() > sentence) continue;
                    // the same post outranks one that only shares its last word ("special" and "high representative")
                    if (ct.head().equals(head)) fit = 2;
                    else if (ct.head().endsWith(" " + last) || ct.head().equals(last)
                            || "diplomat".equals(t.category()) && "diplomat".equals(ct.category())) fit = Math.max(fit, 1);
                }
                if (fit == 0) continue;
                long rank = fit * 1_000_000L + lastMention(c, sentence, t.first());
                if (best == null || rank > bestRank) {
                    best = c;
                    bestRank = rank;
                }
            }
            return best;
        }

        /** The last sentence before {@code token} of {@code sentence} where the cluster is named, or -1. */
        int lastMention(Cluster c, int sentence, int token) {
            int last = -1;
            for (Map.Entry<Mention, Cluster> e : clusterOf.entrySet()) {
                Mention m = e.getKey();
                if (e.getValue() == c && (m.sentence() < sentence || m.sentence() == sentence && m.first() < token)) {
                    last = Math.max(last, m.sentence());
                }
            }
            return last;
        }
    }
}
