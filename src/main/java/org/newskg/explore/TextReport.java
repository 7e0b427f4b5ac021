package org.newskg.explore;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Plain-text listings of ranks, profiles and paths, as the command line prints them. */
public final class TextReport {
    private final PrintWriter out;
    private final Map<String, Actor> actors;

    public TextReport(PrintWriter out, Map<String, Actor> actors) {
        this.out = out;
        this.actors = actors;
    }

    public void ranks(List<ActorRank> ranks) {
        out.printf("%-4s %-32s %-12s %11s %9s %10s %6s%n", "#", "actor", "type", "connections", "partners", "statements", "events");
        int i = 1;
        for (ActorRank r : ranks) {
            out.printf("%-4d %-32s %-12s %11d %9d %10d %6d%n", i++, r.actor().label(), r.actor().type().label(),
                    r.connections(), r.partners(), r.statements(), r.events());
        }
        out.flush();
    }

    public void profile(ActorProfile p) {
        Actor a = p.actor();
        out.printf("%s (%s)  %s%n", a.label(), a.type().label(), a.iri());
        if (!a.otherNames().isEmpty()) out.printf("  also: %s%n", String.join(", ", a.otherNames()));
        if (!p.posts().isEmpty()) {
            out.println("Posts");
            for (ActorProfile.PostHeld h : p.posts()) {
                out.printf("  %s%s%n", h.title().isEmpty() ? h.post() : h.title(), h.in().isEmpty() ? "" : ", " + h.in());
                evidence(h.evidence());
            }
        }
        if (!p.countries().isEmpty()) out.printf("Countries%n  %s%n", String.join(", ", p.countries()));
        if (!p.statements().isEmpty()) {
            out.printf("Statements (%d)%n", p.statements().size());
            for (ActorProfile.StatementMade s : p.statements()) {
                out.printf("  [%s]%s %s%n", s.kind(), s.about().isEmpty() ? "" : " about " + String.join("; ", s.about()), quoted(s.text()));
                evidence(s.evidence());
            }
        }
        if (!p.interactions().isEmpty()) {
            out.println("Interactions");
            for (Map.Entry<String, List<Link>> e : p.interactions().entrySet()) {
                out.printf("  %s%n", e.getKey());
                for (Link l : e.getValue()) {
                    out.printf("    %s%n", edge(l));
                    out.print("  ");
                    evidence(l.evidence());
                }
            }
        }
        if (!p.neighbourEdges().isEmpty()) {
            out.println("Neighbours' interactions");
            for (Link l : p.neighbourEdges()) {
                out.printf("  %s%n", edge(l));
                evidence(l.evidence());
            }
        }
        out.flush();
    }

    public void paths(Actor from, Actor to, List<RelationPath> paths) {
        if (paths.isEmpty()) {
            out.printf("No path from %s to %s within %d hops.%n", from.label(), to.label(), Explorer.MAX_HOPS);
            out.flush();
            return;
        }
        out.printf("%d shortest path(s) from %s to %s, %d hop(s) each%n", paths.size(), from.label(), to.label(), paths.get(0).hops().size());
        int i = 1;
        for (RelationPath p : paths) {
            out.printf("Path %d%n", i++);
            for (RelationPath.Hop h : p.hops()) {
                Link l = h.link();
                String rel = describe(l);
                out.printf("  %s %s %s%n", h.from().label(), h.forward() ? "--" + rel + "-->" : "<--" + rel + "--", h.to().label());
                evidence(l.evidence());
            }
        }
        out.flush();
    }

    private static String describe(Link l) {
        return switch (l.kind()) {
            case INTERACTION -> l.relation();
            case EVENT -> "same event: " + l.relation();
            case POST -> "post: " + l.relation();
            case COUNTRY -> "country";
            case STATEMENT -> "statement about (" + l.relation() + ")";
        };
    }

    private String edge(Link l) {
        return label(l.source()) + " --" + l.relation() + "--> " + label(l.target());
    }

    private String label(String iri) {
        Actor a = actors.get(iri);
        return a == null ? iri : a.label();
    }

    private void evidence(Evidence e) {
        if (e.sentence().isEmpty()) out.printf("    evidence: (none; stated in %s)%n", e.articleName());
        else out.printf("    evidence: %s  [%s, %s]%n", quoted(e.sentence()), e.articleName(), e.articleId());
    }

    /** The text on one line (it keeps its own quotation marks). */
    private static String quoted(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
