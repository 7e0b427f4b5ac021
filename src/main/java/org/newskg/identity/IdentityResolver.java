package org.newskg.identity;

import org.newskg.identity.ActorEvidence.Kind;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.NameFolding;
import org.newskg.recognize.Organization;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which entity IRIs are one actor. Every step walks its candidates in IRI order and only ever joins whole
 * groups, so the result depends on the set of entities alone.
 * <ol>
 * <li>User merges ({@code owl:sameAs} in the corrections) first, whatever the evidence.</li>
 * <li>People: two names of two or more words that match as spelling variants (folded, titles dropped, Jaro-Winkler on
 * surname and given name) join unless their groups' countries conflict (both known, none shared).</li>
 * <li>People named by one word (a surname, or a title and a surname) join the one group with a matching full name
 * when they share a country or a post with it; with two such candidates, or none sharing evidence, they stay
 * alone. Two one-word IRIs with the same folded name join when they share a country or post.</li>
 * <li>Organizations: a rule-made key whose name is a gazetteer name or alias joins the gazetteer organization; an
 * acronym joins the one organization whose initials it is; two organizations with the same folded name join
 * only when they have the same countries. Countries conflict as for people.</li>
 * <li>Countries are one IRI per ISO code already.</li>
 * </ol>
 * Nothing ever joins two groups that a user kept apart ({@code owl:differentFrom}).
 */
public final class IdentityResolver {
    private static final Set<String> MINOR = Set.of("of", "and", "the", "for", "on", "in", "de", "des", "du", "la", "&");

    private final Knowledge knowledge;
    private final Names names;

    public IdentityResolver(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.names = new Names(knowledge);
    }

    public List<Actor> resolve(Collection<ActorEvidence> entities, Corrections corrections) {
        return new Run(entities, corrections).run();
    }

    private final class Run {
        final Map<String, ActorEvidence> byIri = new TreeMap<>();
        final Map<String, String> parent = new HashMap<>();
        final Map<String, SortedSet<String>> groupMembers = new HashMap<>();
        final List<Actor.Decision> decisions = new ArrayList<>();
        final Corrections corrections;

        Run(Collection<ActorEvidence> entities, Corrections corrections) {
            for (ActorEvidence e : entities) byIri.put(e.iri(), e);
            for (String iri : byIri.keySet()) {
                parent.put(iri, iri);
                groupMembers.put(iri, new TreeSet<>(Set.of(iri)));
            }
            this.corrections = corrections;
        }

        String find(String x) {
            String p = parent.get(x);
            if (p.equals(x)) return x;
            String r = find(p);
            parent.put(x, r);
            return r;
        }

        /** Joins the groups of a and b; the smaller root IRI stays root so the structure is order-free. */
        void join(String a, String b, String rule, String evidence) {
            String ra = find(a), rb = find(b);
            if (ra.equals(rb)) return;
            String root = ra.compareTo(rb) < 0 ? ra : rb, other = root.equals(ra) ? rb : ra;
            parent.put(other, root);
            groupMembers.get(root).addAll(groupMembers.remove(other));
            decisions.add(a.compareTo(b) < 0 ? new Actor.Decision(rule, a, b, evidence) : new Actor.Decision(rule, b, a, evidence));
        }

        SortedSet<String> group(String x) { return groupMembers.get(find(x)); }

        SortedSet<String> countries(String x) {
            SortedSet<String> c = new TreeSet<>();
            for (String m : group(x)) c.addAll(byIri.get(m).countries());
            return c;
        }

        SortedSet<String> posts(String x) {
            SortedSet<String> p = new TreeSet<>();
            for (String m : group(x)) p.addAll(byIri.get(m).posts().keySet());
            return p;
        }

