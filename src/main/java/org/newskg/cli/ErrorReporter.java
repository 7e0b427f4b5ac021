package org.newskg.cli;

import org.newskg.query.QueryException;
import org.newskg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Reports a failed command in one line on stderr ({@code newskg: where: what}); the stack trace only with {@code -v}.
 * Caller mistakes ({@link IllegalArgumentException}) exit 2, everything else 1.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("newskg: " + describe(ex));
        if (verbose(parsed)) ex.printStackTrace(err);
        else if (!(ex instanceof StoreException || ex instanceof QueryException || ex instanceof IllegalArgumentException)) {
            err.println("(run with -v for details)");
        }
        err.flush();
        return ex instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    }

    static String describe(Throwable ex) {
        if (ex instanceof StoreException s) return s.describe();
        if (ex instanceof QueryException q) return q.describe();
        if (ex instanceof IllegalArgumentException) return ex.getMessage();
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("-v")) return true;
        }
        return false;
    }
}
