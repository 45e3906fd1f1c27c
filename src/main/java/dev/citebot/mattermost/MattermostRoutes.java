package dev.citebot.mattermost;

import io.javalin.http.HttpStatus;
import dev.citebot.chat.AnswerWorkers;
import dev.citebot.chat.ChatFrontDoor;
import dev.citebot.chat.FormBody;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.MattermostSettings;
import dev.citebot.http.ApiException;
import dev.citebot.http.BoundedBody;
import dev.citebot.http.Role;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /mattermost/commands}: on with a command token configured, otherwise 404. */
public final class MattermostRoutes implements ChatFrontDoor.Chat {
    private static final Logger LOG = LoggerFactory.getLogger(MattermostRoutes.class);
    public static final String PATH = "/mattermost/commands";

    private final MattermostSettings settings;
    private final BoundedBody body;
    private final int maxQuestionChars;

    public MattermostRoutes(MattermostSettings settings, BoundedBody body, int maxQuestionChars) {
        this.settings = settings;
        this.body = body;
        this.maxQuestionChars = maxQuestionChars;
    }

    /** Production wiring: settings and limits from the config, bodies read within {@code body}'s bounds. */
    public static MattermostRoutes create(CitebotConfig config, BoundedBody body) {
        return new MattermostRoutes(config.mattermost(), body, config.limits().questionMaxChars());
    }

    @Override
    public void register(JavalinConfig config, AnswerWorkers workers) {
        if (!settings.enabled()) {
            LOG.info("Mattermost slash commands are off: set CITEBOT_MATTERMOST_TOKEN to turn them on");
            config.routes.post(PATH, ctx -> {
                throw new ApiException(HttpStatus.NOT_FOUND, "Mattermost commands are off on this server");
            }, Role.WEBHOOK);
            return;
        }
        MattermostCommands commands = new MattermostCommands(settings, workers, new ResponseUrlPoster(),
                maxQuestionChars);
        config.routes.post(PATH, ctx -> command(ctx, commands), Role.WEBHOOK);
        LOG.info("Mattermost slash commands are on at {}", PATH);
    }

    private void command(Context ctx, MattermostCommands commands) {
        FormBody form = FormBody.parse(body.read(ctx));
        commands.checkToken(ctx.header("Authorization"), form);
        ctx.json(commands.acknowledge(form));
    }
}
