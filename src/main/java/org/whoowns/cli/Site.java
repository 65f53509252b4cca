package org.whoowns.cli;

import org.whoowns.export.XapiStatements;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The IRIs results are filed under, from {@code WHOOWNS_IRI} (an organisation sets its own, e.g.
 * https://training.example.com/whoowns/): the exam's activity id, the learners' account home page and the
 * xAPI extension keys. The default's .invalid domain says plainly that it was never configured.
 */
record Site(String base) {
    static final String DEFAULT = "https://whoowns.invalid/";

    static Site of(Map<String, String> env) throws UsageException {
        String base = env.getOrDefault("WHOOWNS_IRI", "");
        if (base.isBlank()) {
            return new Site(DEFAULT);
        }
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new URISyntaxException(base, "not an absolute http(s) address");
            }
        } catch (URISyntaxException e) {
            throw new UsageException("WHOOWNS_IRI must be an absolute http(s) address such as https://training.example.com/whoowns/,"
                    + " not " + CommandLine.shown(base));
        }
        return new Site(base.endsWith("/") ? base : base + "/");
    }

    String activity(String packId) {
        return base + "exam/" + URLEncoder.encode(packId, StandardCharsets.UTF_8);
    }

    XapiStatements.Config xapi() {
        return new XapiStatements.Config(base + "learners", base + "xapi/", "whoowns " + VersionCommand.version(), "en-US");
    }
}
