package dev.citebot.http;

import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Who may call a route, declared where the route is registered and checked in one place
 * ({@code security.AccessControl}). Every route carries exactly one access role; {@link #WIDGET} and
 * {@link #OPENAI} are markers a route may carry besides it, for the settings that open those routes.
 */
public enum Role implements RouteRole {
    /** Anyone: health, readiness, the widget's files and demo page, the OpenAPI document. */
    PUBLIC,
    /** An API key when keys are set, and the rate limit: documents, the widget's settings, feedback, models. */
    READ,
    /** As {@link #READ}, and bounded by the questions-in-flight limit: every route that answers or searches. */
    QUESTION,
    /** The admin key, always (no admin key set: refused). */
    ADMIN,
    /** The admin key, unless {@code metrics.public}. */
    METRICS,
    /** Slack's and Mattermost's webhooks: their own signature or token, checked by their front door. */
    WEBHOOK,
    /** Marker: a route the widget calls, which {@code widget.public} opens to the allowed origins. */
    WIDGET,
    /** Marker: an OpenAI-compatible route, which {@code openai.public} opens to clients without a key. */
    OPENAI;

    private static final Set<Role> MARKERS = Set.of(WIDGET, OPENAI);

    /** The one access role among a route's roles; null when it has none (a route registered without one). */
    public static Role access(Set<RouteRole> roles) {
        Role found = null;
        for (RouteRole r : roles) {
            if (r instanceof Role role && !MARKERS.contains(role)) {
                if (found != null) {
                    throw new IllegalStateException("a route has two access roles: " + found + " and " + role);
                }
                found = role;
            }
        }
        return found;
    }
}
