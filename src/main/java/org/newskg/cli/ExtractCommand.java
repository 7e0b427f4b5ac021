package org.newskg.cli;

import org.apache.jena.sparql.core.Quad;
import org.newskg.pipeline.ArticleGraph;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.RdfOutput;
import org.newskg.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extract articles to RDF (one named graph per article), without a store. Output is sorted, so runs diff clean.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ArticleInputOptions input;
    @Mixin
    OutputOptions output;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--format", paramLabel = "FORMAT", description = "trig, nq, ttl (graphs merged) or jsonld (default: ${DEFAULT-VALUE}).")
    String format = "trig";

    @Override
    public Integer call() {
        RdfOutput.Syntax syntax;
        try {
            syntax = RdfOutput.Syntax.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; use trig, nq, ttl or jsonld");
        }
        PrintWriter err = spec.commandLine().getErr();
        int[] problems = {0};
        List<ArticleGraph> graphs = new StoreBuilder(Pipeline.standard(), input.settings(), input.published, 1)
                .extract(input.inputs, line -> {
                    problems[0]++;
                    err.println(line);
                    err.flush();
                });
        List<Quad> quads = new ArrayList<>();
        for (ArticleGraph g : graphs) quads.addAll(g.quads());
        output.write(spec.commandLine().getOut(), out -> RdfOutput.write(quads, syntax, out));
        if (!verbosity.quiet() && output.output != null) {
            err.printf("newskg: wrote %d article graph(s), %d quads to %s%n", graphs.size(), quads.size(), output.output);
            err.flush();
        }
        return problems[0] > 0 ? 1 : 0;
    }
}
