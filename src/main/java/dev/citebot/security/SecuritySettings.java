package dev.citebot.security;

import dev.citebot.config.ConfigException;
import dev.citebot.config.Settings;
import java.util.Arrays;
import java.util.List;

/**
 * Who may call what, and how much: read once from the settings.
 *
 * @param apiKeys          keys for /api/*; empty: /api/* is open
 * @param adminKey         key for /api/admin/*; empty: admin endpoints refuse everyone
 * @param ratePerMinute    requests to /api/* per minute per client; 0: no limit
 * @param trustedProxies   addresses or CIDR ranges whose X-Forwarded-For is believed
 * @param maxInFlight      questions admitted at once (answered or waiting); past it, 503
 * @param answerThreads    questions answered at the same moment
 * @param frameAncestors   the CSP frame-ancestors sources
 * @param metricsPublic    /metrics without a key
 */
public record SecuritySettings(List<String> apiKeys, String adminKey, int ratePerMinute, List<String> trustedProxies,
                               int maxInFlight, int answerThreads, String frameAncestors, boolean metricsPublic) {
    public SecuritySettings {
        apiKeys = List.copyOf(apiKeys);
        trustedProxies = List.copyOf(trustedProxies);
        if (ratePerMinute < 0) {
            throw new ConfigException("rate.limit.per.minute must be 0 or more, got " + ratePerMinute);
        }
        if (maxInFlight < 1 || answerThreads < 1) {
            throw new ConfigException("limits.max.in.flight and limits.answer.threads must be at least 1");
        }
        if (frameAncestors.isBlank() || frameAncestors.contains(";")) {
            throw new ConfigException("security.frame.ancestors must be CSP sources such as 'none', got '"
                    + frameAncestors + "'");
        }
    }

    public static SecuritySettings from(Settings s) {
        int threads = s.integer("limits.answer.threads");
        return new SecuritySettings(list(s.text("api.keys")), s.text("admin.key"), s.integer("rate.limit.per.minute"),
                list(s.text("trusted.proxies")), s.integer("limits.max.in.flight"),
                threads > 0 ? threads : defaultAnswerThreads(Runtime.getRuntime().availableProcessors(),
                        s.integer("embedding.query.batch")),
                s.text("security.frame.ancestors"), s.flag("metrics.public"));
    }

    /**
     * Enough questions at once for the embedding model to fill a batch on every core: a question spends most of
     * its time waiting for its embedding, which runs on at most one thread per core however many questions wait
     * (see {@code embedding.query.batch}), so the cores stay as free for /health as with fewer answer threads.
     */
    static int defaultAnswerThreads(int processors, int queryBatch) {
        return Math.max(1, processors * Math.max(1, queryBatch));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Never print the keys themselves (records print every field by default). */
    @Override
    public String toString() {
        return "SecuritySettings[apiKeys=" + apiKeys.size() + ", adminKey=" + (adminKey.isEmpty() ? "none" : "set")
                + ", ratePerMinute=" + ratePerMinute + ", trustedProxies=" + trustedProxies + ", maxInFlight="
                + maxInFlight + ", answerThreads=" + answerThreads + ", frameAncestors=" + frameAncestors + "]";
    }
}
