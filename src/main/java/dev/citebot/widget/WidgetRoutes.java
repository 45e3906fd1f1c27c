package dev.citebot.widget;

import dev.citebot.api.CollectionScope;
import dev.citebot.config.AllowedOrigins;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.config.WidgetConfig;
import dev.citebot.feedback.FeedbackLog;
import dev.citebot.http.JsonBody;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.pipeline.Pipeline;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The web chat widget's front door: its files and demo page, its settings, answer feedback, and the CORS
 * policy that decides which sites may embed it. Questions go through the API's own {@code /api/ask}.
 */
public final class WidgetRoutes implements Routes {
    private final WidgetConfig widget;
    private final Pipeline pipeline;
    private final StarterQuestions starters;
    private final CorsPolicy cors;
    private final WidgetAssets assets;
    private final FeedbackRoutes feedback;
    private final Greetings greetings;
    private final CollectionScope scope;

    WidgetRoutes(WidgetConfig widget, Prompts prompts, AllowedOrigins origins, Pipeline pipeline, FeedbackLog store,
                 JsonBody body, CollectionScope scope) {
        this.widget = widget;
        this.scope = scope;
        this.greetings = new Greetings(widget.greeting(), prompts);
        this.pipeline = pipeline;
        this.starters = new StarterQuestions(widget.starterQuestions(), widget.starterCount());
        this.cors = new CorsPolicy(origins);
        this.assets = new WidgetAssets();
        this.feedback = new FeedbackRoutes(store, body, scope);
    }

    /** The widget's front door; {@code origins} are the security settings' allowed origins (one list for all). */
    public static WidgetRoutes create(CitebotConfig config, Prompts prompts, AllowedOrigins origins, Pipeline pipeline,
                                      FeedbackLog feedback, JsonBody body, CollectionScope scope) {
        return new WidgetRoutes(config.widget(), prompts, origins, pipeline, feedback, body, scope);
    }

    @Override
    public void register(JavalinConfig config) {
        cors.register(config);
        assets.register(config);
        feedback.register(config);
        config.routes.get("/api/widget/config", this::settings, Role.READ, Role.WIDGET);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("/openapi/widget.json");
    }

    /** {@code ?lang=} picks the greeting's language, {@code ?collection=} the documents starter questions come from. */
    void settings(Context ctx) {
        String collection = scope.fromQuery(ctx);
        ctx.json(new WidgetSetup(widget.title(), greetings.in(ctx.queryParam("lang")), widget.color(), widget.position(),
                starters.current(pipeline, collection)));
    }

    /** What the widget needs from the server; the page's data attributes override all but the questions. */
    record WidgetSetup(String title, String greeting, String color, String position, List<String> starterQuestions) {
    }
}
