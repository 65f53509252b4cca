package org.whoowns.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;

/** `whoowns --version`. Its usage line is HelpCommand's. */
final class VersionCommand implements Command {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public String help() {
        return "";
    }

    @Override
    public int run(CommandLine line, Io io) {
        io.out().println("whoowns " + version());
        return Exit.OK;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream("/org/whoowns/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return properties.getProperty("version", "unknown");
    }
}
