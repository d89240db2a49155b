package io.deliveryhub.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.deliveryhub.platform.failure.TransientFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure a REST resource can raise into an RFC 9457 problem, so no service builds error
 * responses by hand and no bad input ever surfaces as a bare 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String BEARER_CHALLENGE = "Bearer realm=\"deliveryhub\"";
    /** A database restart or failover takes seconds; sooner would mostly meet it still away. */
    static final int RETRY_AFTER_SECONDS = 2;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(new BadRequest(summary(errors), errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        if (e instanceof ConstraintViolationException violations) {
            return constraintViolation(violations, uri);
        }
        LOG.error("validation could not run", e);
        return internalError(uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonInput(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return jsonInput(e, uri);
    }

    /** Not JSON, or JSON beyond the parser's limits (a number of 1,001 digits, nesting 1,001 deep). */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return jsonInput(e, uri);
    }

    /** A path or query parameter that is not of its type, named as the client wrote it. */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, UriInfo uri) {
        return respond(BadRequest.ofField(e.name(), e.expectation()).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("The bearer token is missing, invalid or expired", uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized("This endpoint needs a valid bearer token", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.typeUri("forbidden"), "Forbidden", 403,
                "Your roles do not allow this action", path(uri), Map.of()));
    }

    /** The database's own guard (a unique key) caught what the service's check could not see: a race. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(new Conflict("constraint-violated",
                "The change conflicts with existing data (" + e.getConstraintName() + "); reload and retry")
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON body reader wraps Jackson's failures; unwrap them so the client learns which field is wrong.
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return jsonInput(malformed, uri);
        }
        if (e instanceof InvalidParameter invalid) {
            return invalidParameter(invalid, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500 && TransientFailures.isTransient(e)) {
            return unavailable(e, uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return internalError(uri);
        }
        Response.StatusType statusType = e.getResponse().getStatusInfo();
        // a wrapped failure's message is the framework's, not ours to show
        String detail = e.getCause() == null ? e.getMessage() : statusType.getReasonPhrase();
        Response.ResponseBuilder builder = Response.fromResponse(e.getResponse()).entity(
                new Problem(Problem.typeUri(slug(statusType.getReasonPhrase())), statusType.getReasonPhrase(), status,
                        detail, path(uri), Map.of()))
                .type(Problem.MEDIA_TYPE);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(e, uri);
        }
        LOG.error("unexpected failure", e);
        return internalError(uri);
    }

    /** The database (or the broker, or the network) is away for a moment, as in a restart: not the request's fault. */
    private static Response unavailable(Exception e, UriInfo uri) {
        LOG.warnf("answered 503, something it needs is unavailable: %s", e);
        return Response.status(503)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.typeUri("service-unavailable"), "Service Unavailable", 503,
                        "The service cannot reach its database or broker for a moment; try again shortly", path(uri),
                        Map.of()))
                .build();
    }

    private static Response jsonInput(JsonProcessingException e, UriInfo uri) {
        List<FieldError> errors = List.of(InputErrors.of(e));
        return respond(new BadRequest(summary(errors), errors).toProblem(path(uri)));
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.typeUri("unauthorized"), "Unauthorized", 401, detail, path(uri), Map.of()))
                .build();
    }

    private static Response internalError(UriInfo uri) {
        return respond(new Problem(Problem.typeUri("internal"), "Internal error", 500,
                "The request could not be completed; it has been logged", path(uri), Map.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
    }

    /** The property path without the method and parameter names bean validation puts in front. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        // A node inside a list carries the element's index, which belongs to the list before it: items[0].sha.
        StringBuilder property = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !property.isEmpty()) {
                property.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                property.append(property.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return nodes.stream().filter(n -> n.getKind() == ElementKind.PARAMETER).map(Path.Node::getName)
                .reduce((first, last) -> last).orElse("body");
    }

    private static String slug(String reason) {
        return reason == null ? "error" : reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
