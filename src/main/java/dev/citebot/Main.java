package dev.citebot;

import dev.citebot.cli.AskCommand;
import dev.citebot.cli.ServeCommand;
import dev.citebot.config.ConfigException;
import dev.citebot.bench.BenchCommand;
import dev.citebot.eval.EvalCommand;
import java.util.Arrays;

/** {@code citebot [serve] | ask "question" | eval ...} */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            int status = switch (command) {
                case "serve" -> ServeCommand.run(rest);
                case "ask" -> AskCommand.run(rest, System.out);
                case "eval" -> EvalCommand.run(rest, System.getenv(), System.out);
                case "bench" -> BenchCommand.run(rest, System.getenv(), System.out);
                case "help", "--help", "-h" -> usage(0);
                default -> usage(2);
            };
            if (status != 0 || !"serve".equals(command)) {
                System.exit(status);
            }
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("citebot: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("citebot: " + e.getMessage());
            System.exit(1);
        }
    }

    private static int usage(int status) {
        (status == 0 ? System.out : System.err).println("""
                usage: java -jar citebot.jar [serve]            start the server on the seeds folder
                       java -jar citebot.jar ask "question"     answer one question and print its sources
                       java -jar citebot.jar eval --docs DIR --questions FILE.jsonl [--report out.json]
                                                 [--mode citebot|naive|bm25]
                       java -jar citebot.jar eval --beir DIR     retrieval quality (nDCG@10, Recall@10/100)
                       java -jar citebot.jar bench [--only ingest,latency,throughput,scale]   performance
                Settings: config/citebot.properties, each overridable by CITEBOT_* environment variables.""");
        return status;
    }
}
