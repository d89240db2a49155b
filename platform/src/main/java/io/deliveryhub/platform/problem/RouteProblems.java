package io.deliveryhub.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Answers a problem from a Vert.x route, for what is refused before the REST layer runs (hostile input, an
 * unauthenticated body, a body too large, a route nobody serves): the same document {@link ProblemMappers} writes.
 */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper json;

    public RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    public void badRequest(RoutingContext context, FieldError error) {
        Problem problem = BadRequest.ofField(error.field(), error.message()).toProblem(context.request().path());
        send(context, problem, Map.of());
    }

    public void send(RoutingContext context, int status, String slug, String title, String detail,
            Map<String, String> headers) {
        send(context, new Problem(Problem.typeUri(slug), title, status, detail, context.request().path(), Map.of()),
                headers);
    }

    public void unauthorized(RoutingContext context, String detail) {
        send(context, 401, "unauthorized", "Unauthorized", detail,
                Map.of("WWW-Authenticate", ProblemMappers.BEARER_CHALLENGE));
    }

    private void send(RoutingContext context, Problem problem, Map<String, String> headers) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            context.request().connection().close();
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException(unwritable);
        }
        headers.forEach(response::putHeader);
        // A body left unread is not worth draining: the connection goes with this answer.
        if (!context.request().isEnded()) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
