package org.newskg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.store.Server;
import org.newskg.store.ServerGuards;
import org.newskg.store.ServerSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** serve refuses unsafe settings; load never shows a Fuseki password, not even with -v. */
class ServeSafetyTest {
    static final String SECRET = "Xy9-very-secret-pw";

    @TempDir
    Path dir;

    @Test
    void givenUpdateOnAllInterfacesWithoutPasswordFile_whenServed_thenExit2WithTheWayOut() {
        Path store = dir.resolve("kg");
        KgStore.open(store).close();
        CliRun r = CliRun.of("serve", "--store", store.toString(), "--host", "0.0.0.0", "--update", "--port", "0");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("newskg: --update on --host 0.0.0.0 lets anyone on the network change the store;"), r.err());
        assertTrue(r.err().contains("--password-file"), r.err());
    }

    @Test
    void givenWrongPassword_whenLoadingVerbosely_thenThePasswordAppearsNowhere() throws Exception {
        Path store = dir.resolve("kg");
        KgStore.open(store).close();
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "editor: the-right-one\n");
        Path trig = dir.resolve("a.trig");
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node g = NKG.articleIri("a1");
        dsg.add(g, g, RDF.type.asNode(), NKG.Article);
        dsg.add(g, g, NKG.sourceName, NodeFactory.createLiteralString("a1.txt"));
        try (OutputStream out = Files.newOutputStream(trig)) {
            RDFDataMgr.write(out, dsg, Lang.TRIG);
        }
        Path credentialsFile = dir.resolve("creds");
        Files.writeString(credentialsFile, "editor:" + SECRET + "\n");
        try (Server s = Server.start(new ServerSettings(store, "127.0.0.1", 0, true, false, false, Duration.ofSeconds(30)),
                new ServerGuards(passwords, ServerGuards.DEFAULT_MAX_REQUEST_BYTES))) {
            for (Map<String, String> env : List.of(Map.of("NEWSKG_FUSEKI_USER", "editor", "NEWSKG_FUSEKI_PASSWORD", SECRET),
                    Map.of("NEWSKG_FUSEKI_CREDENTIALS", credentialsFile.toString()))) {
                String[] outErr = runNewskg(env, "load", trig.toString(), "--fuseki", s.datasetUrl(), "-v");
                String all = outErr[0] + outErr[1];
                assertTrue(outErr[1].contains("HTTP 401"), all);
                assertTrue(outErr[0].contains("failures 1"), all);
                assertFalse(all.contains(SECRET), all);
                assertFalse(all.contains("Xy9"), all);
            }
        }
    }

    /** Runs newskg in a child JVM (the environment cannot be set in this one); returns stdout and stderr. */
    static String[] runNewskg(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.newskg.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("NEWSKG_"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("newskg-out", ".txt");
        Path err = Files.createTempFile("newskg-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("newskg did not finish in 60 s");
        }
        String[] r = {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
