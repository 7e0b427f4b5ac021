package org.newskg.cli;

import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
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

    /** Runs {@code writer} on the output file, or on a buffer then printed to {@code stdout}. */
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
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            writer.accept(buf);
            stdout.print(buf.toString(StandardCharsets.UTF_8));
            stdout.flush();
        }
    }
}
