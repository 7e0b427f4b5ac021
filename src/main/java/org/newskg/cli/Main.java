package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newskg}: articles to a knowledge graph, stored, queried and served. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns political news articles into an RDF knowledge graph (TDB2), queries and serves it.",
        subcommands = {BuildCommand.class, ExtractCommand.class, LoadCommand.class, QueryCommand.class,
                ServeCommand.class, ValidateCommand.class, StatsCommand.class,
                ActorsCommand.class, ExploreCommand.class, PathCommand.class, GraphCommand.class,
                EntitiesCommand.class, MergeCommand.class, SplitCommand.class, RemoveCommand.class, CompactCommand.class,
                BenchCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityOptions verbosity;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@link #main} runs it: one-line errors, stack traces only with {@code -v}. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorReporter())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