        /** Whether the groups of x and y may be joined: not kept apart by a user, and no conflicting countries. */
        boolean mayJoin(String x, String y) {
            if (find(x).equals(find(y))) return false;
            for (String a : group(x)) for (String b : group(y)) if (corrections.apart(a, b)) return false;
            SortedSet<String> cx = countries(x), cy = countries(y);
            return cx.isEmpty() || cy.isEmpty() || shared(cx, cy) != null;
        }

        /** The shared evidence of the groups of x and y ("country AM", "post ..."), or null when they share none. */
        String agreement(String x, String y) {
            String c = shared(countries(x), countries(y));
            if (c != null) return "same country " + shortIri(c);
            String p = shared(posts(x), posts(y));
            return p != null ? "same post " + shortIri(p) : null;
        }

        List<Actor> run() {
            for (Corrections.Pair p : corrections.same()) {
                if (byIri.containsKey(p.a()) && byIri.containsKey(p.b())) join(p.a(), p.b(), "user-merge", "merged by a user");
            }
            people();
            organizations();
            return actors();
        }

        void people() {
            List<ActorEvidence> full = new ArrayList<>(), single = new ArrayList<>();
            Map<String, List<String>> tokens = new HashMap<>();
            for (ActorEvidence e : byIri.values()) {
                if (e.kind() != Kind.PERSON) continue;
                List<String> t = names.tokens(e.fullestName());
                tokens.put(e.iri(), t);
                (t.size() >= 2 ? full : single).add(e);
            }
            for (int i = 0; i < full.size(); i++) {
                for (int j = i + 1; j < full.size(); j++) {
                    String a = full.get(i).iri(), b = full.get(j).iri();
                    if (!names.fullNamesMatch(tokens.get(a), tokens.get(b)) || !mayJoin(a, b)) continue;
                    String agree = agreement(a, b);
                    join(a, b, "full-name-variant", "names '" + full.get(i).fullestName() + "' ~ '" + full.get(j).fullestName() + "'"
                            + (agree != null ? "; " + agree : "; no conflicting country"));
                }
            }
            for (ActorEvidence s : single) {
                // a user already merged it with someone: that says who it is
                if (group(s.iri()).size() > 1) continue;
                String word = tokens.get(s.iri()).get(0);
                // candidate groups: those holding a full name this word can be the surname of, not in conflict
                Map<String, String> candidates = new TreeMap<>();
                for (ActorEvidence f : full) {
                    if (names.surnameOf(word, tokens.get(f.iri())) && mayJoin(s.iri(), f.iri())) candidates.putIfAbsent(find(f.iri()), f.iri());
                }
                if (candidates.size() != 1) continue;
                String f = candidates.values().iterator().next();
                String agree = agreement(s.iri(), f);
                if (agree == null) continue;
                join(s.iri(), f, "surname-agrees", "'" + s.fullestName() + "' is the surname of '" + byIri.get(f).fullestName() + "'; " + agree);
            }
            for (int i = 0; i < single.size(); i++) {
                for (int j = i + 1; j < single.size(); j++) {
                    String a = single.get(i).iri(), b = single.get(j).iri();
                    if (!tokens.get(a).equals(tokens.get(b)) || !mayJoin(a, b)) continue;
                    String agree = agreement(a, b);
                    if (agree != null) join(a, b, "same-name-agrees", "name '" + single.get(i).fullestName() + "'; " + agree);
                }
            }
        }

