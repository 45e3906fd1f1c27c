package dev.citebot.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parsed arguments of the eval command. */
record EvalOptions(Path docs, Path questions, Path beir, String split, Path report, String mode, int limit,
                   Map<String, String> settings, Path dump, boolean beforeFill) {

    static EvalOptions parse(String[] args) {
        Path docs = null;
        Path questions = null;
        Path beir = null;
        Path report = null;
        Path dump = null;
        String split = "test";
        String mode = "citebot";
        int limit = Integer.MAX_VALUE;
        boolean beforeFill = false;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (args[i].equals("--before-fill")) {
                beforeFill = true;
                continue;
            }
            switch (args[i]) {
                case "--docs" -> docs = Path.of(require(args[i], value));
                case "--questions" -> questions = Path.of(require(args[i], value));
                case "--beir" -> beir = Path.of(require(args[i], value));
                case "--split" -> split = require(args[i], value);
                case "--report" -> report = Path.of(require(args[i], value));
                case "--mode" -> mode = require(args[i], value);
                case "--dump" -> dump = Path.of(require(args[i], value));
                case "--limit" -> limit = Integer.parseInt(require(args[i], value));
                case "--set" -> {
                    String[] kv = require(args[i], value).split("=", 2);
                    if (kv.length != 2) {
                        throw new IllegalArgumentException("--set takes key=value");
                    }
                    settings.put(kv[0], kv[1]);
                }
                default -> throw new IllegalArgumentException("unknown eval option " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        if (beir != null && docs == null) {
            docs = beir.resolve("docs");
        }
        if (docs == null || (questions == null && beir == null)) {
            throw new IllegalArgumentException(USAGE);
        }
        return new EvalOptions(docs, questions, beir, split, report, mode, limit, settings, dump, beforeFill);
    }

    private static String require(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    static final String USAGE = """
            usage: citebot eval --docs DIR --questions FILE.jsonl [--report out.json] [--mode citebot|naive|bm25|bm25-standard]
                   citebot eval --beir DIR [--split test] [--report out.json] [--mode citebot|naive|bm25|bm25-standard]
                   options: --limit N (first N questions), --set key=value (any config key), --before-fill (answers as
                            they are before the vectors left for later are all embedded: no background fill)""";
}
