package dev.citebot.slack;

import io.javalin.http.HttpStatus;
import dev.citebot.http.ApiException;
import dev.citebot.http.BoundedBody;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards every Slack endpoint: reads the raw body (bounded), checks its signature, and only then hands the
 * verified bytes on. A refused request gets a 401 and nothing else happens.
 */
final class SignedRequests {
    private static final Logger LOG = LoggerFactory.getLogger(SignedRequests.class);

    /** What a Slack endpoint does with a request whose signature is good. */
    interface SignedHandler {
        void handle(Context ctx, byte[] body) throws Exception;
    }

    private final SlackSignature signature;
    private final BoundedBody bytes;

    SignedRequests(SlackSignature signature, BoundedBody bytes) {
        this.signature = signature;
        this.bytes = bytes;
    }

    Handler verified(SignedHandler handler) {
        return ctx -> handler.handle(ctx, verify(ctx));
    }

    byte[] verify(Context ctx) {
        byte[] body = bytes.read(ctx);
        String refusal = signature.refusal(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"),
                body);
        if (refusal != null) {
            // the reason only: header values could help someone probing the secret
            LOG.warn("refused a request to {}: {}", ctx.path(), refusal);
            throw new ApiException(HttpStatus.UNAUTHORIZED, SlackSignature.STALE.equals(refusal)
                    ? "the request is too old: its timestamp is more than 5 minutes from this server's clock "
                    + "(a replayed request, or a clock out of sync)"
                    : "the request is not signed by Slack with this app's signing secret");
        }
        return body;
    }
}