        void organizations() {
            List<ActorEvidence> orgs = byIri.values().stream().filter(e -> e.kind() == Kind.ORGANIZATION).toList();
            for (ActorEvidence o : orgs) {
                if (knowledge.organization(key(o.iri())) != null) continue;
                for (String n : o.names()) {
                    Organization g = knowledge.organizationNamed(n);
                    if (g == null) continue;
                    String gi = NKG.ID + "org/" + g.key();
                    if (byIri.containsKey(gi) && mayJoin(o.iri(), gi)) {
                        join(o.iri(), gi, "gazetteer-alias", "'" + n + "' is a gazetteer name of " + g.name());
                    }
                    break;
                }
            }
            for (ActorEvidence o : orgs) {
                String label = o.fullestName();
                boolean acronym = o.names().stream().allMatch(n -> n.matches("[A-Z]{2,8}"));
                if (!acronym || o.names().isEmpty()) continue;
                List<ActorEvidence> expansions = new ArrayList<>();
                for (ActorEvidence f : orgs) {
                    if (f != o && f.names().stream().anyMatch(n -> initials(n).equals(label)) && !find(f.iri()).equals(find(o.iri()))) expansions.add(f);
                }
                if (expansions.size() == 1 && mayJoin(o.iri(), expansions.get(0).iri())) {
                    join(o.iri(), expansions.get(0).iri(), "acronym", "'" + label + "' are the initials of '" + expansions.get(0).fullestName() + "'");
                }
            }
            for (int i = 0; i < orgs.size(); i++) {
                for (int j = i + 1; j < orgs.size(); j++) {
                    ActorEvidence a = orgs.get(i), b = orgs.get(j);
                    if (!a.countries().equals(b.countries()) || !mayJoin(a.iri(), b.iri())) continue;
                    String fa = NameFolding.fold(a.fullestName()), fb = NameFolding.fold(b.fullestName());
                    if (!fa.equals(fb)) continue;
                    join(a.iri(), b.iri(), "same-name-same-country", "name '" + a.fullestName() + "'"
                            + (a.countries().isEmpty() ? ", no country on either" : ", countries " + shortIris(a.countries())));
                }
            }
        }

        List<Actor> actors() {
            List<Actor> out = new ArrayList<>();
            for (Map.Entry<String, SortedSet<String>> g : new TreeMap<>(groupMembers).entrySet()) {
                List<ActorEvidence> ev = g.getValue().stream().map(byIri::get).toList();
                ActorEvidence canon = ev.stream().min(canonicalOrder()).orElseThrow();
                SortedSet<String> all = new TreeSet<>(), articles = new TreeSet<>();
                for (ActorEvidence e : ev) {
                    all.addAll(e.names());
                    articles.addAll(e.articles());
                }
                List<Actor.Decision> ds = decisions.stream().filter(d -> g.getValue().contains(d.a())).sorted(
                        Comparator.comparing(Actor.Decision::a).thenComparing(Actor.Decision::b)).toList();
                out.add(new Actor(canon.iri(), canon.kind(), List.copyOf(g.getValue()), Names.fullest(all), List.copyOf(all),
                        articles.size(), ds, ev));
            }
            out.sort(Comparator.comparing(Actor::iri));
            return out;
        }

        /** The canonical IRI: a gazetteer organization first, then the most name words, the longest name, the first IRI. */
        Comparator<ActorEvidence> canonicalOrder() {
            return Comparator.<ActorEvidence, Integer>comparing(e -> e.kind() == Kind.ORGANIZATION && knowledge.organization(key(e.iri())) != null ? 0 : 1)
                    .thenComparing(e -> -names.tokens(e.fullestName()).size())
                    .thenComparing(e -> -e.fullestName().length())
                    .thenComparing(ActorEvidence::iri);
        }
    }

    private static String key(String iri) {
        String prefix = NKG.ID + "org/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : "";
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (w.isEmpty() || MINOR.contains(w.toLowerCase())) continue;
            b.append(Character.toUpperCase(w.charAt(0)));
        }
        return b.toString();
    }

    private static String shared(SortedSet<String> a, SortedSet<String> b) {
        for (String x : a) if (b.contains(x)) return x;
        return null;
    }

    static String shortIri(String iri) {
        return iri.startsWith(NKG.ID) ? iri.substring(NKG.ID.length()) : iri;
    }

    private static String shortIris(Collection<String> iris) {
        return String.join(", ", iris.stream().map(IdentityResolver::shortIri).toList());
    }
}
