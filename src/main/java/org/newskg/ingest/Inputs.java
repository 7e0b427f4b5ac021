package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Expands the paths a user names into the input files to read: files as given, directories recursively
 * (following links, reporting loops), keeping only names whose format we read, skipping hidden entries.
 * The result is sorted, so a build reads the same files in the same order every time.
 */
public final class Inputs {
    private static final String DANGLING = "symbolic link to nothing (dangling, or a loop of links), skipped";
    private Inputs() {}

    public static List<Path> expand(List<Path> named, Consumer<IngestException> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : named) {
            if (!Files.exists(p)) {
                problems.accept(new IngestException(p.toString(), Files.isSymbolicLink(p)
                        ? DANGLING : "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                walk(p, files, problems);
            } else {
                files.add(p);
            }
        }
        files.sort(null);
        return List.copyOf(files);
    }

    private static void walk(Path root, List<Path> files, Consumer<IngestException> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && hidden(dir)) return FileVisitResult.SKIP_SUBTREE;
                    if (!Files.isReadable(dir)) {
                        problems.accept(new IngestException(dir.toString(), "directory not readable (permission denied)"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file) || ArticleReader.formatOf(file) == null) return FileVisitResult.CONTINUE;
                    if (attrs.isRegularFile()) found.add(file);
                    // the walk hands over the link itself when it cannot follow it
                    else if (attrs.isSymbolicLink()) problems.accept(new IngestException(file.toString(), DANGLING));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "symbolic link loop, skipped"
                            : "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage();
                    problems.accept(new IngestException(file.toString(), why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new IngestException(root.toString(), -1, -1, "cannot list: " + e.getMessage(), e));
        }
        files.addAll(found);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
