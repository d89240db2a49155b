package io.deliveryhub.gateway.views;

import io.deliveryhub.gateway.auth.InternalTokens;
import io.deliveryhub.gateway.routing.Upstreams;
import io.deliveryhub.gateway.web.AccessLog;
import io.deliveryhub.gateway.web.GatewayProblem;
import io.deliveryhub.gateway.web.RouteOrder;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composite views for frontends (the BFF of docs/architecture.md): several services asked in parallel with the
 * caller's own rights, so a view never shows what the caller could not read part by part. A part that
 * cannot be fetched is null and named in {@code warnings}; only the view's core (the project, the
 * portfolio KPIs) decides the status.
 */
@ApplicationScoped
public class ViewRoutes {

    /** Bounds the fan-out of one view. */
    static final int MAX_AT_RISK = 50;

    private final Upstreams upstreams;
    private final InternalTokens tokens;

    public ViewRoutes(Upstreams upstreams, InternalTokens tokens) {
        this.upstreams = upstreams;
        this.tokens = tokens;
    }

    void install(@Observes Router router) {
        router.get("/api/v1/views/projects/:idOrKey").order(RouteOrder.GATEWAY_ENDPOINTS).handler(this::project);
        router.get("/api/v1/views/portfolio").order(RouteOrder.GATEWAY_ENDPOINTS).handler(this::portfolio);
    }

    private void project(RoutingContext context) {
        AccessLog.route(context, "views");
        Fetch fetch = fetch(context);
        String idOrKey = context.pathParam("idOrKey");
        fetch.get("project", "/api/v1/projects/" + encode(idOrKey)).compose(project -> {
            if (!project.ok()) {
                return Future.failedFuture(core(project, "No project has id or key " + idOrKey));
            }
            String id = encode(project.object().getString("id", idOrKey));
            Future<Fetch.Part> allocations = fetch.get("team", "/api/v1/allocations?projectId=" + id);
            Future<JsonArray> team = allocations.compose(parts -> team(fetch, parts));
            Future<Fetch.Part> kpis = fetch.get("kpis", "/api/v1/metrics/projects/" + id);
            Future<Fetch.Part> alerts = fetch.get("openAlerts", "/api/v1/alerts?status=OPEN&projectId=" + id);
            return Future.all(team, kpis, alerts).map(done -> {
                List<String> warnings = new ArrayList<>();
                Fetch.Part allocationsPart = allocations.result();
                warn(warnings, allocationsPart, kpis.result(), alerts.result());
                JsonArray members = team.result();
                members.stream().map(JsonObject.class::cast).filter(member -> member.containsKey("warning"))
                        .forEach(member -> warnings.add((String) member.remove("warning")));
                return new JsonObject()
                        .put("project", project.json())
                        .put("team", allocationsPart.ok() ? members : null)
                        .put("kpis", kpis.result().json())
                        .put("openAlerts", alerts.result().ok() ? alerts.result().items() : null)
                        .put("warnings", new JsonArray(warnings));
            });
        }).onSuccess(view -> respond(context, view)).onFailure(context::fail);
    }

    /** Each allocation with its person, the people fetched once each and in parallel. */
    private static Future<JsonArray> team(Fetch fetch, Fetch.Part allocations) {
        if (!allocations.ok()) {
            return Future.succeededFuture(new JsonArray());
        }
        JsonArray items = allocations.items();
        Set<String> personIds = new LinkedHashSet<>();
        items.forEach(item -> {
            if (item instanceof JsonObject allocation && allocation.getString("personId") != null) {
                personIds.add(allocation.getString("personId"));
            }
        });
        Map<String, Future<Fetch.Part>> people = new LinkedHashMap<>();
        personIds.forEach(personId -> people.put(personId, fetch.get("person " + personId, "/api/v1/people/" + encode(personId))));
        return Fetch.all(new ArrayList<>(people.values())).map(ignored -> {
            JsonArray team = new JsonArray();
            Set<String> warned = new LinkedHashSet<>();
            items.forEach(item -> {
                JsonObject allocation = (JsonObject) item;
                Future<Fetch.Part> fetched = people.get(allocation.getString("personId"));
                Fetch.Part person = fetched == null ? null : fetched.result();
                JsonObject member = new JsonObject().put("allocation", allocation)
                        .put("person", person == null ? null : person.json());
                if (person != null && !person.ok() && warned.add(person.failure())) {
                    member.put("warning", person.failure());
                }
                team.add(member);
            });
            return team;
        });
    }

