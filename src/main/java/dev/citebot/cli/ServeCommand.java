package dev.citebot.cli;

import dev.citebot.App;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.observability.LogFormat;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.shutdown.SignalShutdown;

/**
 * {@code citebot serve}: reads config and prompts once, checks the seeds folder and the port before anything is
 * loaded, then serves until SIGTERM or SIGINT, which drain the requests in flight and exit 0.
 */
public final class ServeCommand {
    private ServeCommand() {
    }

    public static int run(String[] args) {
        CitebotConfig config = CitebotConfig.load(System.getenv());
        LogFormat.apply(config.logFormat());
        StartChecks.seedsFolder(config);
        StartChecks.port(config);
        Prompts prompts = Prompts.load(config.promptsDir());
        App app = App.start(config, prompts, PipelineFactory.create(config, prompts));
        SignalShutdown.install(app::close);
        return 0;
    }
}
