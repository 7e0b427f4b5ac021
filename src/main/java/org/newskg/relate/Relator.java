package org.newskg.relate;

import org.newskg.recognize.Country;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.Mention;
import org.newskg.recognize.RecognizedSentence;
import org.newskg.recognize.SpeechVerb;
import org.newskg.resolve.ActorSpan;
import org.newskg.resolve.Entity;
import org.newskg.resolve.PersonTitle;
import org.newskg.resolve.Resolution;
import org.newskg.resolve.Resolver;
import org.newskg.resolve.TitlePhrase;
import org.newskg.text.Quote;
import org.newskg.text.Sentence;
import org.newskg.text.TextLayer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads facts from an article's recognized sentences and resolved entities: posts and countries of people,
 * attributed statements (speaker, kind, medium, date, text), events (type, participants, places, date,
 * casualties) and actor-to-actor interactions.
 */
public final class Relator {
    private static final List<String> KIND_PRIORITY = List.of("condolence", "congratulation", "condemn/accuse", "concern",
            "support", "call/appeal", "claim/inform", "other");

    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("has", "have", "had", "also", "was", "were", "is",
            "are", "will", "would", "could", "should", "may", "might", "must", "can", "once", "again", "always", "further",
            "reportedly", "then", "later", "earlier", "previously", "repeatedly", "strongly", "firmly", "fully", "too",
            "on", "in", "a", "statement", "separately", "personally", "publicly", "recently", "already", "not", "never",
            "been", "similarly", "likewise", "meanwhile", "however", ",", "jointly", "both", "immediately");

    /**
     * A verb of intent before an infinitive leaves the subject the doer of an interaction cue: "X was ready to work
     * with Y", "X decided to extend aid to Y", "X looks forward to working with Y". Read for interaction subjects
     * only, not for speakers.
     */
    private static final Set<String> INTENT_BEFORE_INFINITIVE = Set.of("ready", "prepared", "willing", "decided",
            "intends", "plans", "looks", "forward", "continue", "continues", "seeks", "vowed", "promised", "pledged",
            "offered", "agreed", "wants", "hopes", "to");

    private static final java.util.regex.Pattern MINISTRY = java.util.regex.Pattern.compile(
            "(?i)\\b(ministry|department|foreign office|ministère|presidency|presidential office|cabinet)\\b");

    /** A post written with the ministry after it: "spokesperson for the ... Ministry", "adviser to the ... ministry". */
    private static final java.util.regex.Pattern POST_AT_MINISTRY = java.util.regex.Pattern.compile(
            "(?i)\\b(of|for|to|at)\\b.*\\b(ministry|department|foreign office)\\b");

    /** Offices only a national government has: "Foreign Office", "Ministry of Defence", "Presidential Office". */
    private static final java.util.regex.Pattern GOVERNMENT_OFFICE = java.util.regex.Pattern.compile(
            "(?i)\\b(ministry|foreign office|ministère|presidency|presidential office|cabinet office)\\b");

    /** Words before an actor that make it a location or a party to something, not a statement's addressee. */
    private static final Set<String> LOCATING = Set.of("in", "on", "at", "with", "from", "between", "near", "of", "by",
            "over", "across", "along", "within", "into", "inside", "outside", "around", "through", "among");

    /** Prepositions that put an event at a place. */
    private static final Set<String> LOCATED_AT = Set.of("in", "at", "near", "outside", "inside", "around", "across", "to",
            "into", "toward", "towards", "over", "through", "within", "off", "along");

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

    /** Cues that name one joint event ("held a phone call with A and B"), not separate contacts ("in contact with"). */
    private static final java.util.regex.Pattern JOINT_EVENT = java.util.regex.Pattern.compile(
            "\\b(call|conversation|meeting|talks|summit|videoconference|video call|trilateral)\\b");

