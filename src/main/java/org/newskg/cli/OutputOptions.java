package org.newskg.cli;

import org.apache.commons.io.output.WriterOutputStream;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** {@code -o FILE}: where results go; stdout when absent. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    /**
     * Runs {@code writer} on the output file, or on {@code stdout} as it writes: results are not held in memory,
     * so a whole-store query of millions of rows prints in constant space.
     */
    void write(PrintWriter stdout, Consumer<OutputStream> writer) {
        if (output != null) {
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                try (OutputStream out = Files.newOutputStream(output)) {
                    writer.accept(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(output + ": cannot write: " + e.getMessage(), e);
            }
        } else {
            try {
                // not closed, which would close stdout; a character whose bytes two writes cut apart is decoded whole
                OutputStream out = WriterOutputStream.builder().setWriter(stdout).setCharset(StandardCharsets.UTF_8)
                        .setWriteImmediately(false).get();
                writer.accept(out);
                out.flush();
                stdout.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("stdout: cannot write: " + e.getMessage(), e);
            }
        }
    }
}
