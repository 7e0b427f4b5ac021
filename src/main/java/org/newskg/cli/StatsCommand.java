package org.newskg.cli;

import org.newskg.rdf.NKG;
import org.newskg.store.ArticleStats;
import org.newskg.store.KgStore;
import org.newskg.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Counts in the store: totals, instances per class, and per article.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Override
    public Integer call() {
        StoreCounts c;
        List<ArticleStats> articles;
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            c = kg.counts();
            articles = kg.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Store %s%n", store.directory());
        out.printf("  articles    %d%n  people      %d%n  countries   %d%n  statements  %d%n  events      %d%n  triples     %d%n",
                c.articles(), c.people(), c.countries(), c.statements(), c.events(), c.triples());
        Map<String, Long> perClass = new TreeMap<>();
        for (ArticleStats a : articles) a.perClass().forEach((k, v) -> perClass.merge(k, v, Long::sum));
        out.println("Instances per class (summed over articles):");
        perClass.forEach((k, v) -> out.printf("  %-28s %d%n", shorten(k), v));
        out.println("Per article:");
        for (ArticleStats a : articles) {
            out.printf("  %s  %d triples  %s%n", a.graph().substring(NKG.ARTICLE.length()), a.triples(), a.sourceName());
            new TreeMap<>(a.perClass()).forEach((k, v) -> out.printf("      %-24s %d%n", shorten(k), v));
        }
        out.flush();
        return 0;
    }

    private static String shorten(String iri) {
        return iri.startsWith(NKG.NS) ? "nkg:" + iri.substring(NKG.NS.length()) : iri;
    }
}
