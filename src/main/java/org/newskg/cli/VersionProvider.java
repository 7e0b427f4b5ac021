package org.newskg.cli;

import org.newskg.rdf.FactMapper;
import picocli.CommandLine.IVersionProvider;

/** {@code newskg VERSION (Java VERSION)}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"newskg " + FactMapper.VERSION + " (Java "
                + System.getProperty("java.version") + ")"};
    }
}
