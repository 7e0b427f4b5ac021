package org.newskg.cli;

import org.newskg.explore.ActorGraph;
import org.newskg.explore.Explorer;
import org.newskg.explore.GraphExport;
import org.newskg.explore.GraphFormat;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export the actor graph for Gephi (graphml), Graphviz (dot) or Cytoscape (json); sorted output.")
final class GraphCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    OutputOptions output;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--format", paramLabel = "FORMAT", description = "graphml, dot or json (default: ${DEFAULT-VALUE}).")
    String format = "graphml";

    @Override
    public Integer call() {
        GraphFormat fmt = GraphFormat.parse(format);
        ActorGraph graph;
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            graph = new Explorer(kg).graph();
        }
        output.write(spec.commandLine().getOut(), o -> GraphExport.write(graph, fmt, new OutputStreamWriter(o, StandardCharsets.UTF_8)));
        if (output.output != null && !verbosity.quiet()) {
            spec.commandLine().getErr().printf("newskg: wrote %d actor(s), %d edge(s) to %s%n", graph.actors().size(), graph.edges().size(), output.output);
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
