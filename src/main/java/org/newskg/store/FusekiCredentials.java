package org.newskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * User and password for a protected Fuseki, taken only from the environment: {@code NEWSKG_FUSEKI_USER} and
 * {@code NEWSKG_FUSEKI_PASSWORD}, or a file named by {@code NEWSKG_FUSEKI_CREDENTIALS} holding {@code user:password}
 * on its first line. Never from the command line; {@link #toString()} never shows the password.
 */
public record FusekiCredentials(String user, String password) {
    public static final String USER_ENV = "NEWSKG_FUSEKI_USER";
    public static final String PASSWORD_ENV = "NEWSKG_FUSEKI_PASSWORD";
    public static final String FILE_ENV = "NEWSKG_FUSEKI_CREDENTIALS";

    public FusekiCredentials {
        if (user == null || user.isEmpty()) throw new IllegalArgumentException("empty Fuseki user name");
        if (password == null) throw new IllegalArgumentException("no Fuseki password");
    }

    /** Credentials from the environment, or empty when none are set. */
    public static Optional<FusekiCredentials> fromEnvironment(Map<String, String> env) {
        String user = env.get(USER_ENV);
        String password = env.get(PASSWORD_ENV);
        if (user != null && !user.isEmpty()) {
            if (password == null) throw new IllegalArgumentException(USER_ENV + " is set but " + PASSWORD_ENV + " is not");
            return Optional.of(new FusekiCredentials(user, password));
        }
        String file = env.get(FILE_ENV);
        if (file == null || file.isEmpty()) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            String first = lines.isEmpty() ? "" : lines.get(0).strip();
            int colon = first.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException(file + ": expected 'user:password' on the first line");
            return Optional.of(new FusekiCredentials(first.substring(0, colon), first.substring(colon + 1)));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " (from " + FILE_ENV + "): cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() { return "FusekiCredentials[user=" + user + ", password=***]"; }
}
