package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The queries bundled under {@code newskg/queries/} on the classpath, and {@code .rq} files named by path. */
public final class NamedQueries {
    /** Classpath directory of the bundled queries. */
    public static final String DIR = "newskg/queries/";

    private NamedQueries() {}

    /** Bundled query names, sorted. */
    public static List<String> names() {
        URL url = NamedQueries.class.getClassLoader().getResource(DIR);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath(DIR));
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new QueryException("classpath:" + DIR, "cannot list the bundled queries: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 3)));
        }
        names.sort(null);
        return List.copyOf(names);
    }

    /** All bundled queries, sorted by name. */
    public static List<NamedQuery> all() {
        List<NamedQuery> out = new ArrayList<>();
        for (String n : names()) out.add(find(n).orElseThrow());
        return out;
    }

    /**
     * The query called {@code nameOrFile}: a path ending in {@code .rq} is read from disk, anything else is looked
     * up among the bundled queries. Empty when there is no such bundled query.
     */
    public static Optional<NamedQuery> find(String nameOrFile) {
        if (nameOrFile.endsWith(".rq")) {
            Path p = Path.of(nameOrFile);
            try {
                return Optional.of(NamedQuery.of(nameOrFile, Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new QueryException(nameOrFile, "cannot read the query file: " + e.getMessage(), e);
            }
        }
        if (!nameOrFile.matches("[A-Za-z0-9_-]+")) return Optional.empty();
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(DIR + nameOrFile + ".rq")) {
            if (in == null) return Optional.empty();
            return Optional.of(NamedQuery.of(nameOrFile, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new QueryException(nameOrFile, "cannot read the bundled query: " + e.getMessage(), e);
        }
    }
}
