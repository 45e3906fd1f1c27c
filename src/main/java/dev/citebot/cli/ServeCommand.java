package dev.citebot.cli;

import dev.citebot.App;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.pipeline.PipelineFactory;

/** {@code citebot serve}: reads config and prompts once, then serves until the process is stopped. */
public final class ServeCommand {
    private ServeCommand() {
    }

    public static int run(String[] args) {
        CitebotConfig config = CitebotConfig.load(System.getenv());
        Prompts prompts = Prompts.load(config.promptsDir());
        App app = App.start(config, prompts, PipelineFactory.create(config, prompts));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "citebot-shutdown"));
        return 0;
    }
}