    /** Joint cues whose topic may stand between the verb and "with": "discussed regional security with X". */
    private static final Set<String> TOPIC_CUES = Set.of("discussed", "exchanged views");
    /** Nouns that take "with" themselves, so the actor after it is the topic's: "discussed the border dispute with X". */
    private static final Set<String> TOPIC_WITH_NOUNS = Set.of("war", "wars", "conflict", "conflicts", "dispute",
            "disputes", "tensions", "border", "borders");
    /** Words that end a topic: a new clause or a report begins. */
    private static final Set<String> TOPIC_STOPS = Set.of("which", "that", "who", "said", "says", "while", "but", "when", "after", "before");
    /** Words of an unnamed member's post after a body or country ("the GCC leaders", "Chile's foreign minister"). */
    private static final Set<String> MEMBER_WORDS = Set.of("leaders", "leader", "ministers", "minister", "foreign", "defence",
            "defense", "prime", "president", "officials", "envoys", "envoy", "heads", "of", "state");
    /** The last word such a post may end in. */
    private static final Set<String> MEMBER_HEADS = Set.of("leaders", "leader", "ministers", "minister", "president",
            "officials", "envoys", "envoy", "state");
    /** Possessive endings: "Chile's foreign minister". */
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s");
    /** Words that end a clause inside a sentence: what follows them is another clause's ("... which", "; but"). */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "which", "that", "who", "while", "but");
    /** Verbs of going somewhere: "visited Baghdad for talks", "flew to Seoul for talks". */
    private static final Set<String> TRIP_VERBS = Set.of("visit", "visited", "visits", "visiting", "travelled", "traveled",
            "travel", "travels", "flew", "fly", "arrived", "arrives", "went", "came", "comes");
    /** What may stand between a joint cue and its "with" besides places and dates: "held talks in Bishkek on Monday with". */
    private static final Set<String> CIRCUMSTANCE_WORDS = Set.of("in", "at", "on", "the", ",");
    /** Determiners before a noun cue that are not its possessor: "reaffirmed their support", "the support". */
    private static final Set<String> NON_POSSESSOR_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "the", "a", "an");
    /** Possessive pronouns that open a coordinated member's title: "A and his Azerbaijani counterpart B". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");
    /** Words that make what follows a thing rather than an actor: "welcomed the outcome", "welcomed its decision". */
    private static final Set<String> THING_DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "its", "their",
            "his", "her", "our");
    /** Nouns after a country adjective that make it the country's voice: "the German government said". */
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "authorities", "leadership");

    /** Words before a noun: a reporting verb's form right after one is the noun ("a note", "its call"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their", "our");

    /** Reporting verbs that never take the person spoken to as object: "..., said X" always inverts. */
    private static final Set<String> INVERTING_VERBS = Set.of("said", "says", "added", "adds", "recalled", "noted",
            "explained", "observed", "remarked", "wrote", "writes", "concluded", "continued");

    /** Words that may follow the speaker of an inverted "..., said X": time, place and manner phrases, a relative clause. */
    private static final Set<String> AFTER_INVERTED_SPEAKER = Set.of("on", "in", "at", "during", "after", "before", "when",
            "while", "who", "from", "late", "earlier", "yesterday", "today", "tonight", "last", "this", "as", "according",
            "adding", "told", "to", "via", "through", "by", "for", "without", "with", "speaking", "and", "but", "recently");

    /** A live-blog entry's leading time stamp: "13:40 GMT - ", "09:15 —". */
    private static final java.util.regex.Pattern LIVE_STAMP = java.util.regex.Pattern.compile(
            "^\\d{1,2}[:.]\\d{2}(\\s*(GMT|UTC|[A-Z]{2,4}T|am|pm|a\\.m\\.|p\\.m\\.))?\\s*[-\u2013\u2014]\\s*");

    /** Whom a speaker tells, in "told reporters that ...". */
    private static final Set<String> TOLD_AUDIENCES = Set.of("reporters", "journalists", "lawmakers", "parliament", "us", "me");

    /** Prepositions that open a phrase of place, time or medium after a reporting verb ("said on X", "said in Geneva"). */
    private static final Set<String> CIRCUMSTANCE_PREPOSITIONS = Set.of("on", "in", "at", "during", "via", "through", "after");

    /** The rules that give a post an owner from context rather than from words next to the title. */
    private static final Set<String> FALLBACK_RULES = Set.of("title-sentence-country", "title-sentence-subject-country",
            "title-previous-sentence", "title-home-country", "title-dateline-country", "rank-armed-force");

    /** Last words of the names of armed forces: "Indian Army", "Guyana Defence Force", "Sudanese Armed Forces". */
    private static final Set<String> ARMED_FORCE_HEADS = Set.of("army", "navy", "forces", "force", "military", "guard",
            "corps", "gendarmerie", "marines");

    /** Words that open a subordinate clause. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "while", "where", "as", "because", "who",
            "which", "that", "before", "since", "until");

    private final Knowledge k;
    private final Resolver resolver;

    public Relator(Knowledge knowledge) {
        this.k = knowledge;
        this.resolver = new Resolver(knowledge);
    }

    public ArticleFacts relate(TextLayer layer, List<RecognizedSentence> sentences) {
        Resolution r = resolver.resolve(layer, sentences);
        return new Run(layer, sentences, r).run();
    }

    private final class Run {
        final TextLayer layer;
        final List<RecognizedSentence> sentences;
        final Resolution res;
        final List<Fact> facts = new ArrayList<>();
        final Map<Quote, Entity> quoteSpeaker = new LinkedHashMap<>();
        final Set<Entity> used = new LinkedHashSet<>();
        /** Edges whose object is a plural naming the two parties of an earlier pair ("urged both sides"). */
        final List<PluralObject> pluralObjects = new ArrayList<>();
        final Map<Integer, List<ActorSpan>> definite = new java.util.HashMap<>();

        Run(TextLayer layer, List<RecognizedSentence> sentences, Resolution res) {
            this.layer = layer;
            this.sentences = sentences;
            this.res = res;
        }

        ArticleFacts run() {
            roles();
            statements();
            accusations();
            interactions();
            aidTransfers();
            betweenParties();
            pluralObjectParties();
            statementTargets();
            events();
            List<Entity> entities = new ArrayList<>();
            entities.addAll(res.entities());
            for (Entity e : used) if (!entities.contains(e)) entities.add(e);
            return new ArticleFacts(layer.article(), res.author(), res.outlet(), entities, dedupe(facts));
        }

        Sentence sentence(int i) { return sentences.get(i).sentence(); }

        String low(Sentence s, int i) { return i >= 0 && i < s.size() ? s.token(i).text().toLowerCase(Locale.ROOT) : ""; }

        Evidence evidence(Sentence s, String rule, double confidence) {
            return new Evidence(s.begin(), s.end(), s.text(), rule, confidence);
        }

        Quote quoteAt(Sentence s, int token) { return layer.quoteAt(s.token(token).begin()); }

        String dateOf(int si) {
            for (Mention m : sentences.get(si).mentions()) {
                if (m.kind() == Mention.Kind.DATE && !m.key().isEmpty()) return m.key();
            }
            return "";
        }

        // ---- roles -------------------------------------------------------------------------------------

        void roles() {
            Set<String> seen = new HashSet<>();
            Set<String> written = new HashSet<>();
            for (PersonTitle pt : res.titles()) {
                if (pt.title().owner() != null) written.add(pt.person().key() + "|" + pt.title().head());
            }
            List<PersonTitle> resolved = new ArrayList<>();
            for (PersonTitle original : res.titles()) {
                // a post written without its country, held by someone whose post is written with it elsewhere, is that one
                if (original.title().owner() == null && written.contains(original.person().key() + "|" + original.title().head())) continue;
                resolved.add(ministryToCountry(withFallbackOwner(original)));
            }
            Set<String> explicit = new HashSet<>();
            Map<String, Set<String>> headsOf = new LinkedHashMap<>();
            for (PersonTitle pt : resolved) {
                if (pt.title().owner() != null) explicit.add(pt.person().key() + "|" + pt.title().head());
                headsOf.computeIfAbsent(pt.person().key(), x -> new HashSet<>()).add(pt.title().head());
            }
            Set<String> guessed = new HashSet<>();
            for (PersonTitle pt : resolved) {
                // and one whose owner another mention shows
                if (pt.title().owner() == null && explicit.contains(pt.person().key() + "|" + pt.title().head())) continue;
                // a post whose owner only context suggests keeps the first guess: later sentences name other countries
                if (FALLBACK_RULES.contains(pt.rule()) && !guessed.add(pt.person().key() + "|" + pt.title().head())) continue;
                var t = pt.title();
                // "Minister X" after "Minister of Foreign Affairs X": the short form of the same post
                if (!t.head().contains(" ") && headsOf.get(pt.person().key()).stream().anyMatch(h -> h.endsWith(" " + t.head()))) continue;
                String key = pt.person().key() + "|" + t.head() + "|" + (t.owner() == null ? "" : t.owner().key());
                if (!seen.add(key)) continue;
                Sentence s = sentence(t.sentence());
                facts.add(new Holds(pt.person(), t.text(), t.head(), t.owner(), t.host(), t.former(), dateOf(t.sentence()),
                        evidence(s, pt.rule(), confidenceOf(pt.rule()))));
                // writing for an outlet says nothing of the country a journalist serves, nor working at a national
                // think tank of the country a researcher is from
                boolean staff = "media".equals(t.category()) || "other".equals(t.category())
                        && t.owner() != null && t.owner().type() == Entity.Type.ORGANIZATION;
                Entity country = staff ? null : countryOf(t.owner());
                if (country == null && t.nationality() != null) country = t.nationality();
                if (country != null) facts.add(new Serves(pt.person(), country, evidence(s, "post-country", 0.8)));
            }
            boolean authorCredited = res.author() != null
                    && seen.contains(res.author().key() + "|author|" + (res.outlet() == null ? "" : res.outlet().key()));
            if (res.author() != null && res.bylineSentence() >= 0 && !authorCredited) {
                facts.add(new Holds(res.author(), "Author", "author", res.outlet(), null, false, "",
                        evidence(sentence(res.bylineSentence()), "byline", 0.9)));
            }
        }

        /**
         * A post with no owner written beside it. "Its spokesperson" belongs to the organization or country just
         * named. A country's post belongs to the one country its sentence names outside quotations and datelines,
         * leaving out the countries other people's posts there belong to; when several remain, to the one that is
         * not governed by a preposition ("Japan had conveyed its concern to China"); when the sentence names none,
         * to the one actor the previous sentence of the paragraph names. (Guessing the country the article is about
         * was measured and dropped: it was wrong too often.)
         */
        PersonTitle withFallbackOwner(PersonTitle pt) {
            var t = pt.title();
            if (t.owner() == null && "media".equals(t.category()) && res.outlet() != null && t.first() > 0
                    && low(sentence(t.sentence()), t.first() - 1).equals("our")) {
                // "our correspondent Given Surname": a post at the outlet the article is from
                used.add(res.outlet());
                return new PersonTitle(pt.person(), new org.newskg.resolve.TitlePhrase(t.sentence(), t.first(), t.end(), t.text(),
                        t.head(), t.category(), t.former(), res.outlet(), t.host()), "our-media-post");
            }
            if (t.owner() != null || "media".equals(t.category())) return pt;
            Entity owner = null;
            String rule = null;
            Entity antecedent = possessiveAntecedent(t);
            if (antecedent != null) {
                owner = antecedent;
                rule = "its-title";
            } else {
                String scope = k.titleByHead(t.head()).scope();
                if (!scope.equals("country") && !scope.equals("either")) return pt;
                Guess g = contextOwner(pt, scope);
                owner = g.owner();
                rule = g.rule();
            }
            if (owner == null) return pt;
            used.add(owner);
            return new PersonTitle(pt.person(), new org.newskg.resolve.TitlePhrase(t.sentence(), t.first(), t.end(), t.text(),
                    t.head(), t.category(), t.former(), owner, t.host()), rule);
        }

        /** An owner that context suggests for a post, and the rule that found it; both null when none. */
        record Guess(Entity owner, String rule) {}

        /** The country (or, for a post of either kind, organization) the context of a post suggests as its owner. */
        Guess contextOwner(PersonTitle pt, String scope) {
            var t = pt.title();
            Entity owner = null;
            String rule = null;
            if ("military".equals(t.category())) {
                // "the Army named the dead as Sergeant X": a rank belongs to the one armed force its sentence names
                Sentence s = sentence(t.sentence());
                Set<Entity> forces = new LinkedHashSet<>();
                for (ActorSpan a : actors(t.sentence())) {
                    if (a.how() != ActorSpan.How.ORGANIZATION || quoteAt(s, a.first()) != null) continue;
                    List<String> words = Knowledge.words(a.entity().label());
                    if (!words.isEmpty() && ARMED_FORCE_HEADS.contains(words.get(words.size() - 1))) forces.add(a.entity());
                }
                if (forces.size() == 1) return new Guess(forces.iterator().next(), "rank-armed-force");
            }
            Set<Entity> taken = ownersOfOthers(t.sentence(), pt.person());
            List<ActorSpan> named = countrySpans(t.sentence(), taken);
            List<ActorSpan> spans = spokenFrom(t.sentence(), pt.person(), t.end(), named);
            if (spans == named) {
                // a holder who does not speak here: a capital in a later clause only says where something happened
                // ("Constable X was wounded after gunmen attacked a patrol outside Port-au-Prince")
                Sentence s = sentence(t.sentence());
                List<ActorSpan> kept = named.stream().filter(a -> a.how() != ActorSpan.How.CAPITAL || a.first() < t.end()
                        || !clauseBetween(s, t.end(), a.first())
                        || !locatedAt(t.sentence(), a.first(), 0) && !referencePoint(s, a.first())).toList();
                // but such a place still makes the other countries there doubtful
                if (kept.isEmpty()) spans = kept;
            }
            Set<Entity> here = entitiesOf(spans);
            if (here.size() == 1 && spans.stream().allMatch(a -> counterpartPreposition(sentence(t.sentence()), a.first()))
                    && res.dateline() != null && res.dateline().country() != null && !here.contains(res.dateline().country())) {
                // "Foreign Minister X held a call with Y ... with Japan" filed from Seoul: who is met is not whom X serves
                here = Set.of();
                spans = List.of();
            }
            if (here.size() == 1) {
                owner = here.iterator().next();
                rule = "title-sentence-country";
            } else if (here.size() > 1) {
                Sentence s = sentence(t.sentence());
                // a country adjective modifies a noun ("the Chinese embassy"): only names stand as subjects
                Set<Entity> free = entitiesOf(spans.stream().filter(a -> a.how() != ActorSpan.How.DEMONYM
                        && !afterPreposition(s, a.first())).toList());
                if (free.size() == 1) {
                    owner = free.iterator().next();
                    rule = "title-sentence-subject-country";
                } else if (scope.equals("country") && !pt.rule().equals("title-list") && homeCountry() != null && here.contains(homeCountry())
                        && releasedByItsGovernment()) {
                    // a government's release: "The Minister ... received in Accra his Nigerien counterpart" is its own
                    // (a local outlet writes of exiles and visitors as often as of its own officials)
                    owner = homeCountry();
                    rule = "title-home-country";
                }
            } else {
                owner = previousSentenceOwner(t.sentence(), scope);
                // "The rights office has urged Peru to... Spokesperson X told reporters": the body that spoke before
                if (owner == null && "spokesperson".equals(t.category()) && scope.equals("either")) owner = previousSubjectBody(t.sentence());
                if (owner != null) rule = "title-previous-sentence";
            }
            // not for a list of several holders ("the foreign ministers of the two countries, A and B"), nor for
            // posts that international bodies have too ("force commander")
            if (owner == null && here.isEmpty() && scope.equals("country") && !pt.rule().equals("title-list")) {
                // "Senator X, a Republican from Ohio": a region the holder is from lies in the post's country
                Entity from = fromPlaceCountry(t.sentence(), t.end());
                if (from != null) {
                    owner = from;
                    rule = "title-from-place";
                }
            }
            if (owner == null && here.isEmpty() && scope.equals("country") && !pt.rule().equals("title-list")
                    && homeCountry() != null) {
                // a local outlet or a government's press release leaves its own country unwritten
                owner = homeCountry();
                rule = "title-home-country";
            }
            if (owner == null && here.isEmpty() && scope.equals("country") && !pt.rule().equals("title-list")
                    && res.dateline() != null && res.dateline().country() != null && !datelineStandsForABody()) {
                // a national post no sentence places is most often the country the story is filed from
                owner = res.dateline().country();
                rule = "title-dateline-country";
            }
            return new Guess(owner, rule);
        }

        /**
         * A story filed from a city that news uses for an international body ("BRUSSELS" for the EU), or from a
         * city that hosts international meetings and bodies ("GENEVA", "STRASBOURG"), reports on delegates from
         * elsewhere, not on the host country's government.
         */
        boolean datelineStandsForABody() {
            Sentence s = sentence(res.dateline().sentence());
            String place = s.text().substring(s.token(res.dateline().first()).begin() - s.begin(),
                    s.token(res.dateline().end() - 1).end() - s.begin());
            Knowledge.Named metonym = k.metonym(place);
            return metonym != null && metonym.kind() == Mention.Kind.ORGANIZATION || k.isVenue(place);
        }

        /**
         * The country of a region or city written "from Place" within a few words after a post ("a Republican from
         * Ohio", "a lawmaker from Bavaria"), where the place is not a capital (a capital stands for its government).
         */
        Entity fromPlaceCountry(int si, int titleEnd) {
            Sentence s = sentence(si);
            for (Mention m : sentences.get(si).mentions()) {
                if (m.kind() != Mention.Kind.PLACE || m.form() == Mention.Form.CAPITAL) continue;
                if (m.first() < titleEnd || m.first() > titleEnd + 10 || !low(s, m.first() - 1).equals("from")) continue;
                if (quoteAt(s, m.first()) != null) continue;
                org.newskg.recognize.Place p = k.place(m.key());
                Country c = p == null || p.country().isEmpty() ? null : k.country(p.country());
                if (c != null) return resolver.country(c);
            }
            return null;
        }

        Entity home;
        boolean homeKnown;

        /**
         * The country an article is written from, where it says so itself: an outlet named after a capital or
         * country ("The Nairobi Ledger"), or a press release dated from a capital ("Georgetown, March 1, 2024").
         * A wire dateline is not one: wires report on other countries from there.
         */
        Entity homeCountry() {
            if (homeKnown) return home;
            homeKnown = true;
            Country c = res.outlet() == null ? null : countryNamedIn(res.outlet().label());
            if (c == null) c = pressReleaseCountry();
            if (c != null) {
                home = resolver.country(c);
                used.add(home);
            }
            return home;
        }

        Boolean governmentRelease;

        /** Whether the article is a press release dated from its own capital, the country it writes for being its own. */
        boolean releasedByItsGovernment() {
            if (governmentRelease == null) {
                Country c = pressReleaseCountry();
                governmentRelease = c != null && homeCountry() != null && c.iso2().equals(homeCountry().key());
            }
            return governmentRelease;
        }

        Country countryNamedIn(String label) {
            Knowledge.Named named = k.nameWithin(label);
            if (named != null && named.kind() == Mention.Kind.COUNTRY) return k.country(named.key());
            String[] words = label.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                for (int n = 1; n <= 2 && i + n <= words.length; n++) {
                    String phrase = String.join(" ", java.util.Arrays.asList(words).subList(i, i + n));
                    Country x = k.capitalNamed(phrase);
                    if (x != null) return x;
                }
            }
            return null;
        }

        Country pressReleaseCountry() {
            int top = Math.min(6, sentences.size());
            boolean release = false;
            for (int i = 0; i < top; i++) {
                String text = sentence(i).text().toLowerCase(Locale.ROOT);
                if (text.contains("press release") || text.contains("press service")) release = true;
            }
            if (!release) return null;
            for (int i = 0; i < top; i++) {
                RecognizedSentence rs = sentences.get(i);
                if (rs.sentence().size() > 8) continue;
                Country capital = null;
                boolean dated = false;
                for (Mention m : rs.mentions()) {
                    if (m.kind() == Mention.Kind.DATE) dated = true;
                    if (m.kind() == Mention.Kind.PLACE && m.form() == Mention.Form.CAPITAL) capital = k.capitalOf(m.key());
                }
                if (dated && capital != null) return capital;
            }
            return null;
        }

        /** "Its spokesperson", "its foreign minister": the organization or country named last before it. */
        Entity possessiveAntecedent(org.newskg.resolve.TitlePhrase t) {
            Sentence s = sentence(t.sentence());
            if (!low(s, t.first() - 1).equals("its")) return null;
            Entity last = null;
            for (ActorSpan a : res.actors(t.sentence())) {
                if (a.first() >= t.first()) break;
                Entity e = ownerLike(s, a);
                if (e != null) last = e;
            }
            if (last != null) return last;
            // "Through its spokesman, X, the council said": the body that speaks after the opening phrase
            boolean opening = LOCATING.contains(low(s, 0)) || Set.of("through", "via", "according").contains(low(s, 0));
            for (ActorSpan a : res.actors(t.sentence())) {
                if (!opening || a.first() < t.end() || !isSubject(t.sentence(), a)) continue;
                int before = low(s, a.first() - 1).equals("the") ? a.first() - 2 : a.first() - 1;
                if (!low(s, before).equals(",")) continue;
                Entity e = ownerLike(s, a);
                if (e != null) return e;
            }
            if (t.sentence() == 0) return null;
            // "The Taiwan Affairs Office in Beijing has gone further. Its spokesperson ...": the previous subject
            int prev = t.sentence() - 1;
            if (sentence(prev).paragraph() != s.paragraph()) return null;
            for (ActorSpan a : res.actors(prev)) {
                Entity e = ownerLike(sentence(prev), a);
                if (e != null) return e;
                if (a.how() == ActorSpan.How.NAME || a.how() == ActorSpan.How.PRONOUN) return null;
            }
            return null;
        }

        /** An organization or country a span names outside quotations, or null. */
        Entity ownerLike(Sentence s, ActorSpan a) {
            if (quoteAt(s, a.first()) != null) return null;
            return switch (a.how()) {
                case ORGANIZATION, COUNTRY -> a.entity();
                case CAPITAL -> {
                    Country c = k.capitalOf(a.entity().key());
                    yield c == null ? null : resolver.country(c);
                }
                default -> null;
            };
        }

        /** The countries other people's posts in a sentence belong to. */
        Set<Entity> ownersOfOthers(int si, Entity person) {
            Set<Entity> out = new HashSet<>();
            for (PersonTitle other : res.titles()) {
                if (other.title().sentence() != si || other.person().equals(person) || other.title().owner() == null) continue;
                Entity c = countryOf(other.title().owner());
                if (c != null) out.add(c);
            }
            return out;
        }

        /**
         * The spans of a sentence that name a country (by name, adjective or capital) outside quotations and the
         * dateline ("ABUJA, Nov 18 (Wire) -"), each as the country it names, except the countries in {@code taken}.
         */
        List<ActorSpan> countrySpans(int si, Set<Entity> taken) {
            Sentence s = sentence(si);
            List<ActorSpan> out = new ArrayList<>();
            for (ActorSpan a : res.actors(si)) {
                if (quoteAt(s, a.first()) != null || res.inDateline(a)) continue;
                Entity e = null;
                if (a.how() == ActorSpan.How.COUNTRY || a.how() == ActorSpan.How.DEMONYM) e = a.entity();
                else if (a.how() == ActorSpan.How.CAPITAL) {
                    Country c = k.capitalOf(a.entity().key());
                    if (c != null) e = resolver.country(c);
                }
                if (e == null || taken.contains(e)) continue;
                out.add(new ActorSpan(a.sentence(), a.first(), a.end(), e, a.how(), a.title()));
            }
            return out;
        }

        /**
         * When the post holder speaks in the sentence ("X said Indian troops had fired"), the countries of what they
         * say are not theirs: the countries before the reporting verb, if any; else the countries it names, but not
         * adjectives ("the Chinese embassy") nor the places it locates things in ("gains in Port-au-Prince").
         */
        List<ActorSpan> spokenFrom(int si, Entity person, int titleEnd, List<ActorSpan> spans) {
            Sentence s = sentence(si);
            int verb = -1;
            for (ActorSpan a : res.actors(si)) {
                if (!a.entity().equals(person) || a.how() != ActorSpan.How.NAME) continue;
                int from = Math.max(a.end(), titleEnd);
                for (int i = from; i < Math.min(s.size(), from + 4) && verb < 0; i++) {
                    if (k.speechVerb(low(s, i)) != null) verb = i;
                }
                break;
            }
            if (verb < 0) return spans;
            final int v = verb;
            List<ActorSpan> before = spans.stream().filter(a -> a.first() < v).toList();
            if (!before.isEmpty()) return before;
            return spans.stream().filter(a -> a.how() == ActorSpan.How.COUNTRY
                    || a.how() == ActorSpan.How.CAPITAL && !locatedAt(si, a.first(), 0)).toList();
        }

        /** A subordinate clause opens between two tokens: "X died when ...", "X, who ...". */
        boolean clauseBetween(Sentence s, int from, int to) {
            for (int i = from; i < to; i++) if (SUBORDINATORS.contains(low(s, i))) return true;
            return false;
        }

        Set<Entity> entitiesOf(List<ActorSpan> spans) {
            Set<Entity> out = new LinkedHashSet<>();
            for (ActorSpan a : spans) out.add(a.entity());
            return out;
        }

        /**
         * "India was among the first to respond. External Affairs Minister X wrote...": the one country (or, for a
         * post of either kind, organization) that the previous sentence of the same paragraph names.
         */
        /** The organization that opens the previous sentence of the paragraph as its subject, or null. */
        Entity previousSubjectBody(int si) {
            if (si == 0) return null;
            Sentence s = sentence(si - 1);
            if (s.paragraph() != sentence(si).paragraph() || layer.isHeadline(s)) return null;
            for (ActorSpan a : res.actors(si - 1)) {
                if (res.inDateline(a)) continue;
                boolean opens = a.first() == 0 || a.first() == 1 && low(s, 0).equals("the");
                return opens && a.how() == ActorSpan.How.ORGANIZATION && quoteAt(s, a.first()) == null ? a.entity() : null;
            }
            return null;
        }

        Entity previousSentenceOwner(int si, String scope) {
            if (si == 0) return null;
            Sentence s = sentence(si - 1);
            if (s.paragraph() != sentence(si).paragraph() || layer.isHeadline(s)) return null;
            Set<Entity> found = new LinkedHashSet<>();
            for (ActorSpan a : res.actors(si - 1)) {
                if (res.inDateline(a)) continue;
                Entity e = a.how() == ActorSpan.How.DEMONYM && quoteAt(s, a.first()) == null ? a.entity() : ownerLike(s, a);
                if (e == null) continue;
                if (e.type() == Entity.Type.ORGANIZATION && !scope.equals("either")) e = countryOf(e);
                if (e != null) found.add(e);
            }
            for (PersonTitle other : res.titles()) {
                if (other.title().sentence() != si - 1 || other.title().owner() == null) continue;
                Entity e = scope.equals("either") ? other.title().owner() : countryOf(other.title().owner());
                if (e != null) found.add(e);
            }
            return found.size() == 1 ? found.iterator().next() : null;
        }

        /**
         * A ministry's post belongs to its country in how news (and users) read it: "Chinese Foreign Ministry
         * spokesman" is China's spokesman. Agencies and forces keep their own posts.
         */
        PersonTitle ministryToCountry(PersonTitle pt) {
            var t = pt.title();
            Entity owner = t.owner();
            if (owner == null || owner.type() != Entity.Type.ORGANIZATION) return pt;
            if (!MINISTRY.matcher(owner.label()).find()) return pt;
            // a national government's office with no country of its own; a city's "Police Department" is not one
            if (owner.country().isEmpty() && !GOVERNMENT_OFFICE.matcher(owner.label()).find()) return pt;
            Entity country = owner.country().isEmpty() ? countryOfOffice(pt) : countryOf(owner);
            if (country == null) return pt;
            used.add(country);
            // "the spokesperson for the Armenian Foreign Ministry", "an adviser to the Slovak foreign ministry": a post
            // written as held at the ministry is the ministry's, its holder the country's ("Foreign Ministry
            // spokesperson" stays the country's post)
            if (POST_AT_MINISTRY.matcher(t.text()).find()) {
                return new PersonTitle(pt.person(), new org.newskg.resolve.TitlePhrase(t.sentence(), t.first(), t.end(), t.text(),
                        t.head(), t.category(), t.former(), owner, t.host(), country), pt.rule());
            }
            return new PersonTitle(pt.person(), new org.newskg.resolve.TitlePhrase(t.sentence(), t.first(), t.end(), t.text(),
                    t.head(), t.category(), t.former(), country, t.host()), pt.rule());
        }

        /**
         * "Foreign Office spokesperson X" with no country written: a ministry's country is the one its post's context
         * suggests, else the one country its sentence names, even as the place it speaks from ("... in Taipei").
         */
        Entity countryOfOffice(PersonTitle pt) {
            Entity guess = contextOwner(pt, "country").owner();
            if (guess != null) return countryOf(guess);
            Set<Entity> here = entitiesOf(countrySpans(pt.title().sentence(), ownersOfOthers(pt.title().sentence(), pt.person())));
            return here.size() == 1 ? here.iterator().next() : null;
        }

        double confidenceOf(String rule) {
            return switch (rule) {
                case "title-name" -> 0.9;
                case "title-sentence-country", "its-title", "rank-armed-force" -> 0.6;
                case "title-sentence-subject-country", "title-previous-sentence", "title-home-country", "title-dateline-country" -> 0.5;
                default -> 0.8;
            };
        }

        Entity countryOf(Entity owner) {
            if (owner == null) return null;
            if (owner.type() == Entity.Type.COUNTRY) return owner;
            if (owner.country().isEmpty()) return null;
            Country c = k.country(owner.country());
            return c == null ? null : resolver.country(c);
        }

        // ---- actors around a position ------------------------------------------------------------------

        /**
         * The actors of a sentence for statements and interactions: the resolver's, and an organization referred
         * to again by its head noun ("the ministry said", "summoned to the Ministry").
         */
        List<ActorSpan> actors(int si) {
            return definite.computeIfAbsent(si, x -> {
                List<ActorSpan> out = new ArrayList<>(res.actors(si));
                out.addAll(definiteOrganizations(si));
                out.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(b.end(), a.end()));
                return out;
            });
        }

        /**
         * "the ministry", "the Mission": "the" and an organization head that no span covers, not starting a name of
         * its own ("the Ministry of Defence"), stand for the nearest organization before it, in this sentence or up
         * to four sentences back, whose name has that head.
         */
        List<ActorSpan> definiteOrganizations(int si) {
            Sentence s = sentence(si);
            List<ActorSpan> out = new ArrayList<>();
            for (int i = 1; i < s.size(); i++) {
                // "the opposition alliance": one lower-case word the antecedent's name also has may stand before the head
                String modifier = i >= 2 && low(s, i - 2).equals("the") && s.token(i - 1).isWord() && !s.token(i - 1).isCapitalized()
                        && !covered(si, i - 1) ? org.newskg.recognize.NameFolding.fold(s.token(i - 1).text()) : null;
                if (!low(s, i - 1).equals("the") && modifier == null) continue;
                String head = org.newskg.recognize.NameFolding.fold(s.token(i).text());
                if (!k.isOrgHead(head, false) || covered(si, i)) continue;
                String next = i + 1 < s.size() ? s.token(i + 1).text() : "";
                if (next.equals("of") || !next.isEmpty() && Character.isUpperCase(next.charAt(0))) continue;
                Entity antecedent = organizationBefore(si, i, head);
                if (antecedent != null && modifier != null && !Knowledge.words(antecedent.label()).contains(modifier)) antecedent = null;
                int first = modifier != null ? i - 1 : i;
                if (antecedent != null) out.add(new ActorSpan(si, first, i + 1, antecedent, ActorSpan.How.ORGANIZATION, null));
            }
            return out;
        }

        boolean covered(int si, int token) {
            for (ActorSpan a : res.actors(si)) if (a.first() <= token && token < a.end()) return true;
            return false;
        }

        Entity organizationBefore(int si, int token, String head) {
            for (int j = si; j >= 0 && j >= si - 4; j--) {
                List<ActorSpan> spans = res.actors(j);
                for (int x = spans.size() - 1; x >= 0; x--) {
                    ActorSpan a = spans.get(x);
                    // "the Head of the OSCE Mission, X ... the Mission": an organization inside a person's title
                    Entity owner = a.title() == null ? null : a.title().owner();
                    if (!(j == si && a.first() >= token) && owner != null && owner.type() == Entity.Type.ORGANIZATION
                            && Knowledge.words(owner.label()).contains(head)) return owner;
                    if (j == si && a.first() >= token || a.entity().type() != Entity.Type.ORGANIZATION) continue;
                    if (k.isMediaName(a.entity().label())) continue;
                    if (Knowledge.words(a.entity().label()).contains(head)) return a.entity();
                }
            }
            return null;
        }

        boolean isActor(ActorSpan a) {
            return a.how() != ActorSpan.How.DEMONYM && a.how() != ActorSpan.How.PLACE;
        }

        /** The actor entity of a span: a capital city used as an actor stands for its country. */
        Entity actor(ActorSpan a) {
            if (a.how() == ActorSpan.How.CAPITAL || a.how() == ActorSpan.How.PLACE) {
                Knowledge.Named metonym = k.metonym(a.entity().label());
                if (metonym != null && metonym.kind() == Mention.Kind.ORGANIZATION && k.organization(metonym.key()) != null) {
                    Entity e = resolver.organization(k.organization(metonym.key()));
                    used.add(e);
                    return e;
                }
            }
            if (a.how() == ActorSpan.How.CAPITAL) {
                Country c = k.capitalOf(a.entity().key());
                if (c == null) return null;
                Entity e = resolver.country(c);
                used.add(e);
                return e;
            }
            return a.entity();
        }

        /** The nearest actor before {@code token} in the same clause and quotation: the subject of a verb there. */
        ActorSpan subjectBefore(int si, int token, Quote within) { return subjectBefore(si, token, within, false); }

        /** As above; with {@code members}, a country adjective before an unnamed member's post ("the Chilean foreign minister"). */
        ActorSpan subjectBefore(int si, int token, Quote within, boolean members) {
            Sentence s = sentence(si);
            ActorSpan best = null;
            for (ActorSpan a : actors(si)) {
                if (a.end() > token) continue;
                if (!isActor(a)) {
                    // "the German government said": a country adjective before a government noun is the country
                    if (a.how() != ActorSpan.How.DEMONYM || a.end() >= token) continue;
                    if (GOVERNMENT_NOUNS.contains(low(s, a.end()))) a = new ActorSpan(si, a.first(), a.end() + 1, a.entity(), a.how(), a.title());
                    else if (!members || !MEMBER_WORDS.contains(low(s, a.end()))) continue;
                }
                if (quoteAt(s, a.first()) != within) continue;
                if (afterPreposition(s, withPlaceBased(si, a.first()))) continue;
                if (qualifiesAPerson(si, a)) continue;
                if (boundaryBetween(s, a.end(), token)) continue;
                best = a;
            }
            return best;
        }

        /**
         * The actor that is the grammatical subject of the verb at {@code token}: it stands right before the verb,
         * with at most auxiliaries, adverbs, a date or a short parenthetical between ("X also lent",
         * "Turkiye has always stood by").
         */
        ActorSpan adjacentSubject(int si, int token, Quote within) { return adjacentSubject(si, token, within, false, false); }

        /** As below, unnamed members of a body or country standing for it ("The GCC leaders called on"). */
        ActorSpan adjacentSubject(int si, int token, Quote within, boolean intent) { return adjacentSubject(si, token, within, intent, true); }

        /** As above; with {@code intent}, a verb of intent may stand before the infinitive ("X was ready to work with"). */
        ActorSpan adjacentSubject(int si, int token, Quote within, boolean intent, boolean members) {
            ActorSpan a = subjectBefore(si, token, within, members);
            if (a == null) return null;
            Sentence s = sentence(si);
            a = beforeAppositive(si, a, token);
            a = beforeAcronym(si, a);
            RecognizedSentence rs = sentences.get(si);
            for (int i = a.end(); i < token; i++) {
                Mention m = rs.at(i);
                if (m != null && m.kind() == Mention.Kind.DATE) continue;
                if (low(s, i).equals("of")) {
                    // a country after the subject's name qualifies it: "The Ministry of Foreign Affairs of Peru summoned"
                    ActorSpan of = firstActorAt(si, i + 1);
                    if (of != null && of.how() == ActorSpan.How.COUNTRY) { i = of.end() - 1; continue; }
                    // "Lawmaker X of the main opposition Democratic Party called": the person's party
                    ActorSpan body = null;
                    for (ActorSpan o : actors(si)) {
                        if (o.first() > i && o.first() <= i + 5 && o.end() <= token && qualifiesAPerson(si, o)) { body = o; break; }
                    }
                    if (body != null) { i = body.end() - 1; continue; }
                }
                if (low(s, i).equals(",")) {
                    // an appositive or relative clause between commas: "Portugal, the former colonial power, urged"
                    int close = -1;
                    for (int j = i + 1; j < token && j <= i + 20; j++) {
                        if (low(s, j).equals(",")) { close = j; break; }
                    }
                    // the closing comma may open the next appositive: "X, 42, whose house collapsed, said"
                    if (close > 0 && noReportingVerb(s, i + 1, close)) { i = close - 1; continue; }
                }
                if (low(s, i).equals("in")) {
                    // "the Chinese Embassy in Honiara said": a place after the subject locates it
                    ActorSpan in = firstActorAt(si, i + 1);
                    if (in != null && in.end() <= token && (in.how() == ActorSpan.How.PLACE || in.how() == ActorSpan.How.CAPITAL)) {
                        i = in.end() - 1;
                        continue;
                    }
                }
                if (low(s, i).equals("(")) {
                    // "The Armed Forces of the Philippines (AFP) said"
                    int close = i + 1;
                    while (close < token && close < i + 6 && !low(s, close).equals(")")) close++;
                    if (close < token && low(s, close).equals(")")) { i = close; continue; }
                }
                if (members && i == a.end() && a.entity() != null && a.entity().type() != Entity.Type.PERSON) {
                    // "The GCC leaders called on", "Chile's foreign minister spoke with": unnamed members speak for their body
                    int j = POSSESSIVES.contains(low(s, i)) && a.how() != ActorSpan.How.DEMONYM ? i + 1 : i;
                    int end = j;
                    while (end < token && end < j + 3 && MEMBER_WORDS.contains(low(s, end))) end++;
                    if (end > j && MEMBER_HEADS.contains(low(s, end - 1))) { i = end - 1; continue; }
                }
                if (!BETWEEN_SUBJECT_AND_VERB.contains(low(s, i)) && !(intent && INTENT_BEFORE_INFINITIVE.contains(low(s, i)))) return null;
            }
            return a;
        }

        /** "the Ministry of External Affairs (MEA) summoned": the acronym in brackets stands for the name before it. */
        ActorSpan beforeAcronym(int si, ActorSpan a) {
            Sentence s = sentence(si);
            if (!low(s, a.first() - 1).equals("(") || !low(s, a.end()).equals(")")) return a;
            for (ActorSpan b : actors(si)) {
                if (b.end() == a.first() - 1 && b.entity().equals(a.entity())) {
                    return new ActorSpan(si, b.first(), a.end() + 1, b.entity(), b.how(), b.title());
                }
            }
            return a;
        }

        /** "the Tashkent-based Center": where a body starts once a "Place-based" before it is counted in. */
        int withPlaceBased(int si, int first) {
            Sentence s = sentence(si);
            if (first >= 3 && low(s, first - 1).equals("based") && low(s, first - 2).equals("-")) {
                Mention m = sentences.get(si).at(first - 3);
                if (m != null && (m.kind() == Mention.Kind.PLACE || m.kind() == Mention.Kind.COUNTRY)) return m.first();
            }
            return first;
        }

        /**
         * "Lawmaker X of the main opposition Democratic Party called": a body after "of", a few lower-case words
         * and "the" right after a person's name qualifies that person and is not the subject of the verb.
         */
        boolean qualifiesAPerson(int si, ActorSpan a) {
            if (a.how() != ActorSpan.How.ORGANIZATION) return false;
            Sentence s = sentence(si);
            int j = withPlaceBased(si, a.first()) - 1;
            int words = 0;
            while (j >= 0 && words < 3 && s.token(j).isWord() && !s.token(j).isCapitalized()
                    && !low(s, j).equals("of") && k.speechVerb(low(s, j)) == null) {
                j--;
                words++;
            }
            if (j < 1 || !low(s, j).equals("of")) return false;
            for (ActorSpan p : actors(si)) {
                if (p.end() == j && p.how() == ActorSpan.How.NAME && p.entity().type() == Entity.Type.PERSON) return true;
            }
            return false;
        }

        /** A country after "with" or "against": the other side of what the sentence's subject does. */
        boolean counterpartPreposition(Sentence s, int first) {
            String w = wordBeforeName(s, first);
            return w.equals("with") || w.equals("against");
        }

        /** The word before a name at {@code first}, past a "the" ("with the Philippines": "with"). */
        String wordBeforeName(Sentence s, int first) {
            String w = low(s, first - 1);
            return w.equals("the") ? low(s, first - 2) : w;
        }

        boolean afterPreposition(Sentence s, int first) {
            String w = wordBeforeName(s, first);
            return Set.of("of", "to", "with", "in", "on", "at", "from", "by", "for", "against", "about", "between",
                    "toward", "towards", "into", "over", "among", "and").contains(w);
        }

        boolean boundaryBetween(Sentence s, int from, int to) {
            for (int i = from; i < to; i++) {
                String w = s.token(i).text();
                if (w.equalsIgnoreCase("which") && i > from && low(s, i - 1).equals(",")) {
                    // "The Commission, which drafts the measures, said": a relative clause set off by commas
                    int close = -1;
                    for (int j = i + 1; j < to && j <= i + 20; j++) {
                        if (low(s, j).equals(",")) { close = j; break; }
                    }
                    if (close > 0 && noReportingVerb(s, i + 1, close)) { i = close; continue; }
                }
                if (w.equals(";") || w.equals(":") || w.equals("“") || w.equals("”") || w.equals("\"")) return true;
                if (Set.of("while", "but", "whereas", "although", "which", "that").contains(w.toLowerCase(Locale.ROOT))) return true;
            }
            return false;
        }

        /** Whether a determiner and a lower-case word follow {@code token} ("the outcome", "a peaceful transfer"). */
        boolean thingAfter(Sentence s, int token) {
            if (token + 1 >= s.size() || !THING_DETERMINERS.contains(low(s, token))) return false;
            return s.token(token + 1).isWord() && !s.token(token + 1).isCapitalized();
        }

        /** A country adjective before a people noun stands for the country: "our Nepali brothers", "the Turkish side". */
        boolean demonymActor(Sentence s, ActorSpan a) {
            return a.how() == ActorSpan.How.DEMONYM && a.end() < s.size() && k.isDemonymActorNoun(s.token(a.end()).text());
        }

        /** Actors right after {@code token}: the first within a short window, and any joined to it by "and" or commas. */
        List<ActorSpan> objectsAfter(int si, int token, int window) {
            Sentence s = sentence(si);
            List<ActorSpan> out = new ArrayList<>();
            int limit = Math.min(s.size(), token + window);
            int qualified = -1;   // the end of an "of Country" after the last person object
            for (ActorSpan a : actors(si)) {
                if (a.first() < token || !isActor(a) && !demonymActor(s, a)) continue;
                if (cityInAName(si, a) || possessiveDeterminer(s, a)) continue;
                if (!out.isEmpty() && a.how() == ActorSpan.How.COUNTRY && a.first() == out.get(out.size() - 1).end() + 1
                        && low(s, a.first() - 1).equals("of") && out.get(out.size() - 1).entity().type() == Entity.Type.PERSON) {
                    // "President X of Peru and Prime Minister Y of Bolivia": the country qualifies the person
                    qualified = a.end();
                    continue;
                }
                if (out.isEmpty()) {
                    if (a.first() >= limit || boundaryBetween(s, token, a.first())) break;
                    out.add(a);
                } else {
                    ActorSpan last = out.get(out.size() - 1);
                    int from = pastAcronym(s, Math.max(last.end(), qualified));
                    if (from > last.end() && a.first() < from) continue;   // the acronym in brackets of the last object
                    // "... and B, the ministry said": the speaker after a comma is no object
                    if (joined(s, from, a.first()) && !(low(s, from).equals(",") && isSubject(si, a))) out.add(a);
                    else if (envoysOf(s, from, a.first())) out.add(a);
                    else break;
                }
            }
            return out;
        }

        /**
         * "X phoned his Vietnamese counterpart": the one person the article gives X's post in that country, or the
         * country itself when there is none (or several). Any other object is its actor.
         */
        Entity counterpart(int si, ActorSpan o, Entity source) {
            Entity country = actor(o);
            if (o.how() != ActorSpan.How.DEMONYM || !low(sentence(si), o.end()).equals("counterpart") || source == null
                    || source.type() != Entity.Type.PERSON || country == null || country.type() != Entity.Type.COUNTRY) return country;
            Set<String> heads = new HashSet<>();
            for (Fact f : facts) if (f instanceof Holds h && h.person().equals(source)) heads.add(h.head());
            Set<Entity> holders = new LinkedHashSet<>();
            for (Fact f : facts) {
                if (f instanceof Holds h && !h.person().equals(source) && heads.contains(h.head()) && country.equals(h.of()) && !h.former()) {
                    holders.add(h.person());
                }
            }
            return holders.size() == 1 ? holders.iterator().next() : country;
        }

        /** Whether the words between a verb and its noun cue say it is done for a country: "reaffirmed their countries' support". */
        boolean forTheirCountry(Sentence s, int verb, int cue) {
            for (int i = verb + 1; i < cue; i++) {
                String w = low(s, i);
                if ((w.equals("country") || w.equals("countries") || w.equals("government"))
                        && Set.of("'s", "’s", "'", "’").contains(low(s, i + 1))) return true;
            }
            return false;
        }

        /** The one country a person serves, by the posts read so far; null for anyone else or for several. */
        Entity servedCountry(Entity person) {
            if (person.type() != Entity.Type.PERSON) return null;
            Set<Entity> out = new LinkedHashSet<>();
            for (Fact f : facts) if (f instanceof Serves sv && sv.person().equals(person)) out.add(sv.country());
            return out.size() == 1 ? out.iterator().next() : null;
        }

        /** "her counterparts in Peru", "his Chilean counterpart X": a possessive pronoun before its noun is no object. */
        boolean possessiveDeterminer(Sentence s, ActorSpan a) {
            if (a.how() != ActorSpan.How.PRONOUN || a.end() - a.first() != 1) return false;
            String w = low(s, a.first());
            if (Set.of("his", "its", "their", "our", "my", "your").contains(w)) return true;
            String next = low(s, a.end());
            return w.equals("her") && !next.isEmpty() && Character.isLetter(next.charAt(0))
                    && !Set.of("and", "or", "in", "on", "at", "for", "to", "with", "from", "about", "over", "after", "that").contains(next);
        }

        /** A city naming something else is not an actor: "the Luanda Process", "the Minsk Group". */
        boolean cityInAName(int si, ActorSpan a) {
            Sentence s = sentence(si);
            return a.how() == ActorSpan.How.CAPITAL && a.end() < s.size() && Character.isUpperCase(s.token(a.end()).text().charAt(0))
                    && !covered(si, a.end());
        }

        /**
         * "'We stand behind Kenya and the other contributing countries,' she said, naming A, B and C": the actors
         * listed after a ", naming" that follows quotation {@code q} are objects of its cue too.
         */
        List<ActorSpan> withNamed(int si, Quote q, List<ActorSpan> objects) {
            Sentence s = sentence(si);
            for (int i = 1; i < s.size(); i++) {
                if (!low(s, i).equals("naming") || !low(s, i - 1).equals(",") || quoteAt(s, i) != null
                        || s.token(i).begin() < q.end()) continue;
                List<ActorSpan> named = objectsAfter(si, i + 1, 3);
                if (named.isEmpty()) return objects;
                List<ActorSpan> out = new ArrayList<>(objects);
                out.addAll(named);
                return out;
            }
            return objects;
        }

        /**
         * "condolences to the families of the victims and to the people of X": when a cue ending in a preposition
         * names no actor right after it, the actors after the same preposition repeated after "and".
         */
        List<ActorSpan> afterRepeatedPreposition(int si, CueMatcher.Hit h) {
            Sentence s = sentence(si);
            String prep = low(s, h.end() - 1);
            if (!Set.of("to", "with", "for").contains(prep)) return List.of();
            for (int j = h.end() + 1; j < s.size() && j <= h.end() + 10; j++) {
                String w = low(s, j);
                if (Set.of(",", ";", ":", ".").contains(w) && !low(s, j + 1).equals("and") || quoteAt(s, j) != quoteAt(s, h.first())) return List.of();
                if (w.equals(prep) && low(s, j - 1).equals("and")) return objectsAfter(si, j + 1, 12);
            }
            return List.of();
        }

        /** Past a bracketed acronym after a name and the head word that may follow it ("(CARICOM) Secretariat"). */
        int pastAcronym(Sentence s, int from) {
            if (!low(s, from).equals("(")) return from;
            int close = from + 1;
            while (close < s.size() && close < from + 6 && !low(s, close).equals(")")) close++;
            if (close >= s.size() || !low(s, close).equals(")")) return from;
            int next = close + 1;
            if (next < s.size() && k.isOrgHead(org.newskg.recognize.NameFolding.fold(s.token(next).text()), false)) next++;
            return next;
        }

        /**
         * "..., as well as the Ambassadors of A": a list of objects goes on through the envoys of the next actor, who
         * stand for it. True when the words from {@code from} to {@code to} are list words and one title (singular or
         * plural) followed by "of".
         */
        boolean envoysOf(Sentence s, int from, int to) {
            if (to - from > 8 || to - from < 3) return false;
            int of = low(s, to - 1).equals("the") ? to - 2 : to - 1;
            if (!low(s, of).equals("of")) return false;
            String w = low(s, of - 1);
            if (k.title(w) == null && !(w.endsWith("s") && k.title(w.substring(0, w.length() - 1)) != null)) return false;
            for (int i = from; i < of - 1; i++) {
                if (!Set.of("and", ",", "the", "as", "well", "also").contains(low(s, i))) return false;
            }
            return true;
        }

        boolean joined(Sentence s, int from, int to) {
            // "with A, and with B" repeats the preposition
            if (to - from > (low(s, from).equals(",") && low(s, from + 2).equals("with") ? 4 : 3)) return false;
            for (int i = from; i < to; i++) {
                String w = low(s, i);
                if (!Set.of("and", ",", "both", "the", "as", "well", "&").contains(w) && !(w.equals("with") && low(s, i - 1).equals("and"))) return false;
            }
            return true;
        }

        // ---- statements --------------------------------------------------------------------------------

        void statements() {
            Map<Integer, Entity> speakerOfParagraph = new LinkedHashMap<>();
            Map<Integer, Entity> speakerOfSentence = new LinkedHashMap<>();
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                int si = s.index();
                if (layer.isHeadline(s)) continue;   // "North Korea says it tested...": the body reports it properly
                Set<Entity> speakersHere = new HashSet<>();
                for (int i = 0; i < s.size(); i++) {
                    SpeechVerb v = reportingVerb(s, i);
                    boolean according = low(s, i).equals("according") && low(s, i + 1).equals("to");
                    if (v == null && !according || quoteAt(s, i) != null) continue;
                    // "sent troops", "extended the deadline": no statement without something said
                    if (v != null && k.isObjectSpeechVerb(v) && quotesFor(s).isEmpty() && bestKind(outsideQuotes(s)) == null) continue;
                    ActorSpan speakerSpan = according ? accordingTo(si, i + 2) : speakerOf(si, i);
                    List<Entity> group = new ArrayList<>();
                    if (speakerSpan != null) group.add(actor(speakerSpan));
                    else if (!according) group.addAll(pluralSubject(si, i));
                    for (Entity speaker : group) {
                    if (speaker == null || speaker.type() == Entity.Type.PLACE || speaker.equals(res.outlet())
                            || speaker.equals(res.author()) || !speakersHere.add(speaker)) continue;
                    used.add(speaker);
                    List<Quote> quotes = quotesFor(s);
                    for (Quote q : quotes) quoteSpeaker.putIfAbsent(q, speaker);
                    String text = quotes.isEmpty() ? reported(s, i) : joinQuotes(quotes);
                    String reporting = outsideQuotes(s);
                    String kind = kind(reporting, v, quoteText(quotes, s));
                    String medium = medium(s, i, v);
                    String rule = speakerSpan == null ? "speech-verb-plural" : according ? "according-to"
                            : speakerSpan.how() == ActorSpan.How.PRONOUN ? "speech-verb-pronoun" : "speech-verb";
                    double confidence = speakerSpan == null ? 0.6 : speakerSpan.how() == ActorSpan.How.NAME ? 0.85 : 0.7;
                    facts.add(new Said(speaker, kind, medium, dateOf(si), text, according ? "according to" : low(s, i),
                            about(si, speaker), evidence(s, rule, confidence)));
                    speakerOfParagraph.put(s.paragraph(), speaker);
                    speakerOfSentence.putIfAbsent(si, speaker);
                    }
                }
            }
            // '"...," X said. "We call on..."': a later quotation of the same paragraph goes on in X's voice
            Entity current = null;
            int paragraph = -1;
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                if (s.paragraph() != paragraph) {
                    paragraph = s.paragraph();
                    current = null;
                }
                if (current != null) {
                    for (Quote q : quotesFor(s)) {
                        if (q.begin() >= s.begin() && quoteSpeaker.get(q) == null && !speakerOfSentence.containsKey(s.index())) {
                            quoteSpeaker.put(q, current);
                        }
                    }
                }
                if (speakerOfSentence.containsKey(s.index())) current = speakerOfSentence.get(s.index());
            }
            // a paragraph that only continues a quotation: the previous paragraph's speaker goes on
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                if (speakerOfParagraph.containsKey(s.paragraph()) || !startsWithQuote(s)) continue;
                Entity previous = speakerOfParagraph.get(s.paragraph() - 1);
                Quote q = quoteAt(s, Math.min(1, s.size() - 1));
                if (previous == null || q == null || quoteSpeaker.containsKey(q)) continue;
                quoteSpeaker.put(q, previous);
                speakerOfParagraph.put(s.paragraph(), previous);
                String qt = layer.text().substring(q.begin(), q.end());
                facts.add(new Said(previous, kind("", null, qt), "", dateOf(s.index()), qt, "", about(s.index(), previous),
                        evidence(s, "quote-continuation", 0.6)));
            }
        }

        /**
         * The reporting verb at {@code i}, or null: participles ("calling China's actions...") belong to the main
         * verb's statement, and ambiguous forms ("China claims the sea") report speech only before "that", a
         * quotation, a colon or a comma — or right after a quotation.
         */
        SpeechVerb reportingVerb(Sentence s, int i) {
            SpeechVerb v = k.speechVerb(low(s, i));
            if (v == null) return null;
            // "a note", "handed him a protest note": a base form after a determiner (and a singular noun) is a noun
            String w = low(s, i);
            if (DETERMINERS.contains(low(s, i - 1))) return null;
            if (DETERMINERS.contains(low(s, i - 2)) && i >= 1 && s.token(i - 1).isWord() && !s.token(i - 1).isCapitalized()
                    && !low(s, i - 1).endsWith("s") && w.equals(v.lemma())) return null;
            // a participle reports only when it leads into the quotation: "writing on X: ..."
            if (low(s, i).endsWith("ing")) {
                boolean intoQuote = false;
                for (int j = i + 1; j < Math.min(s.size(), i + 5); j++) if (s.token(j).text().equals(":")) intoQuote = true;
                if (!intoQuote) return null;
            }
            if (k.isAmbiguousSpeechVerb(low(s, i))) {
                String next = i + 1 < s.size() ? s.token(i + 1).text() : "";
                // "calls on X to", "called for a ceasefire": the particle makes the appeal plain
                SpeechVerb phrasal = k.speechVerb(low(s, i) + " " + low(s, i + 1));
                if (phrasal != null) return phrasal;
                boolean clause = next.equals("that") || next.equals(":") || next.equals(",") || "\"“”«".contains(next) && !next.isEmpty()
                        || i + 1 >= s.size() || next.equals(".");
                boolean afterQuote = i >= 1 && ("”\"".contains(s.token(i - 1).text()) || s.token(i - 1).text().equals(","))
                        || i >= 2 && "”\"".contains(s.token(i - 2).text());
                if (!clause && !afterQuote) return null;
            }
            return v;
        }

        boolean startsWithQuote(Sentence s) {
            return s.size() > 1 && "\"“«".contains(s.token(0).text());
        }

        /** "according to X", "according to a statement from X": who the words after "according to" name as source. */
        ActorSpan accordingTo(int si, int token) {
            ActorSpan a = firstActorAt(si, token);
            if (a != null) return a;
            Sentence s = sentence(si);
            for (int j = token; j < Math.min(s.size(), token + 4); j++) {
                if (Set.of("from", "by", "of").contains(low(s, j))) return firstActorAt(si, j + 1);
                if (!s.token(j).isWord() || s.token(j).isCapitalized()) return null;
            }
            return null;
        }

        ActorSpan firstActorAt(int si, int token) {
            for (ActorSpan a : actors(si)) if (a.first() == token || a.first() == token + 1 && low(sentence(si), token).equals("the")) return a;
            return null;
        }

        /** Who speaks through the reporting verb at {@code i}: "X said", "..., said X", "..., X said". */
        ActorSpan speakerOf(int si, int i) {
            Sentence s = sentence(si);
            // '"...," said X', not '"..." and accused X of': a second verb after the quotation has its own object
            boolean quoteBefore = i >= 1 && "”\"".contains(s.token(i - 1).text())
                    || i >= 2 && "”\"".contains(s.token(i - 2).text()) && !Set.of("and", "but", "or").contains(low(s, i - 1));
            boolean afterQuote = quoteBefore || i >= 1 && ",".equals(s.token(i - 1).text());
            ActorSpan after = afterQuote || i == 0 ? firstActorAt(si, i + 1) : null;
            // '..., X told Reuters': the outlet after the verb is who is told, not who speaks
            boolean inverted = after != null && isActor(after) && !isMedia(after.entity());
            if (inverted && (quoteBefore || i == 0)) return after;
            // "Slovakia, whose premier sided with Budapest, could join the veto, said X": "said" takes no person
            // as its object, so the name that closes the clause after it is the speaker
            if (inverted && ",".equals(s.token(i - 1).text()) && INVERTING_VERBS.contains(low(s, i)) && endsClause(s, after.end())) {
                return after;
            }
            // "X, for his part, thanked Paris": a subject before the comma outranks the object after the verb
            ActorSpan subject = adjacentSubject(si, i, null);
            // with none, the verb is inverted ("..., said X on Monday") only if nothing but the clause's end follows
            // X: in "..., said Beirut rejected the claims" Beirut begins what was said
            if (inverted && subject == null && endsClause(s, after.end())) return after;
            if (subject == null) subject = relativeSubject(si, i);
            if (subject == null && i >= 1 && (low(s, i - 1).equals("and") || i >= 2 && low(s, i - 2).equals("and")
                    && BETWEEN_SUBJECT_AND_VERB.contains(low(s, i - 1)))) {
                // "X handed the diplomat a note and reiterated...": the first clause's subject
                subject = clauseSubject(si);
                if (subject == null && i >= 2 && "”\"".contains(s.token(i - 2).text())) {
                    // 'In Lima, X called it "a mistake" and accused Y': the subject before the quotation
                    int open = i - 3;
                    while (open > 0 && quoteAt(s, open) != null) open--;
                    subject = subjectBefore(si, open + 1, null);
                }
            }
            return subject;
        }

        /** Whether the words from {@code token} on can follow an inverted speaker: the end, punctuation, a time or place phrase. */
        boolean endsClause(Sentence s, int token) {
            if (token >= s.size()) return true;
            String w = low(s, token);
            // "said Washington's commitment ...": a possessive begins what was said
            if (w.matches("[’']s")) return false;
            return !Character.isLetter(w.charAt(0)) || AFTER_INVERTED_SPEAKER.contains(w);
        }

        /**
         * "The three officials condemned...", "Both leaders reaffirmed...", "Both said...": a plural subject at the
         * start of a clause stands for the people (or, for "sides", "countries", the states) named just before it,
         * earlier in the sentence or in the nearest of the two sentences before that names at least two.
         */
        List<Entity> pluralSubject(int si, int verb) { return pluralSubject(si, verb, false); }

        List<Entity> pluralSubject(int si, int verb, boolean states) { return pluralSubject(si, verb, states, false); }

        /** With {@code quoted}, only a plural that opens a quotation: "“The three officials condemned". */
        List<Entity> pluralSubject(int si, int verb, boolean states, boolean quoted) {
            Sentence s = sentence(si);
            int i = verb - 1;
            while (i >= 0 && !low(s, i).equals(",") && !low(s, i).equals("both") && BETWEEN_SUBJECT_AND_VERB.contains(low(s, i))) i--;
            if (i < 0 || (quoteAt(s, i) != null) != quoted) return List.of();
            String refers = k.pluralActor(low(s, i));
            // states as a group ("the three countries have requested") are left to the interaction cues
            if ("country".equals(refers) && !states) return List.of();
            int start = i;
            if (refers != null) {
                if (Set.of("two", "three", "four", "five", "both", "all").contains(low(s, start - 1))) start--;
                if (low(s, start - 1).equals("the")) start--;
                if (start == i && !low(s, i - 1).equals("both")) return List.of();   // "officials said": unnamed officials
                if (low(s, i - 1).equals("both")) start = i - 1;
            } else if (low(s, i).equals("both")) {
                refers = "person";
            } else {
                return List.of();
            }
            if (start > 0 && !Set.of(",", "and", "“", "\"").contains(low(s, start - 1))) return List.of();
            if (quoted && (start == 0 || !Set.of("“", "\"").contains(low(s, start - 1)))) return List.of();
            int count = List.of("", "", "two", "three", "four", "five").indexOf(low(s, i - 1));
            if (low(s, i).equals("both") || low(s, i - 1).equals("both")) count = 2;
            for (int j = si; j >= 0 && j >= si - 2; j--) {
                Set<Entity> named = new LinkedHashSet<>();
                for (ActorSpan a : actors(j)) {
                    if (j == si && a.first() >= start || a.how() == ActorSpan.How.PRONOUN) continue;
                    Entity e = actor(a);
                    if (e == null) continue;
                    boolean wanted = refers.equals("country") ? e.type() == Entity.Type.COUNTRY : e.type() == Entity.Type.PERSON;
                    if (wanted) named.add(e);
                }
                if (named.size() >= Math.max(2, count)) {
                    // "Both" or "the three officials" are the last two or three named
                    List<Entity> all = new ArrayList<>(named);
                    return count > 0 ? all.subList(all.size() - count, all.size()) : all;
                }
                if (j == si && !named.isEmpty()) return List.of();
            }
            return List.of();
        }

        boolean isPlatform(Entity e) {
            if (e.type() != Entity.Type.ORGANIZATION) return false;
            var o = k.organization(e.key());
            return o != null && "platform".equals(o.type());
        }

        boolean isMedia(Entity e) {
            if (e.equals(res.outlet())) return true;
            if (e.type() != Entity.Type.ORGANIZATION) return false;
            var o = k.organization(e.key());
            return o != null && Set.of("media", "platform").contains(o.type()) || k.isMediaName(e.label());
        }

        /** The subject of a sentence's first clause: its first actor, at the start or right after an opening phrase. */
        ActorSpan clauseSubject(int si) {
            Sentence s = sentence(si);
            for (ActorSpan a : actors(si)) {
                if (!isActor(a) || quoteAt(s, a.first()) != null) continue;
                boolean start = a.first() == 0 || a.first() == 1 && low(s, 0).equals("the")
                        || a.first() >= 1 && low(s, a.first() - 1).equals(",") || afterStamp(s, a.first());
                return start ? a : null;
            }
            return null;
        }

        /**
         * "... after Foreign Minister X visited Baghdad for talks with", "as X prepares to visit Seoul later this month
         * for talks with": a named person in a subordinate clause, right before its verb of going, whose trip ends on
         * the "for" at {@code purpose} (at most fifteen words on, with no comma or clause boundary between).
         */
        ActorSpan travellerBefore(int si, int purpose) {
            Sentence s = sentence(si);
            ActorSpan best = null;
            for (ActorSpan a : actors(si)) {
                if (a.end() >= purpose || a.entity().type() != Entity.Type.PERSON || a.how() != ActorSpan.How.NAME) continue;
                if (purpose - a.end() > 15 || quoteAt(s, a.first()) != null || afterPreposition(s, a.first())) continue;
                boolean trip = false, clean = true;
                for (int i = a.end(); i < purpose; i++) {
                    String w = low(s, i);
                    if (w.equals(",") || CLAUSE_BREAKS.contains(w)) clean = false;
                    if (TRIP_VERBS.contains(w)) trip = true;
                }
                if (trip && clean && s.token(a.end()).isWord() && !s.token(a.end()).isCapitalized()) best = a;
            }
            return best;
        }

        /** Whether only a live blog's time stamp (and "the") comes before token {@code first}: "17:45 — The army says". */
        boolean afterStamp(Sentence s, int first) {
            int start = first > 0 && low(s, first - 1).equals("the") ? first - 1 : first;
            if (start == 0) return false;
            String before = layer.text().substring(s.begin(), s.token(start).begin());
            return LIVE_STAMP.matcher(before).matches();
        }

        /**
         * "UNIFIL, the UN mission in south Lebanon, says": when the nearest actor ends an appositive that closes
         * right before the verb, the subject is the actor the appositive describes.
         */
        ActorSpan beforeAppositive(int si, ActorSpan nearest, int verb) {
            Sentence s = sentence(si);
            int close = nearest.end();
            while (close < verb && !low(s, close).equals(",")) close++;
            if (close >= verb) return nearest;
            ActorSpan described = null;
            for (ActorSpan b : actors(si)) {
                if (b.end() >= nearest.first() || !isActor(b) || b.end() >= s.size() || !low(s, b.end()).equals(",")) continue;
                if (quoteAt(s, b.first()) != quoteAt(s, verb) || afterPreposition(s, b.first())) continue;
                if (noReportingVerb(s, b.end(), nearest.first()) && nearest.first() - b.end() <= 12) described = b;
            }
            return described == null ? nearest : described;
        }

        boolean noReportingVerb(Sentence s, int from, int to) {
            for (int i = from; i < to; i++) if (k.speechVerb(low(s, i)) != null && !low(s, i).equals("who")) return false;
            return true;
        }

        /** The quotations a reporting sentence attributes: those in it, or one opening right after its colon. */
        List<Quote> quotesFor(Sentence s) {
            List<Quote> out = new ArrayList<>();
            for (Quote q : layer.quotes()) if (q.begin() < s.end() && q.end() > s.begin()) out.add(q);
            if (out.isEmpty() && s.text().strip().endsWith(":")) {
                for (Quote q : layer.quotes()) {
                    if (q.begin() >= s.end() && q.begin() <= s.end() + 3) out.add(q);
                }
            }
            return out;
        }

        String joinQuotes(List<Quote> quotes) {
            StringBuilder b = new StringBuilder();
            for (Quote q : quotes) {
                if (b.length() > 0) b.append(" … ");
                b.append(layer.text(), q.begin(), q.end());
            }
            return b.toString().strip();
        }

        String quoteText(List<Quote> quotes, Sentence s) {
            return quotes.isEmpty() ? s.text() : joinQuotes(quotes);
        }

        /**
         * What was said, when no quotation carries it: the words after the verb, or, when only the stop follows the
         * verb ("The two agreed to meet again, she said."), the words before its subject's comma.
         */
        String reported(Sentence s, int verb) {
            int from = Math.min(verb + 1, s.size() - 1);
            // "told reporters that ...": who was told is not what was said
            if (TOLD_AUDIENCES.contains(low(s, from)) && low(s, from + 1).equals("that")) from += 2;
            else if (low(s, from).equals("that")) from++;
            from = Math.min(from, s.size() - 1);
            String after = layer.text().substring(s.token(from).begin(), s.end()).strip();
            if (after.chars().anyMatch(Character::isLetterOrDigit) && !onlyCircumstance(s, from) && !onlyWhoWasTold(s, verb, from)) return after;
            int comma = verb - 1;
            while (comma > 0 && !s.token(comma).text().equals(",")) comma--;
            if (comma <= 0) return after;
            String before = layer.text().substring(s.begin(), s.token(comma).begin()).strip();
            // a live blog's time stamp is no part of it: "13:40 GMT - ..."
            return LIVE_STAMP.matcher(before).replaceFirst("");
        }

        /** Whether the words from {@code from} to the stop only say where, when or through what ("on X.", "in Geneva on Monday."). */
        boolean onlyCircumstance(Sentence s, int from) {
            int end = s.size();
            while (end > from && !Character.isLetterOrDigit(s.token(end - 1).text().charAt(0))) end--;
            return end - from <= 5 && end > from && CIRCUMSTANCE_PREPOSITIONS.contains(low(s, from));
        }

        /** Whether only the one told follows the verb: "..., the spokesperson told Armenpress." */
        boolean onlyWhoWasTold(Sentence s, int verb, int from) {
            if (!Set.of("told", "tells", "telling").contains(low(s, verb))) return false;
            int end = s.size();
            while (end > from && !Character.isLetterOrDigit(s.token(end - 1).text().charAt(0))) end--;
            for (ActorSpan a : res.actors(s.index())) {
                if (a.first() <= from && a.end() >= end && end > from) return true;
            }
            return end > from && end - from <= 2 && TOLD_AUDIENCES.contains(low(s, end - 1));
        }

        String outsideQuotes(Sentence s) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.size(); i++) if (quoteAt(s, i) == null) b.append(s.token(i).text()).append(' ');
            return b.toString();
        }

        String kind(String reporting, SpeechVerb v, String quoted) {
            String k1 = bestKind(reporting);
            if (k1 != null && !k1.equals("claim/inform")) return k1;
            if (v != null && !v.kind().isEmpty() && !v.kind().equals("claim/inform")) return v.kind();
            String k2 = bestKind(quoted);
            if (k2 != null) return k2;
            return "claim/inform";
        }

        String bestKind(String text) {
            if (text == null || text.isBlank()) return null;
            List<String> words = Knowledge.words(text);
            String best = null;
            for (CueMatcher.Hit h : CueMatcher.find(words, k.statementCues())) {
                String kind = h.cue().value();
                if (!KIND_PRIORITY.contains(kind)) continue;
                if (best == null || KIND_PRIORITY.indexOf(kind) < KIND_PRIORITY.indexOf(best)) best = kind;
            }
            return best;
        }

        /** The medium named nearest the reporting verb, outside quotations ("said in a written statement"). */
        String medium(Sentence s, int verb, SpeechVerb v) {
            if (v != null && !v.medium().isEmpty()) return v.medium();
            String best = "";
            int bestDistance = Integer.MAX_VALUE;
            for (CueMatcher.Hit h : CueMatcher.find(CueMatcher.folded(s), k.mediaCues())) {
                if (quoteAt(s, h.first()) != null) continue;
                int d = h.first() >= verb ? h.first() - verb : 2 * (verb - h.end()) + 1;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = h.cue().value();
                }
            }
            return best;
        }

        List<Entity> about(int si, Entity speaker) {
            Set<Entity> out = new LinkedHashSet<>();
            for (ActorSpan a : res.actors(si)) {
                // "who teaches at a university in Vienna": a capital that only locates something is not a topic
                if (a.how() == ActorSpan.How.CAPITAL && !isSubject(si, a) && locatedAt(si, a.first(), 0)) continue;
                Entity e = a.how() == ActorSpan.How.DEMONYM ? a.entity() : actor(a);
                if (e != null && !e.equals(speaker) && e.type() != Entity.Type.PLACE) out.add(e);
            }
            return new ArrayList<>(out);
        }

        // ---- interactions ------------------------------------------------------------------------------

        /** The speaker a clause inside a quotation stands for when its subject is "I" or "we". */
        Entity quoteSubject(Sentence s, int token) {
            Quote q = quoteAt(s, token);
            if (q == null) return null;
            for (int i = token - 1; i >= 0 && quoteAt(s, i) == q; i--) {
                String w = low(s, i);
                if (w.equals("i") || w.equals("we")) return quoteSpeaker.get(q);
                if (w.equals(".") || w.equals(";")) break;
            }
            return null;
        }

        void interactions() {
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                int si = s.index();
                List<String> words = CueMatcher.folded(s);
                int coveredUntil = -1;
                for (CueMatcher.Hit h : CueMatcher.find(words, k.interactionCues())) {
                    if (h.first() < coveredUntil) continue;
                    String[] extra = h.cue().extra().split("\\|", -1);
                    String direction = extra[0];
                    if (direction.equals("between")) continue;   // read by betweenParties()
                    String plover = extra.length > 1 ? extra[1] : "";
                    Quote q = quoteAt(s, h.first());
                    if (direction.equals("joint")) {
                        if (q == null && joint(si, h, plover)) coveredUntil = h.end();
                        else if (q == null && withAfterCircumstance(si, h, plover)) coveredUntil = h.end();
                        continue;
                    }
                    // "called for calm", "asked for help": what is asked for is not whom one calls or asks
                    if (h.cue().words().size() == 1 && low(s, h.end()).equals("for")) continue;
                    // "welcomed the outcome", "welcomed the vote in a post on X": a welcome of a thing names nobody welcomed
                    if (h.cue().words().size() == 1 && h.cue().words().get(0).startsWith("welcom") && thingAfter(s, h.end())) continue;
                    if (passive(si, h, direction, q)) {
                        coveredUntil = h.end();
                        continue;
                    }
                    List<ActorSpan> thanked = direction.equals("reverse") ? List.of() : thankedFor(si, h);
                    if (!thanked.isEmpty()) {
                        // "X thanked A and B for their support for Y": A and B are the ones who support Y
                        for (ActorSpan t : thanked) {
                            Entity giver = isActor(t) ? actor(t) : t.entity();
                            for (ActorSpan o : objectsAfter(si, h.end(), 12)) {
                                Entity target = actor(o);
                                if (target != null && giver != null && !target.equals(giver)) add(giver, h.cue().value(), plover, target, si,
                                        evidence(s, "cue-thanked-for:" + String.join(" ", h.cue().words()), 0.6));
                            }
                        }
                        coveredUntil = h.end();
                        continue;
                    }
                    int verb = h.first();
                    ActorSpan subj = adjacentSubject(si, verb, q, true);
                    String rule = "cue:";
                    if (subj == null) {
                        // a noun cue after a reporting verb: "X reaffirmed their firm support for Y" is X's support
                        int v = lightVerbBefore(s, h.first());
                        if (v >= 0) {
                            verb = v;
                            subj = adjacentSubject(si, v, q, true);
                            if (subj != null) rule = "cue-after-verb:";
                        }
                    }
                    if (subj == null && q != null && h.first() >= 2 && Set.of("\"", "“").contains(low(s, h.first() - 1))
                            && quoteAt(s, h.first() - 2) != q) {
                        // a quotation opening on the cue continues the clause before it: X "stands by Y"
                        subj = adjacentSubject(si, h.first() - 1, quoteAt(s, h.first() - 2), true);
                        if (subj != null) rule = "cue-quoted:";
                    }
                    if (subj == null && q == null) {
                        // "the European Union, which expressed concern and reiterated support for Y"
                        subj = relativeSubject(si, verb);
                        if (subj != null) rule = "cue-relative:";
                    }
                    if (subj == null && q == null && coordinated(s, verb)) {
                        // "X said ... and urged Y": the second verb shares the first clause's subject
                        subj = clauseSubject(si);
                        // not from inside a relative clause: "the EU, which expressed concern and reiterated support for"
                        if (subj != null && boundaryBetween(s, subj.end(), verb)) subj = null;
                        if (subj != null) rule = "cue-coordinated:";
                    }
                    if (subj == null && q == null && direction.equals("mutual") && low(s, h.first() - 1).equals("for")) {
                        // "X travelled to Y for talks with Z", "X is in Y today for consultations with Z": the purpose
                        // phrase belongs to the clause's subject
                        subj = clauseSubject(si);
                        if (subj != null && (subj.end() > h.first() || boundaryBetween(s, subj.end(), h.first()))) subj = null;
                        if (subj == null) subj = travellerBefore(si, h.first());
                        if (subj != null) rule = "cue-purpose:";
                    }
                    Entity source = subj != null ? actor(subj) : quoteSubject(s, h.first());
                    if (source == null && q != null) source = quoteSpeaker.get(q);
                    List<ActorSpan> objects = objectsAfter(si, h.end(), 12);
                    // "met in Brussels on Monday with X": a capital after "in"/"at" is where, not whom
                    // ("its partners in Washington" are people there)
                    if (!objects.isEmpty() && objects.get(0).how() == ActorSpan.How.CAPITAL && objects.get(0).first() > h.end()
                            && Set.of("in", "at").contains(low(s, objects.get(0).first() - 1))
                            && !k.isDemonymActorNoun(low(s, objects.get(0).first() - 2))) objects = List.of();
                    if (objects.isEmpty()) objects = afterRepeatedPreposition(si, h);
                    if (Set.of("accuse", "criticize").contains(h.cue().value()) && (objects.isEmpty() || objects.get(0).first() > h.end() + 3)) {
                        // "condemned the launch": the doer of the act named right after the cue
                        ActorSpan doer = doerOfAct(si, h.end());
                        if (doer != null) objects = List.of(doer);
                    }
                    if (q != null && !objects.isEmpty()) objects = withNamed(si, q, objects);
                    List<ActorSpan> subjects = subj == null && q == null ? subjectList(si, verb) : List.of();
                    if (!subjects.isEmpty() && !objects.isEmpty()) {
                        // "A and B imposed sanctions on C": each of them acts on C; they are no pair of their own
                        for (ActorSpan g : subjects) {
                            Entity member = actor(g);
                            for (ActorSpan o : objects) {
                                Entity target = actor(o);
                                if (member == null || target == null || subjects.stream().anyMatch(x -> target.equals(actor(x)))) continue;
                                String rel = h.cue().value();
                                if (rel.equals("visit") && direction.equals("forward") && target.type() == Entity.Type.PERSON) continue;
                                Evidence ev = evidence(s, "cue-subject-list:" + String.join(" ", h.cue().words()), 0.65);
                                if (!direction.equals("reverse")) add(member, rel, plover, target, si, ev);
                                if (!direction.equals("forward")) add(target, rel, plover, member, si, ev);
                            }
                        }
                        coveredUntil = h.end();
                        continue;
                    }
                    if (subj == null && q != null && !objects.isEmpty() && !direction.equals("mutual")) {
                        // a quotation opening on a plural: "The three officials condemned the launch," it said
                        List<Entity> group = pluralSubject(si, verb, false, true);
                        for (Entity member : group) {
                            for (ActorSpan o : objects) {
                                Entity target = actor(o);
                                if (target != null && !group.contains(target)) add(member, h.cue().value(), plover, target, si,
                                        evidence(s, "cue-quoted-plural:" + String.join(" ", h.cue().words()), 0.55));
                            }
                        }
                        if (!group.isEmpty()) {
                            coveredUntil = h.end();
                            continue;
                        }
                    }
                    if (source == null && q == null && !objects.isEmpty() && !direction.equals("mutual")) {
                        // "The three countries have requested...", "Both reaffirmed their support for...": each of them acts
                        List<Entity> group = pluralSubject(si, verb, true);
                        for (Entity member : group) {
                            for (ActorSpan o : objects) {
                                Entity target = actor(o);
                                if (target != null && !group.contains(target)) add(member, h.cue().value(), plover, target, si,
                                        evidence(s, "cue-plural:" + String.join(" ", h.cue().words()), 0.55));
                                Entity country = forTheirCountry(s, verb, h.first()) ? servedCountry(member) : null;
                                if (target != null && country != null && !country.equals(target)) add(country, h.cue().value(), plover,
                                        target, si, evidence(s, "cue-country-of-speaker:" + String.join(" ", h.cue().words()), 0.5));
                            }
                        }
                        if (!group.isEmpty()) coveredUntil = h.end();
                        continue;
                    }
                    if (objects.isEmpty() && source != null && direction.equals("forward")) {
                        String noun = pluralPartiesAt(s, h.end());
                        if (noun != null) pluralObjects.add(new PluralObject(source, h.cue().value(), plover, si, noun,
                                evidence(s, "cue-plural-object:" + String.join(" ", h.cue().words()), 0.5)));
                    }
                    if (objects.isEmpty() && q == null && carriedTarget(si, h, verb, source, plover)) {
                        coveredUntil = h.end();
                        continue;
                    }
                    possessorActs(si, h, direction, plover, source, objects);
                    if (source == null || objects.isEmpty()) continue;
                    coveredUntil = h.end();
                    Entity speaker = q == null ? null : quoteSpeaker.get(q);
                    // one call or meeting with several parties joins them all: "held a phone call with A and B"
                    if (direction.equals("mutual") && objects.size() > 1 && JOINT_EVENT.matcher(String.join(" ", h.cue().words())).find()) {
                        for (int x = 0; x < objects.size(); x++) {
                            for (int y = x + 1; y < objects.size(); y++) {
                                Entity ox = actor(objects.get(x)), oy = actor(objects.get(y));
                                if (ox != null && oy != null && !ox.equals(oy)) {
                                    add(ox, h.cue().value(), plover, oy, si, evidence(s, "cue-parties:" + String.join(" ", h.cue().words()), 0.6));
                                }
                            }
                        }
                    }
                    for (ActorSpan o : objects) {
                        Entity target = counterpart(si, o, source);
                        if (target == null || target.equals(source)) continue;
                        String rel = h.cue().value();
                        // one visits a country, or an organization named right after the verb, not "X's family" or
                        // "the patient at the Y Hospital"
                        if (rel.equals("visit") && direction.equals("forward") && (target.type() == Entity.Type.PERSON
                                || target.type() == Entity.Type.ORGANIZATION && objects.get(0).first() > h.end() + 1)) continue;
                        Evidence ev = evidence(s, rule + String.join(" ", h.cue().words()),
                                subj == null ? 0.65 : rule.equals("cue:") ? 0.75 : rule.equals("cue-after-verb:") ? 0.7 : 0.6);
                        switch (direction) {
                            case "reverse" -> add(target, rel, plover, source, si, ev);
                            case "mutual" -> {
                                add(source, rel, plover, target, si, ev);
                                add(target, rel, plover, source, si, ev);
                            }
                            default -> add(source, rel, plover, target, si, ev);
                        }
                        // "X reaffirmed his country's support for Y": X's country supports Y too
                        Entity country = forTheirCountry(s, verb, h.first()) ? servedCountry(source) : null;
                        if (country != null && !country.equals(target) && direction.equals("forward")) add(country, rel, plover, target, si,
                                evidence(s, "cue-country-of-speaker:" + String.join(" ", h.cue().words()), 0.5));
                        // a speaker who says "Turkey stands by Azerbaijan" supports Azerbaijan too
                        if (speaker != null && !speaker.equals(source) && !speaker.equals(target)
                                && Set.of("support", "accuse", "criticize", "condole", "congratulate").contains(rel)) {
                            add(speaker, rel, plover, target, si, evidence(s, "statement-cue", 0.6));
                        }
                    }
                }
            }
        }

        /**
         * "Japan decided to extend emergency grant aid of 3 million dollars to Morocco", "Australia would provide
         * 15 million dollars in climate financing to Tuvalu": an aid verb, then within its clause (at most 15 words,
         * no clause boundary, outside quotations) a word saying what is given (lexicon/aid-transfers.tsv), then "to"
         * and an actor right after it (past "the"). The giver is the verb's subject, each actor of a coordinated
         * subject, or the clause's subject for a second verb after "and". "sent troops to", "provided details to"
         * and "pledged money to help X" give nothing.
         */
        void aidTransfers() {
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                int si = s.index();
                for (int v = 1; v < s.size(); v++) {
                    if (!k.isAidVerb(low(s, v)) || quoteAt(s, v) != null) continue;
                    int to = -1;
                    boolean given = false;
                    for (int j = v + 1; j < s.size() && j <= v + 16; j++) {
                        String w = low(s, j);
                        if (Set.of(";", ":", ".", "\"", "“", "”").contains(w) || SUBORDINATORS.contains(w) || k.isAidVerb(w) && !k.isAidGiven(w)) break;
                        if (w.equals("to")) {
                            if (given) to = j;
                            break;
                        }
                        if (k.isAidGiven(w)) given = true;
                    }
                    if (to < 0) continue;
                    List<ActorSpan> objects = objectsAfter(si, to + 1, 3);
                    if (objects.isEmpty() || !(objects.get(0).first() == to + 1
                            || objects.get(0).first() == to + 2 && low(s, to + 1).equals("the"))) continue;
                    // "to the Vietnam Red Cross Society": a country that begins a longer name is not the recipient
                    ActorSpan last = objects.get(objects.size() - 1);
                    if (last.end() < s.size() && Character.isUpperCase(s.token(last.end()).text().charAt(0))) continue;
                    List<Entity> givers = new ArrayList<>();
                    for (ActorSpan g : subjectList(si, v)) givers.add(actor(g));
                    if (givers.isEmpty()) {
                        ActorSpan subj = adjacentSubject(si, v, null, true);
                        if (subj == null && coordinated(s, v)) {
                            subj = clauseSubject(si);
                            if (subj != null && boundaryBetween(s, subj.end(), v)) subj = null;
                        }
                        if (subj != null) givers.add(actor(subj));
                    }
                    Evidence ev = evidence(s, "aid-transfer:" + low(s, v), 0.6);
                    for (Entity g : givers) {
                        for (ActorSpan o : objects) {
                            Entity target = actor(o);
                            if (g != null && target != null && !givers.contains(target)) add(g, "aid", "AID", target, si, ev);
                        }
                    }
                }
            }
        }

        /**
         * "A and B will hold talks in Doha, with Qatar and Turkey acting as mediators": the actors named right
         * before "(acting|serving) as mediator(s)" in the sentence of the parties' talks mediate between each party.
         */
        void mediatorsNamedAs(int si, List<Entity> parties) {
            Sentence s = sentence(si);
            for (int m = 2; m < s.size(); m++) {
                if (!Set.of("mediator", "mediators", "co-mediators", "facilitator", "facilitators").contains(low(s, m))
                        || !low(s, m - 1).equals("as") || quoteAt(s, m) != null) continue;
                int end = m - 1;
                if (Set.of("acting", "serving").contains(low(s, end - 1))) end--;
                List<Entity> mediators = new ArrayList<>();
                while (true) {
                    ActorSpan member = null;
                    for (ActorSpan a : actors(si)) {
                        if (a.end() == end && isActor(a) && (member == null || a.first() < member.first())) member = a;
                    }
                    if (member == null) break;
                    mediators.add(actor(member));
                    String w = low(s, member.first() - 1);
                    if (!w.equals("and") && !w.equals(",")) break;
                    end = member.first() - 1;
                }
                Evidence ev = evidence(s, "mediators-named-as", 0.55);
                for (Entity mediator : mediators) {
                    if (mediator == null || parties.contains(mediator)) continue;
                    for (Entity party : parties) add(mediator, "mediate", "CONSULT", party, si, ev);
                }
            }
        }

        record PluralObject(Entity source, String relation, String plover, int si, String noun, Evidence evidence) {}

        /**
         * "both parties", "the two sides", "the parties", "the two neighbours" right after a cue (not "all
         * parties", which may be many): the noun, or null.
         */
        String pluralPartiesAt(Sentence s, int at) {
            int i = at;
            if (low(s, i).equals("both")) i++;
            if (low(s, i).equals("the")) i++;
            if (low(s, i).equals("two")) i++;
            if (i == at) return null;
            String noun = low(s, i);
            if (!Set.of("parties", "sides", "neighbours", "neighbors", "countries").contains(noun)) return null;
            // "the parties' obligations" is still the parties; "the two countries' leaders" is not
            if (Set.of("'", "’").contains(low(s, i + 1)) && !noun.equals("parties")) return null;
            return noun;
        }

        /**
         * "The agreement between A and B ... The envoy calls on both parties to ...": a plural party object goes to
         * the two actors of the latest pair joined both ways (talks, an agreement, a clash between them) in that
         * sentence or the four before it; "countries" and "neighbours" only to two countries.
         */
        void pluralObjectParties() {
            for (PluralObject po : pluralObjects) {
                Set<List<Entity>> edges = new HashSet<>();
                for (Fact f : facts) if (f instanceof Interacts i) edges.add(List.of(i.source(), i.target()));
                Interacts pair = null;
                int pairAt = -1;
                for (Fact f : facts) {
                    if (!(f instanceof Interacts i) || i.source().equals(po.source()) || i.target().equals(po.source())) continue;
                    int at = sentenceIndexOf(i.evidence());
                    if (at > po.si() || at < po.si() - 4 || at < pairAt) continue;
                    if (!edges.contains(List.of(i.target(), i.source()))) continue;   // joined both ways
                    if (!po.noun().equals("parties") && !po.noun().equals("sides")
                            && (i.source().type() != Entity.Type.COUNTRY || i.target().type() != Entity.Type.COUNTRY)) continue;
                    pair = i;
                    pairAt = at;
                }
                if (pair == null) continue;
                add(po.source(), po.relation(), po.plover(), pair.source(), po.si(), po.evidence());
                add(po.source(), po.relation(), po.plover(), pair.target(), po.si(), po.evidence());
            }
        }

        /**
         * "A congratulated X on his victory. B and C also sent messages of congratulation": a congratulation or
         * condolence that names no one it is addressed to goes to whom most of the earlier ones of its kind were
         * addressed (the latest on a tie), when one was at most two sentences back and at least two givers
         * addressed it; the giver is the cue's subject, or each actor of a coordinated subject.
         * Only when the sentence says it is one more of the same ("also", "too", "likewise", "similar", "as well"),
         * and not when a preposition follows the cue ("messages of condolence to the families"). Returns whether an
         * edge was added.
         */
        boolean carriedTarget(int si, CueMatcher.Hit h, int verb, Entity source, String plover) {
            String rel = h.cue().value();
            if (!rel.equals("congratulate") && !rel.equals("condole")) return false;
            Sentence s = sentence(si);
            if (Set.of("to", "for", "on", "from", "over", "with").contains(low(s, h.end()))) return false;
            // only a message said to be one more of the same: "also sent", "sent similar messages", "as well"
            boolean more = false;
            for (int i = 0; i < s.size(); i++) {
                if (Set.of("also", "too", "likewise", "similarly", "similar").contains(low(s, i))
                        || low(s, i).equals("as") && low(s, i + 1).equals("well")) more = true;
            }
            if (!more) return false;
            // one of its kind at most two sentences back; of all before, the one most givers addressed (the winner
            // congratulated again and again, not "the people of X" once), the latest on a tie
            boolean recent = false;
            Map<Entity, Set<Entity>> giversOf = new LinkedHashMap<>();
            Map<Entity, Integer> lastAt = new HashMap<>();
            for (int f = 0; f < facts.size(); f++) {
                if (!(facts.get(f) instanceof Interacts i) || !i.relation().equals(rel)) continue;
                int at = sentenceIndexOf(i.evidence());
                if (at >= si) continue;
                if (at >= si - 2) recent = true;
                giversOf.computeIfAbsent(i.target(), e -> new HashSet<>()).add(i.source());
                lastAt.put(i.target(), f);
            }
            if (!recent) return false;
            Entity carried = null;
            for (Entity t : giversOf.keySet()) {
                if (carried == null || giversOf.get(t).size() > giversOf.get(carried).size()
                        || giversOf.get(t).size() == giversOf.get(carried).size() && lastAt.get(t) > lastAt.get(carried)) carried = t;
            }
            // a salient addressee only: one that at least two givers already addressed
            if (carried == null || giversOf.get(carried).size() < 2) return false;
            // the verb the message noun is the object of: "also sent messages of", "sent a letter of"
            if (verb == h.first()) {
                int v = h.first() - 1;
                while (v > 0 && CueMatcher.FILLERS.contains(low(s, v))) v--;
                if (v >= 1 && v < h.first() && !low(s, v).equals(",")) verb = v;
            }
            List<Entity> givers = new ArrayList<>();
            for (ActorSpan g : subjectList(si, verb)) givers.add(actor(g));
            if (givers.isEmpty() && source == null && verb < h.first()) {
                ActorSpan subj = adjacentSubject(si, verb, null, true);
                if (subj != null) source = actor(subj);
            }
            if (givers.isEmpty() && source != null) givers.add(source);
            boolean added = false;
            for (Entity g : givers) {
                if (g == null || g.equals(carried)) continue;
                add(g, rel, plover, carried, si, evidence(s, "cue-carried-target:" + String.join(" ", h.cue().words()), 0.5));
                added = true;
            }
            return added;
        }

        /**
         * "the agreement reached in Jeddah between A and B", "clashes between A and the army of B": a noun cue
         * read with the parties named after a following "between" joins those two, both ways; a mediation cue
         * before it in the sentence ("talks brokered by X between A and B", "X mediated an accord between A and
         * B") makes its agent the mediator of both.
         */
        void betweenParties() {
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                int si = s.index();
                List<CueMatcher.Hit> hits = CueMatcher.find(CueMatcher.folded(s), k.interactionCues());
                Set<Integer> done = new HashSet<>();
                for (CueMatcher.Hit h : hits) {
                    String[] extra = h.cue().extra().split("\\|", -1);
                    if (!extra[0].equals("between")) continue;
                    int between = -1;
                    for (int i = h.end(); i < s.size() && i <= h.end() + 6; i++) {
                        String w = low(s, i);
                        if (w.equals("between")) { between = i; break; }
                        if (Set.of(",", ";", ":", ".", "and", "but", "which", "that", "who").contains(w)) break;
                    }
                    if (between < 0 || !done.add(between)) continue;
                    List<Entity> parties = twoParties(si, between);
                    if (parties.isEmpty()) continue;
                    String plover = extra.length > 1 ? extra[1] : "";
                    Evidence ev = evidence(s, "between:" + String.join(" ", h.cue().words()), 0.6);
                    add(parties.get(0), h.cue().value(), plover, parties.get(1), si, ev);
                    add(parties.get(1), h.cue().value(), plover, parties.get(0), si, ev);
                    Entity mediator = mediatorBefore(si, hits, between);
                    if (mediator != null && !parties.contains(mediator)) {
                        Evidence mv = evidence(s, "between-mediator", 0.6);
                        for (Entity party : parties) add(mediator, "mediate", "CONSULT", party, si, mv);
                    }
                    for (Entity after : mediatorsAfter(si, hits, between)) {
                        if (parties.contains(after)) continue;
                        Evidence mv = evidence(s, "between-mediator-after", 0.6);
                        for (Entity party : parties) add(after, "mediate", "CONSULT", party, si, mv);
                    }
                    mediatorsNamedAs(si, parties);
                }
            }
        }

        /**
         * "thanked A and B for their support for", "praised A for standing with": the actors a praise cue names before
         * the "for" that opens on the cue at {@code h} (past a possessive, fillers or a quotation mark), or none.
         */
        List<ActorSpan> thankedFor(int si, CueMatcher.Hit h) {
            Sentence s = sentence(si);
            if (h.cue().value().equals("praise")) return List.of();
            int i = h.first() - 1;
            while (i > 0 && i >= h.first() - 4 && (Set.of("\"", "“", "‘", "'").contains(low(s, i))
                    || CueMatcher.FILLERS.contains(org.newskg.recognize.NameFolding.fold(s.token(i).text()))
                    || Set.of("steadfast", "constant", "generous", "consistent", "valuable", "solid").contains(low(s, i)))) i--;
            if (!low(s, i).equals("for")) return List.of();
            int forAt = i;
            for (CueMatcher.Hit p : CueMatcher.find(CueMatcher.folded(s), k.interactionCues())) {
                if (!p.cue().value().equals("praise") || p.end() > forAt || forAt - p.end() > 15) continue;
                List<ActorSpan> out = new ArrayList<>();
                for (ActorSpan o : objectsAfter(si, p.end(), 4)) if (o.end() <= forAt) out.add(o);
                if (!out.isEmpty() && !boundaryBetween(s, out.get(out.size() - 1).end(), forAt)) return out;
            }
            return List.of();
        }

        /**
         * The two actors after "between" at {@code between}: "between A and B", each of which may be introduced by a
         * few words ("the delegations of A and the national railway of B") and followed by its acronym in
         * brackets or a short description ("the M23 armed group"). Empty unless exactly that shape is there.
         */
        List<Entity> twoParties(int si, int between) {
            Sentence s = sentence(si);
            ActorSpan first = partyAfter(si, between + 1);
            if (first == null) return List.of();
            int i = first.end();
            if (low(s, i).equals("(")) {
                while (i < s.size() && i < first.end() + 6 && !low(s, i).equals(")")) i++;
                i++;
            }
            int and = -1;
            for (int j = i; j < s.size() && j <= i + 3; j++) {
                String w = low(s, j);
                if (w.equals("and")) { and = j; break; }
                if (!Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0)) || covered(si, j)) return List.of();
            }
            if (and < 0) return List.of();
            ActorSpan second = partyAfter(si, and + 1);
            if (second == null) return List.of();
            Entity a = actor(first), b = actor(second);
            if (a == null || b == null || a.equals(b)) return List.of();
            return List.of(a, b);
        }

        /** The first actor at most four words after {@code from}, with no punctuation or other name before it. */
        ActorSpan partyAfter(int si, int from) {
            Sentence s = sentence(si);
            for (ActorSpan a : actors(si)) {
                if (a.first() < from) continue;
                // "between the South Sudanese government and ...": a country adjective before a government noun
                boolean government = a.how() == ActorSpan.How.DEMONYM && (demonymActor(s, a) || GOVERNMENT_NOUNS.contains(low(s, a.end())));
                if (a.first() > from + 4 || !isActor(a) && !government || cityInAName(si, a)) return null;
                for (int j = from; j < a.first(); j++) {
                    String w = low(s, j);
                    if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || w.equals("and")) return null;
                }
                return a;
            }
            return null;
        }

        /**
         * "talks between A and B, mediated by X and Y", "a truce between A and B brokered by X": the agents of a
         * passive mediation cue that follows the two parties (at most a dozen words after "between", no clause
         * boundary between them).
         */
        List<Entity> mediatorsAfter(int si, List<CueMatcher.Hit> hits, int between) {
            Sentence s = sentence(si);
            for (CueMatcher.Hit h : hits) {
                if (h.first() <= between || h.first() > between + 12 || !h.cue().value().equals("mediate")
                        || !h.cue().extra().split("\\|", -1)[0].equals("reverse")) continue;
                if (quoteAt(s, h.first()) != quoteAt(s, between)) continue;
                boolean boundary = false;
                for (int i = between + 1; i < h.first(); i++) {
                    if (CLAUSE_BREAKS.contains(low(s, i))) boundary = true;
                }
                if (boundary) continue;
                List<Entity> out = new ArrayList<>();
                for (ActorSpan a : objectsAfter(si, h.end(), 3)) {
                    Entity e = actor(a);
                    if (e != null && !out.contains(e)) out.add(e);
                }
                return out;
            }
            return List.of();
        }

        /** The agent of a mediation cue before {@code token}: "brokered by X", "X, which hosted", "X mediated". */
        Entity mediatorBefore(int si, List<CueMatcher.Hit> hits, int token) {
            Sentence s = sentence(si);
            for (CueMatcher.Hit h : hits) {
                if (h.first() >= token || !h.cue().value().equals("mediate")) continue;
                String direction = h.cue().extra().split("\\|", -1)[0];
                Quote q = quoteAt(s, h.first());
                ActorSpan agent;
                if (direction.equals("reverse")) agent = firstActorAt(si, h.end());
                else {
                    agent = adjacentSubject(si, h.first(), q);
                    if (agent == null && q == null) agent = relativeSubject(si, h.first());
                }
                if (agent != null && isActor(agent) && actor(agent) != null) return actor(agent);
            }
            return null;
        }

        /**
         * "condemned the launch", "denounced these drills": an act noun right after {@code from} stands for its doer,
         * the country or organization that is the clause subject of the article's first sentence about an event of
         * that type ("X says it tested a new missile"). Returns that doer as a span over the act noun, or null.
         */
        ActorSpan doerOfAct(int si, int from) {
            Sentence s = sentence(si);
            int act = from;
            while (act < s.size() && act < from + 3 && Set.of("the", "this", "that", "these", "those", "latest", "recent",
                    "new", "missile", "military", "joint", "nuclear").contains(low(s, act))) act++;
            String type = k.condemnedAct(low(s, act));
            if (type == null || covered(si, act)) return null;
            for (int j = 0; j <= si; j++) {
                boolean about = CueMatcher.find(CueMatcher.folded(sentence(j)), k.eventTriggers()).stream()
                        .anyMatch(t -> t.cue().value().equals(type));
                if (!about) continue;
                ActorSpan subj = clauseSubject(j);
                // a headline's label before a colon: "LIVE: X launches drills"
                if (subj == null && low(sentence(j), 1).equals(":")) subj = firstActorAt(j, 2);
                Entity doer = subj == null ? null : actor(subj);
                if (doer == null || doer.type() == Entity.Type.PERSON || res.inDateline(subj)) continue;
                return new ActorSpan(si, act, act + 1, doer, subj.how(), null);
            }
            return null;
        }

        /**
         * "X reaffirmed Moscow's support for Y", "expressed Cairo's full support for Y", "pledged Chinese support for
         * Y": a country, capital, body or person whose possessive (or a country adjective) stands right before a noun
         * cue acts on the cue's objects too, besides the clause's subject.
         */
        void possessorActs(int si, CueMatcher.Hit h, String direction, String plover, Entity source, List<ActorSpan> objects) {
            if (!direction.equals("forward") || objects.isEmpty()) return;
            Sentence s = sentence(si);
            int j = h.first() - 1;
            for (int skipped = 0; skipped < 2 && j >= 0 && CueMatcher.FILLERS.contains(low(s, j)) && !NON_POSSESSOR_DETERMINERS.contains(low(s, j)); skipped++) j--;
            boolean possessive = POSSESSIVES.contains(low(s, j));
            int end = possessive ? j : j + 1;
            ActorSpan owner = null;
            for (ActorSpan a : actors(si)) {
                if (a.end() != end || a.how() == ActorSpan.How.PRONOUN || a.how() == ActorSpan.How.PLACE) continue;
                if (possessive ? a.how() == ActorSpan.How.DEMONYM : a.how() != ActorSpan.How.DEMONYM) continue;
                owner = a;
            }
            if (owner == null) return;
            Entity by = actor(owner);
            if (by == null || by.equals(source)) return;
            for (ActorSpan o : objects) {
                Entity target = actor(o);
                if (target == null || target.equals(by)) continue;
                add(by, h.cue().value(), plover, target, si, evidence(s, "cue-possessor:" + String.join(" ", h.cue().words()), 0.6));
            }
        }

        /** The reporting verb right before a cue, past at most five filler or possessive words ("reaffirmed their countries' firm"), or -1. */
        int lightVerbBefore(Sentence s, int cue) {
            for (int i = cue - 1; i >= 0 && i >= cue - 6; i--) {
                String w = low(s, i);
                if (k.speechVerb(w) != null) return i;
                Set<String> possessive = Set.of("'", "’", "'s", "’s");
                // a possessive passes too: "their countries' firm support"
                if (!CueMatcher.FILLERS.contains(org.newskg.recognize.NameFolding.fold(w)) && !possessive.contains(w)
                        && !possessive.contains(low(s, i + 1))) return -1;
            }
            return -1;
        }

        /**
         * The actor a relative clause holding the verb at {@code verb} describes: "X, which ... and reiterated",
         * "X, who urged". Null when a clause boundary or another actor comes between.
         */
        ActorSpan relativeSubject(int si, int verb) {
            Sentence s = sentence(si);
            for (int i = verb - 1; i >= 1 && i >= verb - 20; i--) {
                String w = low(s, i);
                if (Set.of(";", ":", "that", "but", "while").contains(w) || quoteAt(s, i) != null) return null;
                if (!w.equals("which") && !w.equals("who")) continue;
                // the relative pronoun is the clause's subject only when a verb follows it: not "which diplomats said"
                int next = i + 1;
                while (next < verb && BETWEEN_SUBJECT_AND_VERB.contains(low(s, next)) && !low(s, next).equals(",")) next++;
                if (next != verb && k.speechVerb(low(s, next)) == null) return null;
                int end = low(s, i - 1).equals(",") ? i - 1 : i;
                for (ActorSpan a : actors(si)) {
                    if (a.end() > i && a.first() < verb) return null;   // another actor inside the clause may be its subject
                }
                for (ActorSpan a : actors(si)) if (a.end() == end && isActor(a)) return a;
                return null;
            }
            return null;
        }

        /**
         * A joint-action cue ("signed", "held talks", "discussed") read with the actors that do it together: a
         * coordinated subject right before it ("A and B signed"), the agents of a passive ("the accord was signed by
         * A and B"), or a plural naming the people or countries just mentioned ("The two leaders held talks").
         * Every two of them are joined both ways. Returns whether any edge was added.
         */
        boolean joint(int si, CueMatcher.Hit h, String plover) {
            Sentence s = sentence(si);
            List<Entity> parties = new ArrayList<>();
            for (ActorSpan a : subjectList(si, h.first())) parties.add(actor(a));
            String rule = "joint-subjects:";
            if (parties.isEmpty() && h.cue().words().size() == 1 && Set.of("was", "were", "been", "is", "are").contains(low(s, h.first() - 1))
                    && low(s, h.end()).equals("by")) {
                List<ActorSpan> agents = objectsAfter(si, h.end() + 1, 3);
                if (agents.size() >= 2) for (ActorSpan a : agents) parties.add(actor(a));
                rule = "joint-agents:";
            }
            if (parties.isEmpty()) {
                // people only: "both sides" after a call between a minister and a foreign ministry names no states
                List<Entity> group = pluralSubject(si, h.first(), false);
                if (group.size() >= 2 && group.size() <= 3 && group.stream().allMatch(e -> e.type() == Entity.Type.PERSON)) parties.addAll(group);
                rule = "joint-plural:";
            }
            parties.removeIf(java.util.Objects::isNull);
            if (parties.size() < 2) return false;
            mediatorsNamedAs(si, parties);
            Evidence ev = evidence(s, rule + String.join(" ", h.cue().words()), 0.6);
            for (int x = 0; x < parties.size(); x++) {
                for (int y = x + 1; y < parties.size(); y++) {
                    if (parties.get(x).equals(parties.get(y))) continue;
                    add(parties.get(x), h.cue().value(), plover, parties.get(y), si, ev);
                    add(parties.get(y), h.cue().value(), plover, parties.get(x), si, ev);
                }
            }
            return true;
        }

        /**
         * "X held talks in Bishkek on Wednesday with Y", "X met at the palace on Monday with Y": a joint cue whose
         * "with" comes after where and when it happened. Only places, dates, "in"/"at"/"on", "the" and commas may stand
         * between the cue and "with"; the subject is the cue's own.
         */
        boolean withAfterCircumstance(int si, CueMatcher.Hit h, String plover) {
            Sentence s = sentence(si);
            RecognizedSentence rs = sentences.get(si);
            int with = -1;
            boolean topical = TOPIC_CUES.contains(String.join(" ", h.cue().words()));
            for (int i = h.end(); i < s.size() && i <= h.end() + 10; i++) {
                String w = low(s, i);
                if (w.equals("with")) {
                    // "discussed the war with Russia": a topic that takes "with" itself names no party
                    if (topical && i > h.end() && TOPIC_WITH_NOUNS.contains(low(s, i - 1))) return false;
                    with = i;
                    break;
                }
                Mention m = rs.at(i);
                final int at = i;
                if (topical && m == null && !w.isEmpty() && Character.isLetter(w.charAt(0)) && !TOPIC_STOPS.contains(w)
                        && actors(si).stream().noneMatch(a -> a.first() <= at && at < a.end())) continue;
                boolean place = false;
                for (ActorSpan a : actors(si)) {
                    if (a.first() <= i && i < a.end() && (a.how() == ActorSpan.How.PLACE || a.how() == ActorSpan.How.CAPITAL)) place = true;
                }
                if (!place && !(m != null && m.kind() == Mention.Kind.DATE) && !CIRCUMSTANCE_WORDS.contains(w)) return false;
            }
            if (with <= h.end()) return false;
            ActorSpan subj = adjacentSubject(si, h.first(), null, true);
            if (subj == null) return false;
            Entity source = actor(subj);
            if (source == null) return false;
            boolean any = false;
            for (ActorSpan o : objectsAfter(si, with + 1, 12)) {
                Entity target = counterpart(si, o, source);
                if (target == null || target.equals(source)) continue;
                Evidence ev = evidence(s, "cue-with-after:" + String.join(" ", h.cue().words()), 0.6);
                add(source, h.cue().value(), plover, target, si, ev);
                add(target, h.cue().value(), plover, source, si, ev);
                any = true;
            }
            return any;
        }

        /**
         * "A and B signed", "The European Union and the United Kingdom on Monday imposed sanctions on", "the
         * Foreign Ministers of A and B discussed": the actors of a subject that joins two or more of them with "and"
         * (and commas) right before the verb at {@code verb}, past auxiliaries, adverbs and dates. Each member may
         * keep its title before it ("Spanish Prime Minister X") and an acronym in brackets after it. Outside
         * quotations only; empty when fewer than two distinct actors are joined or the first follows a preposition
         * (but "the delegations of A and B" and "the Foreign Ministers of A and B" are the parties themselves).
         */
        List<ActorSpan> subjectList(int si, int verb) {
            Sentence s = sentence(si);
            if (verb <= 0 || quoteAt(s, verb) != null) return List.of();
            RecognizedSentence rs = sentences.get(si);
            int end = verb;
            while (end > 0) {
                String w = low(s, end - 1);
                Mention m = rs.at(end - 1);
                if (m != null && m.kind() == Mention.Kind.DATE || BETWEEN_SUBJECT_AND_VERB.contains(w) && !w.equals(",")
                        || INTENT_BEFORE_INFINITIVE.contains(w)) end--;
                else break;
            }
            List<ActorSpan> out = new ArrayList<>();
            boolean sawAnd = false;
            // "Pakistani and Afghan delegations will hold talks": adjectives sharing one party noun are the countries
            boolean sharedNoun = false;
            if (end >= 2 && k.isDemonymActorNoun(low(s, end - 1))) {
                for (ActorSpan a : actors(si)) {
                    if (a.end() == end - 1 && a.how() == ActorSpan.How.DEMONYM) sharedNoun = true;
                }
                if (sharedNoun) end--;
            }
            int start = end;
            while (true) {
                int close = end;
                if (low(s, end - 1).equals(")")) {
                    // "... Alliance (SSOMA)": the acronym in brackets closes its name
                    int open = end - 2;
                    while (open > 0 && open > end - 7 && !low(s, open).equals("(")) open--;
                    if (low(s, open).equals("(")) close = open;
                }
                ActorSpan member = null;
                for (ActorSpan a : actors(si)) {
                    if ((a.end() == close || a.end() == end) && (isActor(a) || demonymActor(s, a) || sharedNoun && a.how() == ActorSpan.How.DEMONYM)
                            && quoteAt(s, a.first()) == null
                            && (member == null || a.first() < member.first())) member = a;
                }
                if (member == null) break;
                if (member.how() == ActorSpan.How.COUNTRY && low(s, member.first() - 1).equals("of")) {
                    // "President X of Peru and President Y of Bolivia": the country qualifies the person before it
                    for (ActorSpan a : actors(si)) {
                        if (a.end() == member.first() - 1 && a.entity().type() == Entity.Type.PERSON && isActor(a)) member = a;
                    }
                }
                out.add(0, member);
                start = member.first();
                TitlePhrase t = member.title();
                if (t != null && t.first() < start && t.end() <= start + 1) start = t.first();
                if (low(s, start - 1).equals("the")) start--;
                // "A and his Azerbaijani counterpart B": the possessive opens the second member's title
                else if (POSSESSIVE_PRONOUNS.contains(low(s, start - 1)) && low(s, start - 2).equals("and")) start--;
                start = pastOwnerNoun(s, start);
                String w = low(s, start - 1);
                if (w.equals("and")) {
                    if (!out.isEmpty() && out.size() == 1) sawAnd = true;
                    end = low(s, start - 2).equals(",") ? start - 2 : start - 1;
                    continue;
                }
                if (w.equals(",") && sawAnd) {
                    end = start - 1;
                    continue;
                }
                break;
            }
            if (!sawAnd || out.size() < 2) return List.of();
            String before = low(s, start - 1);
            if (before.equals("of") ? !low(s, start - 2).endsWith("s") : afterPreposition(s, start) || before.equals("between")) return List.of();
            Set<Entity> distinct = new HashSet<>();
            for (ActorSpan a : out) {
                Entity e = actor(a);
                if (e == null || !distinct.add(e)) return List.of();
            }
            return out;
        }

        /** Back over "the government of", "the delegation of" before an actor: where the phrase naming it starts. */
        int pastOwnerNoun(Sentence s, int start) {
            while (low(s, start - 1).equals("of") && k.isDemonymActorNoun(low(s, start - 2)) && !low(s, start - 2).endsWith("s")) {
                start -= 2;
                if (low(s, start - 1).equals("the")) start--;
            }
            return start;
        }

        /** Whether the verb at {@code token} follows "and" (with at most one adverb): a second verb of the clause. */
        boolean coordinated(Sentence s, int token) {
            return low(s, token - 1).equals("and")
                    || low(s, token - 2).equals("and") && BETWEEN_SUBJECT_AND_VERB.contains(low(s, token - 1)) && !low(s, token - 1).equals(",");
        }

        /**
         * A passive cue turns the edge around: "Y was summoned by X", "Y was summoned to the Ministry" (the place one
         * is summoned to is who summons). Returns whether the cue was read as passive.
         */
        boolean passive(int si, CueMatcher.Hit h, String direction, Quote q) {
            Sentence s = sentence(si);
            if (direction.equals("reverse") || h.cue().words().size() != 1) return false;
            int aux = h.first() - 1;
            if (aux >= 0 && Set.of("also", "reportedly", "later", "then", "formally", "again").contains(low(s, aux))) aux--;
            if (!Set.of("was", "were", "been", "being", "is", "are").contains(low(s, aux))) return false;
            Entity agent = null;
            for (int i = h.end(); i < Math.min(s.size(), h.end() + 8); i++) {
                String w = low(s, i);
                if (w.equals("by") || w.equals("to") && h.cue().value().equals("summon")) {
                    ActorSpan a = firstActorAt(si, i + 1);
                    if (a != null && isActor(a)) agent = actor(a);
                    break;
                }
                if (w.equals(",") || w.equals(".") || w.equals(";")) break;
            }
            ActorSpan patient = subjectBefore(si, aux, q);
            if (patient == null && coordinated(s, aux)) patient = clauseSubject(si);
            if (agent == null || patient == null || actor(patient) == null) return agent != null || patient != null;
            Entity target = actor(patient);
            String[] extra = h.cue().extra().split("\\|", -1);
            String plover = extra.length > 1 ? extra[1] : "";
            Evidence ev = evidence(s, "cue-passive:" + String.join(" ", h.cue().words()), 0.65);
            add(agent, h.cue().value(), plover, target, si, ev);
            if (direction.equals("mutual")) add(target, h.cue().value(), plover, agent, si, ev);
            return true;
        }

        /** A statement of support, accusation, appeal, condolence or congratulation is addressed to the actors it names. */
        void statementTargets() {
            Map<String, String[]> relationOf = Map.of("condemn/accuse", new String[] {"accuse", "ACCUSE"},
                    "support", new String[] {"support", "SUPPORT"}, "call/appeal", new String[] {"request", "REQUEST"},
                    "congratulation", new String[] {"congratulate", "SUPPORT"});
            // a fallback: pairs that a specific rule already connects keep only that rule's edges
            Set<String> connected = new HashSet<>();
            // who a cue phrase of a sentence relates: a reported "Y had congratulated Z" is Y's act, not the speaker's
            Map<Integer, Set<Entity>> cueParties = new java.util.HashMap<>();
            Map<Integer, List<Interacts>> cueEdges = new java.util.HashMap<>();
            Map<Integer, Set<Entity>> speakersOf = new java.util.HashMap<>();
            for (Fact f : facts) {
                if (f instanceof Interacts i) connected.add(i.source().key() + "|" + i.target().key());
                if (f instanceof Said sd) speakersOf.computeIfAbsent(sentenceIndexOf(sd.evidence()), x -> new HashSet<>()).add(sd.speaker());
                if (f instanceof Interacts i && i.evidence().rule().startsWith("cue")) {
                    Set<Entity> parties = cueParties.computeIfAbsent(sentenceIndexOf(i.evidence()), x -> new HashSet<>());
                    parties.add(i.source());
                    parties.add(i.target());
                    cueEdges.computeIfAbsent(sentenceIndexOf(i.evidence()), x -> new ArrayList<>()).add(i);
                }
            }
            for (Fact f : List.copyOf(facts)) {
                if (!(f instanceof Said said) || said.evidence().rule().equals("quote-continuation")) continue;
                String[] rel = relationOf.get(said.kind());
                if (rel == null) continue;
                Set<Entity> reported = cueParties.getOrDefault(sentenceIndexOf(said.evidence()), Set.of());
                for (Entity target : statementTargetsOf(said)) {
                    if (connected.contains(said.speaker().key() + "|" + target.key())) continue;
                    boolean othersAct = cueEdges.getOrDefault(sentenceIndexOf(said.evidence()), List.of()).stream()
                            .anyMatch(e -> (e.source().equals(target) || e.target().equals(target))
                                    && !e.source().equals(said.speaker()) && !e.target().equals(said.speaker()));
                    if (othersAct) continue;
                    // nor is the one who reports it the reported agent's addressee
                    if (reported.contains(said.speaker()) && !reported.contains(target)
                            && speakersOf.getOrDefault(sentenceIndexOf(said.evidence()), Set.of()).contains(target)) continue;
                    if (target.type() == Entity.Type.ORGANIZATION && k.organization(target.key()) != null
                            && Set.of("media", "platform").contains(k.organization(target.key()).type())) continue;
                    if (target.equals(res.outlet()) || target.key().equals(said.speaker().country())
                            || said.speaker().key().equals(target.country()) && target.type() != Entity.Type.PERSON) continue;
                    if (sameSide(said.speaker(), target)) continue;
                    add(said.speaker(), rel[0], rel[1], target, sentenceIndexOf(said.evidence()),
                            new Evidence(said.evidence().begin(), said.evidence().end(), said.evidence().text(), "statement-kind", 0.5));
                }
            }
        }

        /**
         * The actors a statement is addressed to: those it names, except where they only locate something
         * ("the border with Armenia", "in Kyiv", "between the two countries"), where they describe the speaker
         * ("the Union's council said", "China, Pyongyang's main ally, said") or where they are the source the
         * statement is reported from ("according to the embassy").
         */
        List<Entity> statementTargetsOf(Said said) {
            int si = sentenceIndexOf(said.evidence());
            Sentence s = sentence(si);
            Set<Entity> out = new LinkedHashSet<>();
            List<ActorSpan> speakerSpans = actors(si).stream().filter(a -> said.speaker().equals(actor(a))).toList();
            for (ActorSpan a : actors(si)) {
                // "Israeli aggression" in an accusation accuses Israel
                boolean accusedAct = said.kind().equals("condemn/accuse") && a.end() < s.size() && k.isAccusationCue(s.token(a.end()).text());
                Entity e = a.how() == ActorSpan.How.DEMONYM ? (demonymActor(s, a) || accusedAct ? a.entity() : null) : actor(a);
                if (e == null || e.equals(said.speaker()) || e.type() == Entity.Type.PLACE || cityInAName(si, a)) continue;
                String prev = low(s, a.first() - 1);
                if (prev.equals("the")) prev = low(s, a.first() - 2);
                if (LOCATING.contains(prev)) continue;
                // "we urge X to avoid pressure against Y": but for an accusation, whom it is against is accused
                if (prev.equals("against") && !said.kind().equals("condemn/accuse")) continue;
                if (prev.equals("to") && low(s, a.first() - (low(s, a.first() - 1).equals("the") ? 3 : 2)).equals("according")) continue;
                if (speakerSpans.stream().anyMatch(sp -> describesSpeaker(s, a, sp))) continue;
                out.add(e);
            }
            if (out.isEmpty() && said.kind().equals("condemn/accuse")) {
                // "This launch is an outrageous act," X said: a condemned act stands for its doer
                for (int i = 0; i < s.size(); i++) {
                    if (k.condemnedAct(low(s, i)) == null) continue;
                    ActorSpan doer = doerOfAct(si, i);
                    Entity e = doer == null ? null : doer.entity();
                    if (e != null && !e.equals(said.speaker()) && !sameSide(said.speaker(), e)) {
                        out.add(e);
                        break;
                    }
                }
            }
            return new ArrayList<>(out);
        }

        /**
         * Whether actor span {@code a} only describes the speaker at {@code sp}: its possessor right before it
         * ("the African Union's council") or a name inside the appositive right after it ("China, X's ally, said").
         */
        boolean describesSpeaker(Sentence s, ActorSpan a, ActorSpan sp) {
            if (a.end() <= sp.first() && sp.first() - a.end() <= 2 && Set.of("'s", "’s", "'", "’").contains(low(s, a.end()))) return true;
            if (!low(s, sp.end()).equals(",") || a.first() <= sp.end()) return false;
            for (int i = sp.end() + 1; i < a.first(); i++) {
                if (Set.of(",", ";", ":", ".").contains(low(s, i)) || k.speechVerb(low(s, i)) != null) return false;
            }
            for (int i = a.end(); i < s.size() && i <= a.end() + 8; i++) {
                if (low(s, i).equals(",")) return true;
                if (k.speechVerb(low(s, i)) != null) return false;
            }
            return false;
        }

        /**
         * Whether two actors stand on the same side: a person and the organization or country they hold a post in
         * or serve, or an organization or country and someone or something of its own country ("the German embassy"
         * and the German ambassador). Two people of one country may well address each other, so they are not.
         */
        boolean sameSide(Entity a, Entity b) {
            if (a.type() == Entity.Type.PERSON && b.type() == Entity.Type.PERSON) return false;
            if (a.type() == Entity.Type.PERSON && affiliations(a).contains(b.key())) return true;
            if (b.type() == Entity.Type.PERSON && affiliations(b).contains(a.key())) return true;
            Set<String> ca = countriesOf(a);
            for (String c : countriesOf(b)) if (ca.contains(c)) return true;
            return false;
        }

        /** Keys of what a person holds posts in, and of the countries they serve. */
        Set<String> affiliations(Entity person) {
            Set<String> out = new HashSet<>();
            for (Fact f : facts) {
                if (f instanceof Holds h && h.person().equals(person) && h.of() != null) out.add(h.of().key());
                if (f instanceof Serves sv && sv.person().equals(person)) out.add(sv.country().key());
            }
            return out;
        }

        /** ISO codes an actor belongs to: its own for a country, its country for an organization, served ones for a person. */
        Set<String> countriesOf(Entity e) {
            Set<String> out = new HashSet<>();
            if (e.type() == Entity.Type.COUNTRY) out.add(e.key());
            else if (!e.country().isEmpty()) out.add(e.country());
            if (e.type() == Entity.Type.PERSON) {
                for (Fact f : facts) if (f instanceof Serves sv && sv.person().equals(e)) out.add(sv.country().key());
            }
            return out;
        }

        void add(Entity source, String relation, String plover, Entity target, int si, Evidence ev) {
            if (source.equals(target) || source.type() == Entity.Type.PLACE || target.type() == Entity.Type.PLACE) return;
            used.add(source);
            used.add(target);
            facts.add(new Interacts(source, relation, plover, target, dateOf(si), ev));
        }

        /** Inside a quotation, an actor that is the subject of an accusing word is accused by the speaker. */
        void accusations() {
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                int si = s.index();
                for (int i = 0; i < s.size(); i++) {
                    Quote q = quoteAt(s, i);
                    if (q == null || !k.isAccusationCue(s.token(i).text())) continue;
                    Entity speaker = quoteSpeaker.get(q);
                    if (speaker == null) continue;
                    ActorSpan subj = subjectBefore(si, i, q);
                    if (subj == null || subj.how() == ActorSpan.How.PRONOUN || i - subj.end() > 8) continue;
                    if (subj.first() > 0 && quoteAt(s, subj.first() - 1) == q && low(s, subj.first() - 1).equals("the")) continue;
                    Entity accused = actor(subj);
                    if (accused == null || accused.equals(speaker) || accused.key().equals(speaker.country())) continue;
                    add(speaker, "accuse", "ACCUSE", accused, si, evidence(s, "accusation-in-statement", 0.6));
                }
            }
        }

        // ---- events ------------------------------------------------------------------------------------

        void events() {
            List<Took> found = new ArrayList<>();
            for (RecognizedSentence rs : sentences) {
                Sentence s = rs.sentence();
                int si = s.index();
                List<String> words = CueMatcher.folded(s);
                Set<String> typesHere = new HashSet<>();
                List<CueMatcher.Hit> hits = new ArrayList<>();
                List<CueMatcher.Hit> all = CueMatcher.find(words, k.eventTriggers());
                for (CueMatcher.Hit h : all) {
                    if (insideLongerTrigger(h, all) || disasterStrikes(h, all, words)) continue;
                    if (typesHere.add(h.cue().value())) hits.add(h);
                }
                for (int i = 1; i < s.size(); i++) {
                    // "the test, conducted from X": a condemned act's noun after a determiner takes up an event of its
                    // type the article has already reported
                    String type = k.condemnedAct(low(s, i));
                    if (type == null || typesHere.contains(type) || !Set.of("the", "this", "that", "its").contains(low(s, i - 1))
                            || quoteAt(s, i) != null) continue;   // inside a quotation it is talk about the event
                    String t = type;
                    Took earlier = found.stream().filter(f -> f.type().equals(t)).findFirst().orElse(null);
                    if (earlier == null) continue;
                    typesHere.add(type);
                    hits.add(new CueMatcher.Hit(new Knowledge.Cue(List.of(words.get(i)), type, earlier.plover()), i, i + 1));
                }
                Map<CueMatcher.Hit, List<Entity>> placesOf = places(si, hits);
                for (CueMatcher.Hit h : hits) {
                    String type = h.cue().value();
                    List<Entity> participants = participants(si, h, type);
                    int[] casualties = Casualties.count(s.text());
                    String label = layer.text().substring(s.token(h.first()).begin(), s.token(h.end() - 1).end());
                    found.add(new Took(type, h.cue().extra(), label, participants, placesOf.getOrDefault(h, List.of()), dateOf(si),
                            casualties[0], casualties[1], evidence(s, "trigger:" + String.join(" ", h.cue().words()), 0.7)));
                }
            }
            List<Took> merged = new ArrayList<>();
            List<Integer> sentenceOf = new ArrayList<>();
            for (Took t : found) {
                int si = sentenceIndexOf(t.evidence());
                int target = -1;
                for (int j = 0; j < merged.size(); j++) {
                    Took m = merged.get(j);
                    if (!m.type().equals(t.type()) || si - sentenceOf.get(j) > 3) continue;
                    if (!m.date().isEmpty() && !t.date().isEmpty() && !m.date().equals(t.date())) continue;
                    if (!m.participants().isEmpty() && !t.participants().isEmpty()
                            && m.participants().stream().noneMatch(t.participants()::contains)) continue;
                    target = j;
                }
                if (target < 0) {
                    merged.add(t);
                    sentenceOf.add(si);
                } else {
                    Took m = merged.get(target);
                    merged.set(target, new Took(m.type(), m.plover(), m.label(), union(m.participants(), t.participants()),
                            union(m.places(), t.places()), m.date().isEmpty() ? t.date() : m.date(),
                            Math.max(m.killed(), t.killed()), Math.max(m.wounded(), t.wounded()), m.evidence()));
                    sentenceOf.set(target, si);
                }
            }
            Entity filedFrom = datelineCapital();
            for (int j = 0; j < merged.size(); j++) {
                Took t = merged.get(j);
                // a government's own release reports its summons, held at its ministry in the capital it is filed from
                if (filedFrom != null && t.type().equals("summon") && t.places().isEmpty()) {
                    merged.set(j, new Took(t.type(), t.plover(), t.label(), t.participants(), List.of(filedFrom), t.date(),
                            t.killed(), t.wounded(), t.evidence()));
                }
            }
            for (Took t : merged) {
                facts.add(t);
                used.addAll(t.participants());
                used.addAll(t.places());
                if (Set.of("armed-clash", "attack").contains(t.type())) {
                    List<Entity> sides = t.participants().stream().filter(e -> e.type() == Entity.Type.COUNTRY).toList();
                    for (Entity a : sides) for (Entity b : sides) {
                        if (!a.equals(b)) add(a, "assault", "ASSAULT", b, sentenceIndexOf(t.evidence()), new Evidence(
                                t.evidence().begin(), t.evidence().end(), t.evidence().text(), "clash-sides", 0.6));
                    }
                }
            }
        }

        /**
         * A trigger inside a longer trigger of another type means what the longer one says: "cessation of
         * hostilities" is a ceasefire, not a clash.
         */
        boolean insideLongerTrigger(CueMatcher.Hit h, List<CueMatcher.Hit> all) {
            for (CueMatcher.Hit g : all) {
                if (g != h && g.first() <= h.first() && h.end() <= g.end() && g.end() - g.first() > h.end() - h.first()
                        && !g.cue().value().equals(h.cue().value())) return true;
            }
            return false;
        }

        /** "the floods that struck the valley", "a storm hit": a strike word whose subject is a disaster is no attack. */
        boolean disasterStrikes(CueMatcher.Hit h, List<CueMatcher.Hit> all, List<String> words) {
            if (!h.cue().value().equals("attack")) return false;
            for (CueMatcher.Hit g : all) {
                if (!g.cue().value().equals("disaster") || g.end() > h.first() || h.first() - g.end() > 2) continue;
                boolean joined = true;
                for (int i = g.end(); i < h.first(); i++) {
                    if (!Set.of("that", "which", "has", "have", "had", "also", "first").contains(words.get(i))) joined = false;
                }
                if (joined) return true;
            }
            return false;
        }

        /** The capital a home-country article (a local outlet, a press release) is filed from, as a place, or null. */
        Entity datelineCapital() {
            if (res.dateline() == null || res.dateline().country() == null || homeCountry() == null
                    || !homeCountry().key().equals(res.dateline().country().key())) return null;
            for (ActorSpan a : res.actors(res.dateline().sentence())) {
                if (res.inDateline(a) && a.how() == ActorSpan.How.PLACE && a.entity().type() == Entity.Type.PLACE) {
                    Country c = k.capitalOf(a.entity().key());
                    if (c != null && c.iso2().equals(res.dateline().country().key())) return a.entity();
                }
            }
            return null;
        }

        int sentenceIndexOf(Evidence e) {
            for (RecognizedSentence rs : sentences) if (rs.sentence().begin() == e.begin()) return rs.sentence().index();
            return 0;
        }

        List<Entity> union(List<Entity> a, List<Entity> b) {
            Set<Entity> out = new LinkedHashSet<>(a);
            out.addAll(b);
            return new ArrayList<>(out);
        }

        List<Entity> participants(int si, CueMatcher.Hit h, String type) {
            Set<Entity> out = new LinkedHashSet<>();
            boolean violent = Set.of("armed-clash", "attack", "casualties", "ceasefire", "missile-test", "drill").contains(type);
            if (!violent) {
                ActorSpan subj = subjectBefore(si, h.first(), quoteAt(sentence(si), h.first()));
                if (subj != null && actor(subj) != null) out.add(actor(subj));
                if (type.equals("visit")) return new ArrayList<>(out);
            }
            for (ActorSpan a : res.actors(si)) {
                if (a.how() == ActorSpan.How.PLACE) continue;
                // "the talks in Vienna": a capital that locates the event is its place, not its host's government
                if (a.how() == ActorSpan.How.CAPITAL && !isSubject(si, a) && locatedAt(si, a.first(), 0)) continue;
                Entity e = a.how() == ActorSpan.How.DEMONYM ? a.entity() : actor(a);
                // "said on Telegram", "the ministry told TASS": the channel and the outlet take no part
                if (e == null || isPlatform(e) || e.equals(res.outlet())) continue;
                if (violent && e.type() == Entity.Type.ORGANIZATION && !e.country().isEmpty()) {
                    Entity c = countryOf(e);
                    if (c != null) e = c;
                }
                if (violent && e.type() == Entity.Type.PERSON) continue;
                out.add(e);
            }
            return new ArrayList<>(out);
        }

        /** Each place of a sentence goes to the nearest event trigger in it (a visit takes only places after it). */
        Map<CueMatcher.Hit, List<Entity>> places(int si, List<CueMatcher.Hit> hits) {
            Map<CueMatcher.Hit, List<Entity>> out = new LinkedHashMap<>();
            if (hits.isEmpty()) return out;
            Sentence s = sentence(si);
            for (ActorSpan a : res.actors(si)) {
                // a capital stands for its government unless a preposition locates something there ("talks between
                // Moscow and Kyiv", "Washington would release", but "met in Belgrade")
                boolean place = a.how() == ActorSpan.How.PLACE
                        || a.how() == ActorSpan.How.CAPITAL && !isSubject(si, a) && locatedAt(si, a.first(), 0);
                if (!place || referencePoint(s, a.first())) continue;
                CueMatcher.Hit best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (CueMatcher.Hit h : hits) {
                    if (h.cue().value().equals("visit") && a.first() < h.first()) continue;
                    // a press conference is where its "in"/"at" right after it says, not any place its report names
                    if (h.cue().value().equals("press-conference") && !(a.first() > h.end() && a.first() <= h.end() + 3
                            && Set.of("in", "at").contains(low(s, h.end())))) continue;
                    int d = a.first() >= h.end() ? a.first() - h.end() : h.first() - a.end();
                    if ((quoteAt(s, a.first()) == null) != (quoteAt(s, h.first()) == null)) d += 50;
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = h;
                    }
                }
                if (best == null) continue;
                List<Entity> list = out.computeIfAbsent(best, x -> new ArrayList<>());
                if (!list.contains(a.entity())) list.add(a.entity());
            }
            return out;
        }

        /**
         * A preposition puts something at the place starting at {@code first}: "in Beijing", "the Sunan area of
         * Pyongyang", or a list after one ("to Port Sudan and N'Djamena").
         */
        boolean locatedAt(int si, int first, int depth) {
            Sentence s = sentence(si);
            String w = low(s, first - 1);
            if (w.equals("the")) w = low(s, first - 2);
            if (LOCATED_AT.contains(w)) return true;
            if (w.equals("of") && k.isPlaceNoun(low(s, first - 2))) return true;
            if ((w.equals("and") || w.equals(",")) && depth < 4) {
                for (ActorSpan b : res.actors(si)) {
                    if (b.end() == first - 1 && (b.how() == ActorSpan.How.PLACE || b.how() == ActorSpan.How.CAPITAL)) {
                        return locatedAt(si, b.first(), depth + 1);
                    }
                }
            }
            return false;
        }

        /** "about 100 km north of Port-au-Prince": a place that only measures where the event was. */
        boolean referencePoint(Sentence s, int first) {
            return low(s, first - 1).equals("of") && DIRECTIONS.contains(low(s, first - 2));
        }

        boolean isSubject(int si, ActorSpan a) {
            Sentence s = sentence(si);
            int next = a.end();
            return next < s.size() && (k.speechVerb(low(s, next)) != null || low(s, next).matches("[’']s"));
        }

        List<Fact> dedupe(List<Fact> in) {
            Set<String> seen = new HashSet<>();
            List<Fact> out = new ArrayList<>();
            for (Fact f : in) {
                String key;
                if (f instanceof Interacts i) key = "i|" + i.source().key() + "|" + i.relation() + "|" + i.target().key() + "|" + i.evidence().begin();
                else if (f instanceof Serves sv) key = "s|" + sv.person().key() + "|" + sv.country().key();
                else key = null;
                if (key == null || seen.add(key)) out.add(f);
            }
            return out;
        }
    }
}
