package org.newskg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.newskg.identity.IdentityStage;
import org.newskg.query.ArticleSelector;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Remove an article's graph (by id, source file name or URL) and recompute identity across articles.")
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "Article id, source file name or URL.")
    String article;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            Node g = kg.read(dsg -> ArticleSelector.resolve(article, () -> QueryExec.dataset(dsg)));
            String id = g.getURI().substring(NKG.ARTICLE.length());
            kg.remove(id);
            IdentityStage.Summary s = IdentityStage.standard().recompute(kg);
            IdentityCommands.print(spec.commandLine().getOut(), "Removed article " + id, s);
        }
        return 0;
    }
}
