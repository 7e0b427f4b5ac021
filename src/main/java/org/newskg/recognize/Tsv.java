package org.newskg.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's tab-separated knowledge files: {@code #} comment lines (the first says where the facts
 * come from), a header row, then records. A malformed record is a broken build, reported with file and line.
 */
final class Tsv {
    private Tsv() {}

    /** One record: cells by column name; empty cells are "". */
    record Row(String file, int line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            if (v == null) throw new IllegalStateException(file + ":" + line + ": no column '" + column + "'");
            return v;
        }

        List<String> list(String column) {
            String v = get(column);
            if (v.isBlank()) return List.of();
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    static List<Row> read(String resource) {
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing knowledge file " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length > header.length) {
                    throw new IllegalStateException(resource + ":" + n + ": " + cells.length + " cells, header has " + header.length);
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.length; i++) m.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
                rows.add(new Row(resource, n, m));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A one-column list file: non-comment, non-blank lines. */
    static List<String> lines(String resource) {
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing knowledge file " + resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
