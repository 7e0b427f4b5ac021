package org.newskg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.newskg.recognize.Country;
import org.newskg.recognize.Knowledge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * A deterministic synthetic news corpus: varied ~3 KB articles composed from sentence templates and the bundled
 * gazetteers (countries, demonyms, capitals, titles, organizations, places, speech verbs). People's names are made
 * from syllable tables, never taken from a list of real people. Article {@code i} depends only on the seed and
 * {@code i}, and actor {@code j} only on the seed and {@code j}, so the same N and seed give the same bytes
 * (Java's gzip header carries no time stamp) and the generator holds nothing but one article in memory.
 */
public final class CorpusGenerator {
    /** How the corpus is written. */
    public enum Format {
        JSONL_GZ("jsonl.gz"), JSONL("jsonl"), TXT("txt");

        final String suffix;

        Format(String suffix) { this.suffix = suffix; }

        public static Format of(String name) {
            for (Format f : values()) if (f.suffix.equals(name)) return f;
            throw new IllegalArgumentException("unknown corpus format '" + name + "'; use jsonl.gz, jsonl or txt");
        }
    }

    public static final long DEFAULT_SEED = 20241125L;

    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
            "br", "dr", "kh", "sh", "tr", "ch", "y", "h", "j", "gr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "k", "t", "v", "nd", "sh"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] OUTLETS = {"Continental Wire", "The Northern Courier", "Harbour Times",
            "Meridian Press Agency", "Eastern Herald", "Global Desk"};
    private static final String[] TOPICS = {"border security", "energy supplies", "trade tariffs", "the refugee crisis",
            "the peace process", "water sharing", "grain exports", "a prisoner exchange", "regional stability",
            "nuclear safety", "cyber attacks", "fishing rights", "a disputed election", "debt relief"};
    private static final String[] QUOTES = {
            "We will not accept any attempt to change the borders by force",
            "Dialogue remains the only way to a lasting settlement",
            "Our country stands ready to support every step towards peace",
            "These provocations threaten the security of the whole region",
            "We call on all sides to show restraint and return to the negotiating table",
            "The agreement opens a new chapter in relations between our two nations",
            "Those responsible for this attack will be held to account",
            "We expect concrete steps, not more promises",
            "Humanitarian access must be guaranteed without delay",
            "The sanctions are unjustified and will only deepen the crisis"};
    private static final String[] EVENTS = {
            "%s and %s signed an agreement on %s in %s on %s.",
            "At least %d people were killed in clashes near %s, officials said.",
            "%s held talks with %s in %s on %s, focusing on %s.",
            "%s condemned the missile test carried out by %s on %s.",
            "Protesters gathered outside the embassy of %s in %s, demanding action on %s.",
            "%s announced new sanctions against %s over %s.",
            "%s summoned the ambassador of %s after the incident in %s.",
            "The two sides agreed to a ceasefire along the line near %s, %s said.",
            "%s pledged humanitarian aid to %s after floods hit %s.",
            "Troops from %s and %s began joint military drills near %s on %s."};

    private final long seed;
    private final List<Country> countries = new ArrayList<>();
    private final List<String[]> titles = new ArrayList<>();
    private final List<String> organizations = new ArrayList<>();
    private final List<String[]> places = new ArrayList<>();
    private final List<String> speechVerbs = new ArrayList<>();
    private final int actors;

    /** A generator for a corpus of {@code articles} articles (which sets the size of the actor pool). */
    public CorpusGenerator(long seed, int articles) {
        if (articles <= 0) throw new IllegalArgumentException("number of articles must be positive: " + articles);
        this.seed = seed;
        this.actors = Math.max(200, articles / 2);
        for (Country c : Knowledge.standard().countries()) {
            if ("un-member".equals(c.kind()) && !c.demonyms().isEmpty() && !c.capitals().isEmpty()) countries.add(c);
        }
        for (String[] r : rows("/newskg/gazetteer/titles.tsv")) {
            String category = r[2];
            if ((category.equals("minister") || category.equals("head-of-state") || category.equals("head-of-government")
                    || category.equals("diplomat")) && r[3].equals("country")) titles.add(r);
        }
        for (String[] r : rows("/newskg/gazetteer/organizations.tsv")) {
            String type = r[3];
            if (type.equals("intergovernmental") || type.equals("un-body") || type.equals("alliance") || type.equals("ngo")) {
                organizations.add(r[1]);
            }
        }
        for (String[] r : rows("/newskg/gazetteer/places.tsv")) {
            if ((r[1].equals("city") || r[1].equals("region") || r[1].equals("province")) && !r[2].isEmpty()) places.add(r);
        }
        for (String[] r : rows("/newskg/gazetteer/speech-verbs.tsv")) {
            String form = r[0];
            if (form.endsWith("ed") && !form.contains(" ") && r[3].equals("claim/inform")) speechVerbs.add(form);
        }
        if (speechVerbs.isEmpty()) speechVerbs.add("said");
        if (countries.size() < 2 || titles.isEmpty() || organizations.isEmpty() || places.isEmpty()) {
            throw new IllegalStateException("the bundled gazetteers are too small to generate a corpus");
        }
    }

    /** Writes {@code n} articles into {@code dir}: one {@code synthetic-N.jsonl[.gz]} file, or N {@code .txt} files. */
    public Path write(int n, Path dir, Format format) throws IOException {
        Files.createDirectories(dir);
        if (format == Format.TXT) {
            Path sub = dir.resolve("synthetic-" + n);
            Files.createDirectories(sub);
            for (int i = 0; i < n; i++) {
                Generated g = article(i);
                Path shard = sub.resolve(String.format(Locale.ROOT, "%03d", i / 1000));
                Files.createDirectories(shard);
                Files.writeString(shard.resolve(g.id() + ".txt"), g.title() + "\n\n" + g.text(), StandardCharsets.UTF_8);
            }
            return sub;
        }
        Path file = dir.resolve("synthetic-" + n + "." + format.suffix);
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = format == Format.JSONL_GZ ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < n; i++) {
                w.write(json(article(i)));
                w.write('\n');
            }
        }
        return file;
    }

    /** One generated article. */
    public record Generated(String id, String url, String title, String outlet, LocalDate published, String text) {}

    private record Actor(String name, String surname, Country country, String title) {}

    /** Article {@code i}: a function of the seed and {@code i} only. */
    public Generated article(int i) {
        SplittableRandom r = new SplittableRandom(mix(seed, 2L * i + 1));
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(5 * 365));
        String outlet = pick(r, OUTLETS);
        Actor a = actor(r), b = actor(r), c = actor(r);
        while (b.country() == a.country()) b = actor(r);
        String org = pick(r, organizations);
        String topic = pick(r, TOPICS);
        String day = DAYS[date.getDayOfWeek().getValue() - 1];
        Country ca = a.country(), cb = b.country();
        StringBuilder t = new StringBuilder(3600);
        String city = ca.capitals().get(0);
        t.append(city.toUpperCase(Locale.ROOT)).append(", ").append(MONTHS[date.getMonthValue() - 1]).append(' ')
                .append(date.getDayOfMonth()).append(" (").append(outlet).append(") - ")
                .append(demonym(ca)).append(' ').append(cap(a.title())).append(' ').append(a.name()).append(' ')
                .append(pick(r, speechVerbs)).append(" on ").append(day).append(" that talks with ").append(cb.name())
                .append(" on ").append(topic).append(" would resume next month.\n\n");
        t.append('"').append(pick(r, QUOTES)).append(",\" ").append(a.surname()).append(" told reporters in ")
                .append(city).append(". \"").append(pick(r, QUOTES)).append(".\"\n\n");
        t.append(demonym(cb)).append(' ').append(cap(b.title())).append(' ').append(b.name())
                .append(" said on ").append(day).append(" that ").append(cb.name()).append(" was ready to work with the ")
                .append(org).append(" on ").append(pick(r, TOPICS)).append(". ").append(b.surname())
                .append(" met ").append(a.title()).append(' ').append(a.name()).append(" in ")
                .append(cb.capitals().get(0)).append(" last week.\n\n");
        int paragraphs = 5 + r.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            t.append(eventSentence(r, ca, cb, org, day)).append(' ');
            t.append(eventSentence(r, cb, ca, org, day)).append("\n\n");
            if (r.nextInt(3) == 0) {
                Actor x = r.nextBoolean() ? c : actor(r);
                t.append("According to ").append(x.title()).append(' ').append(x.name()).append(" of ")
                        .append(x.country().name()).append(", \"").append(pick(r, QUOTES)).append(".\"\n\n");
            }
        }
        t.append("The ").append(org).append(" is expected to discuss ").append(topic).append(" at its next meeting, ")
                .append("where ").append(c.title()).append(' ').append(c.name()).append(" of ").append(c.country().name())
                .append(" is due to speak.");
        String id = String.format(Locale.ROOT, "syn-%07d", i);
        String title = ca.name() + " and " + cb.name() + " to resume talks on " + topic;
        return new Generated(id, "https://news.example.org/" + date + "/" + id, title, outlet, date, t.toString());
    }

    private String eventSentence(SplittableRandom r, Country a, Country b, String org, String day) {
        String[] place = pick(r, places);
        int k = r.nextInt(EVENTS.length);
        String f = EVENTS[k];
        return switch (k) {
            case 0 -> String.format(Locale.ROOT, f, a.name(), b.name(), pick(r, TOPICS), place[0], day);
            case 1 -> String.format(Locale.ROOT, f, 2 + r.nextInt(60), place[0]);
            case 2 -> String.format(Locale.ROOT, f, actorPhrase(r), actorPhrase(r), place[0], day, pick(r, TOPICS));
            case 3 -> String.format(Locale.ROOT, f, a.name(), b.name(), day);
            case 4 -> String.format(Locale.ROOT, f, b.name(), a.capitals().get(0), pick(r, TOPICS));
            case 5 -> String.format(Locale.ROOT, f, org.startsWith("the ") ? org : "The " + org, b.name(), pick(r, TOPICS));
            case 6 -> String.format(Locale.ROOT, f, a.name(), b.name(), place[0]);
            case 7 -> String.format(Locale.ROOT, f, place[0], actorPhrase(r));
            case 8 -> String.format(Locale.ROOT, f, a.name(), b.name(), place[0]);
            default -> String.format(Locale.ROOT, f, a.name(), b.name(), place[0], day);
        };
    }

    private String actorPhrase(SplittableRandom r) {
        Actor x = actor(r);
        return demonym(x.country()) + " " + cap(x.title()) + " " + x.name();
    }

    /** An actor from the pool, the low indexes more often (a few people are in the news a lot). */
    private Actor actor(SplittableRandom r) {
        double u = r.nextDouble();
        int j = (int) Math.min(actors - 1, Math.floor(actors * u * u * u));
        return actor(j);
    }

    private Actor actor(int j) {
        SplittableRandom r = new SplittableRandom(mix(seed, 2L * j));
        String first = cap(word(r, 2 + r.nextInt(2)));
        String last = cap(word(r, 2 + r.nextInt(2)));
        if (r.nextInt(4) == 0) last = last + (r.nextBoolean() ? "ov" : "ez");
        return new Actor(first + " " + last, last, pick(r, countries), pick(r, titles)[0]);
    }

    private static String word(SplittableRandom r, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            b.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
            if (s == syllables - 1 || r.nextInt(3) == 0) b.append(CODAS[r.nextInt(CODAS.length)]);
        }
        return b.toString();
    }

    private static String demonym(Country c) { return c.demonyms().get(0); }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> T pick(SplittableRandom r, List<T> xs) { return xs.get(r.nextInt(xs.size())); }

    private static <T> T pick(SplittableRandom r, T[] xs) { return xs[r.nextInt(xs.length)]; }

    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final JsonFactory JSON = new JsonFactory();

    static String json(Generated g) {
        StringWriter s = new StringWriter(4096);
        try (JsonGenerator j = JSON.createGenerator(s)) {
            j.writeStartObject();
            j.writeStringField("id", g.id());
            j.writeStringField("url", g.url());
            j.writeStringField("title", g.title());
            j.writeStringField("outlet", g.outlet());
            j.writeStringField("published", g.published().toString());
            j.writeStringField("text", g.text());
            j.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    /** Rows of a bundled TSV file ({@code #} comment lines, then a header line), as cell arrays. */
    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String[] padded = new String[Math.max(cells.length, 6)];
                for (int c = 0; c < padded.length; c++) padded[c] = c < cells.length ? cells[c].strip() : "";
                out.add(padded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
