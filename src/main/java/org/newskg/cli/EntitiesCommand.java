package org.newskg.cli;

import org.newskg.identity.Actor;
import org.newskg.identity.ActorEvidence;
import org.newskg.identity.IdentityStage;
import org.newskg.recognize.NameFolding;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "entities", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the actors across articles: canonical IRI, names, article count, the IRIs joined and why, and posts with the dates seen.")
final class EntitiesCommand implements Callable<Integer> {
    enum Type { person, organization, country }

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: ${COMPLETION-CANDIDATES}.")
    Type type;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only actors with a name containing TEXT (accents and case ignored).")
    String name;

    @Override
    public Integer call() {
        List<Actor> actors;
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            actors = IdentityStage.standard().actors(kg);
        }
        String wanted = name == null ? null : NameFolding.fold(name);
        PrintWriter out = spec.commandLine().getOut();
        int shown = 0;
        for (Actor a : actors) {
            if (type != null && !a.kind().name().toLowerCase(Locale.ROOT).equals(type.name())) continue;
            if (wanted != null && a.names().stream().noneMatch(n -> NameFolding.fold(n).contains(wanted))) continue;
            shown++;
            out.printf("%s  %s  %s  (%d article%s)%n", a.kind().name().toLowerCase(Locale.ROOT), EntityIris.shorten(a.iri()),
                    a.label(), a.articles(), a.articles() == 1 ? "" : "s");
            if (a.names().size() > 1) out.printf("    names: %s%n", String.join("; ", a.names()));
            for (String m : a.members()) if (!m.equals(a.iri())) out.printf("    same as: %s%n", EntityIris.shorten(m));
            for (Actor.Decision d : a.decisions()) {
                out.printf("    joined: %s + %s by %s: %s%n", EntityIris.shorten(d.a()), EntityIris.shorten(d.b()), d.rule(), d.evidence());
            }
            Map<String, SortedSet<String>> posts = new TreeMap<>();
            Map<String, String> labels = new TreeMap<>();
            for (ActorEvidence e : a.evidence()) {
                e.posts().forEach((p, dates) -> posts.computeIfAbsent(p, k -> new TreeSet<>()).addAll(dates));
                labels.putAll(e.postLabels());
            }
            posts.forEach((p, dates) -> out.printf("    post: %s (%s) seen %s%n", labels.getOrDefault(p, ""), EntityIris.shorten(p),
                    dates.isEmpty() ? "undated" : String.join(", ", dates)));
        }
        out.flush();
        if (!verbosity.quiet()) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("newskg: %d of %d actor(s)%n", shown, actors.size());
            err.flush();
        }
        return 0;
    }
}