    private void portfolio(RoutingContext context) {
        AccessLog.route(context, "views");
        Fetch fetch = fetch(context);
        String query = context.request().query();
        fetch.get("kpis", "/api/v1/metrics/portfolio" + (query == null ? "" : "?" + query)).compose(kpis -> {
            if (!kpis.ok()) {
                return Future.failedFuture(core(kpis, "No portfolio KPIs"));
            }
            List<String> warnings = new ArrayList<>();
            List<String> atRiskIds = atRiskIds(kpis.object());
            if (atRiskIds.size() > MAX_AT_RISK) {
                warnings.add("atRisk: only the first " + MAX_AT_RISK + " of " + atRiskIds.size() + " projects are named");
                atRiskIds = atRiskIds.subList(0, MAX_AT_RISK);
            }
            List<Future<JsonObject>> named = atRiskIds.stream().map(id -> named(fetch, id)).toList();
            return Fetch.all(named).map(projects -> {
                projects.forEach(project -> {
                    JsonArray problems = (JsonArray) project.remove("warnings");
                    problems.forEach(problem -> warnings.add((String) problem));
                });
                return new JsonObject().put("kpis", kpis.json()).put("atRisk", new JsonArray(projects))
                        .put("warnings", new JsonArray(warnings));
            });
        }).onSuccess(view -> respond(context, view)).onFailure(context::fail);
    }

    /** An at-risk project with its name and its managers. */
    private static Future<JsonObject> named(Fetch fetch, String projectId) {
        return fetch.get("project " + projectId, "/api/v1/projects/" + encode(projectId)).compose(project -> {
            JsonArray warnings = new JsonArray();
            JsonObject entry = new JsonObject().put("projectId", projectId);
            if (!project.ok()) {
                warnings.add(project.failure());
                return Future.succeededFuture(entry.put("key", null).put("name", null)
                        .put("projectManager", null).put("deliveryManager", null).put("warnings", warnings));
            }
            JsonObject details = project.object();
            entry.put("key", details.getString("key")).put("name", details.getString("name"));
            Future<Fetch.Part> manager = person(fetch, details.getString("projectManagerId"));
            Future<Fetch.Part> deliveryManager = person(fetch, details.getString("deliveryManagerId"));
            return Future.all(manager, deliveryManager).map(done -> {
                for (Fetch.Part part : List.of(manager.result(), deliveryManager.result())) {
                    if (!part.ok()) {
                        warnings.add(part.failure());
                    }
                }
                return entry.put("projectManager", manager.result().json())
                        .put("deliveryManager", deliveryManager.result().json()).put("warnings", warnings);
            });
        });
    }

    private static Future<Fetch.Part> person(Fetch fetch, String personId) {
        return personId == null
                ? Future.succeededFuture(new Fetch.Part(null, 200, null))
                : fetch.get("person " + personId, "/api/v1/people/" + encode(personId));
    }

    /** Delivery-metrics' portfolio KPIs list their at-risk projects as {@code mostAtRisk}, each with its projectId. */
    static List<String> atRiskIds(JsonObject kpis) {
        List<String> ids = new ArrayList<>();
        if (kpis.getValue("mostAtRisk") instanceof JsonArray array) {
            array.forEach(item -> {
                if (item instanceof JsonObject project && project.getValue("projectId") instanceof String id) {
                    ids.add(id);
                }
            });
        }
        return ids;
    }

    private static void warn(List<String> warnings, Fetch.Part... parts) {
        for (Fetch.Part part : parts) {
            if (!part.ok()) {
                warnings.add(part.failure());
            }
        }
    }

    /**
     * Without its core a view cannot be answered: the service's refusal, or 503 when it could not be asked; the
     * gateway's own 503 (busy, or the breaker's wait) as the proxy would give it, since it says when to try again.
     */
    private static GatewayProblem core(Fetch.Part part, String notFound) {
        return switch (part.status()) {
            case 404 -> GatewayProblem.notFound(notFound);
            case 401, 403 -> GatewayProblem.forbidden("The caller may not read this");
            default -> part.status() >= 400 && part.status() < 500 ? refused(part)
                    : part.refusal() != null && part.refusal().status() == 503 ? part.refusal()
                    : new GatewayProblem(503, "upstream-unavailable", "Service Unavailable", part.failure(), null,
                            Map.of("Retry-After", "5"));
        };
    }

    /** The service refused what the caller asked for (a malformed id, a bad filter): the caller hears its words. */
    private static GatewayProblem refused(Fetch.Part part) {
        JsonObject problem = part.problem() == null ? new JsonObject() : part.problem();
        String type = problem.getString("type", "bad-request");
        return new GatewayProblem(part.status(), type.substring(type.lastIndexOf('/') + 1),
                problem.getString("title", "Bad Request"), problem.getString("detail", part.failure()),
                problem.getJsonArray("errors"), Map.of());
    }

    private Fetch fetch(RoutingContext context) {
        return new Fetch(upstreams, tokens, context);
    }

    private static void respond(RoutingContext context, JsonObject view) {
        context.response().putHeader("Content-Type", "application/json").end(view.encode());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
