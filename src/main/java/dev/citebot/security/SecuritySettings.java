package dev.citebot.security;

import dev.citebot.config.ConfigException;
import dev.citebot.config.Settings;
import java.util.Arrays;
import java.util.List;

/**
 * Who may call what, and how much: read once from the settings. Keys are kept only as digests.
 *
 * @param apiKeys          keys for the question and read routes; none: those routes are open
 * @param adminKey         key for the admin routes; none: admin routes refuse everyone
 * @param ratePerMinute    requests per minute per client on keyed routes; 0: no limit
 * @param trustedProxies   addresses or CIDR ranges whose X-Forwarded-For is believed
 * @param maxInFlight      questions admitted at once (answered or waiting); past it, 503
 * @param answerThreads    questions answered at the same moment
 * @param frameAncestors   the CSP frame-ancestors sources
 * @param metricsPublic    /metrics without the admin key
 * @param origins          the origins allowed to call Citebot from a browser, and Citebot's own
 * @param widgetPublic     with API keys set, the widget's routes answer its allowed origins without a key
 * @param openaiPublic     with API keys set, the OpenAI-compatible routes answer without a key
 * @param authFailuresPerMinute failed keys per client address and minute before it must wait (429); 0: no limit
 */
public record SecuritySettings(Keys apiKeys, Keys adminKey, int ratePerMinute, List<String> trustedProxies,
                               int maxInFlight, int answerThreads, String frameAncestors, boolean metricsPublic,
                               AllowedOrigins origins, boolean widgetPublic, boolean openaiPublic,
                               int authFailuresPerMinute) {
    public SecuritySettings {
        trustedProxies = List.copyOf(trustedProxies);
        if (ratePerMinute < 0) {
            throw new ConfigException("rate.limit.per.minute must be 0 or more, got " + ratePerMinute);
        }
        if (authFailuresPerMinute < 0) {
            throw new ConfigException("security.auth.failures.per.minute must be 0 or more, got "
                    + authFailuresPerMinute);
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
        return new SecuritySettings(new Keys(list(s.text("api.keys"))), new Keys(List.of(s.text("admin.key"))),
                s.integer("rate.limit.per.minute"), list(s.text("trusted.proxies")), s.integer("limits.max.in.flight"),
                threads > 0 ? threads : defaultAnswerThreads(Runtime.getRuntime().availableProcessors(),
                        s.integer("embedding.query.batch")),
                s.text("security.frame.ancestors"), s.flag("metrics.public"),
                AllowedOrigins.parse(withCollectionOrigins(s), s.text("public.url")),
                s.flag("widget.public"), s.flag("openai.public"), s.integer("security.auth.failures.per.minute"));
    }

    /**
     * Enough questions at once for the embedding model to fill a batch on every core: a question spends most of
     * its time waiting for its embedding, which runs on at most one thread per core however many questions wait
     * (see {@code embedding.query.batch}), so the cores stay as free for /health as with fewer answer threads.
     */
    static int defaultAnswerThreads(int processors, int queryBatch) {
        return Math.max(1, processors * Math.max(1, queryBatch));
    }

    /** The widget's origins and those of single collections ({@code collections.origins}): CORS allows them all. */
    private static String withCollectionOrigins(Settings s) {
        List<String> all = new java.util.ArrayList<>(list(s.text("widget.allowed.origins")));
        s.pairs("collections.origins").values().forEach(all::addAll);
        return String.join(",", all);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "SecuritySettings[apiKeys=" + apiKeys.size() + ", adminKey=" + (adminKey.isEmpty() ? "none" : "set")
                + ", ratePerMinute=" + ratePerMinute + ", trustedProxies=" + trustedProxies + ", maxInFlight="
                + maxInFlight + ", answerThreads=" + answerThreads + ", frameAncestors=" + frameAncestors
                + ", widgetPublic=" + widgetPublic + ", openaiPublic=" + openaiPublic + "]";
    }
}
