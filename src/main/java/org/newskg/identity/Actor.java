package org.newskg.identity;

import java.util.List;

/**
 * One actor across articles: its canonical IRI (one of the per-article IRIs), all its IRIs (sorted, canonical
 * included), its fullest name and every name seen, in how many articles it appears, the merge decisions that joined
 * its IRIs, and the evidence of each IRI.
 */
public record Actor(String iri, ActorEvidence.Kind kind, List<String> members, String label, List<String> names,
                    int articles, List<Decision> decisions, List<ActorEvidence> evidence) {
    public Actor {
        members = List.copyOf(members);
        names = List.copyOf(names);
        decisions = List.copyOf(decisions);
        evidence = List.copyOf(evidence);
        if (!members.contains(iri)) throw new IllegalArgumentException("canonical IRI not among the members: " + iri);
    }

    /** Why two IRIs were taken to be one actor: the rule, the two IRIs (in string order) and the shared evidence. */
    public record Decision(String rule, String a, String b, String evidence) {}
}
