package org.newskg.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** {@code -v} (INFO logs and stack traces) and {@code -q} (errors only); warnings otherwise. */
final class VerbosityOptions {
    private boolean verbose;
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Log progress (INFO) to stderr; show stack traces on errors.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        apply();
    }

    @Option(names = {"-q", "--quiet"}, description = "Log only errors; no progress lines.")
    void setQuiet(boolean quiet) {
        this.quiet = quiet;
        apply();
    }

    boolean verbose() { return verbose; }

    boolean quiet() { return quiet && !verbose; }

    private void apply() {
        Configurator.setRootLevel(verbose ? Level.INFO : quiet ? Level.ERROR : Level.WARN);
        Configurator.setLevel("org.eclipse.jetty", verbose ? Level.INFO : Level.WARN);
    }
}
