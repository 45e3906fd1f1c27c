package dev.citebot;

import dev.citebot.cli.AskCommand;
import dev.citebot.cli.ServeCommand;
import dev.citebot.config.BuildInfo;
import dev.citebot.config.ConfigException;
import dev.citebot.bench.BenchCommand;
import dev.citebot.eval.EvalCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Properties;

/** {@code citebot [serve] | ask "question" | eval ...} */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        int status = run(args, System.out, System.err);
        if (status != 0 || !"serve".equals(command)) {
            System.exit(status);
        }
    }

    /** Runs one command; the exit status (a server that started returns 0 and keeps running). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (command) {
                case "serve" -> {
                    if (rest.length > 0) {
                        throw new IllegalArgumentException("serve takes no arguments, got '" + String.join(" ", rest)
                                + "' (settings come from config/citebot.properties and CITEBOT_* variables,"
                                + " e.g. CITEBOT_PORT=8080)");
                    }
                    yield ServeCommand.run(rest);
                }
                case "ask" -> AskCommand.run(rest, out);
                case "eval" -> EvalCommand.run(rest, System.getenv(), out);
                case "bench" -> BenchCommand.run(rest, System.getenv(), out);
                case "help", "--help", "-h" -> usage(out, 0);
                case "version", "--version", "-V" -> {
                    out.println("citebot " + version());
                    yield 0;
                }
                default -> {
                    err.println("citebot: unknown command '" + command + "'");
                    yield usage(err, 2);
                }
            };
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("citebot: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("citebot: " + e.getMessage());
            return 1;
        }
    }

    static String version() {
        return BuildInfo.version();
    }

    private static int usage(PrintStream stream, int status) {
        stream.println("""
                usage: java -jar citebot.jar [serve]            start the server on the seeds folder
                       java -jar citebot.jar ask "question"     answer one question and print its sources
                       java -jar citebot.jar eval --docs DIR --questions FILE.jsonl [--report out.json]
                                                 [--mode citebot|naive|bm25]
                       java -jar citebot.jar eval --beir DIR     retrieval quality (nDCG@10, Recall@10/100)
                       java -jar citebot.jar bench [--only ingest,latency,throughput,scale]   performance
                                                 (bench --help: its options)
                       java -jar citebot.jar --version
                Settings: config/citebot.properties, each overridable by CITEBOT_* environment variables.""");
        return status;
    }
}
