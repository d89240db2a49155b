package io.deliveryhub.projects.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.ExternalRef;
import io.deliveryhub.projects.ProjectsTopic;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ClientService {

    static final String CLIENT_CREATED = "deliveryhub.client.created.v1";
    static final String CLIENT_UPDATED = "deliveryhub.client.updated.v1";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "status", "status");
    private static final Set<String> IMMUTABLE = Set.of("id", "version", "createdAt", "updatedAt");

    private final Outbox outbox;
    private final MergePatch mergePatch;
    private final Clock clock;

    public ClientService(Outbox outbox, MergePatch mergePatch, Clock clock) {
        this.outbox = outbox;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public ClientView create(CreateClientRequest request, String actor) {
        EditableClient fields = request.editable();
        requireRefsFree(fields.externalRefs(), null);
        Client client = new Client();
        client.stampCreated(clock.instant());
        fields.applyTo(client);
        client.persist();
        ClientView view = ClientView.of(client);
        outbox.publish(ProjectsTopic.event(CLIENT_CREATED, client.id, client.id, client.createdAt,
                AggregateChange.created(client.version, actor, view)));
        return view;
    }

    @Transactional
    public ClientView update(UUID id, JsonNode patch, String ifMatch, String actor) {
        Client client = Client.<Client> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Client", id));
        ETags.requireMatch(ifMatch, client.version);
        EditableClient fields = mergePatch.apply(EditableClient.of(client), patch, EditableClient.class, IMMUTABLE);
        requireRefsFree(fields.externalRefs(), client.id);
        return apply(client, fields, actor);
    }

    /**
     * Finds the client by its identity in another system and brings it up to date, or creates it. Concurrent
     * syncs of one reference queue on a transaction-scoped advisory lock, so neither creates a duplicate.
     */
    @Transactional
    public Upserted upsert(ExternalRef ref, UpsertClientRequest request, String actor) {
        ExternalRef key = new ExternalRef(ref.system().strip(), ref.id().strip());
        Client.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "client-ref:" + key.system() + ":" + key.id()).getSingleResult();
        var existing = Client.findByExternalRef(key);
        if (existing.isEmpty()) {
            return new Upserted(create(new CreateClientRequest(request.name(), request.industry(), List.of(key)),
                    actor), true);
        }
        Client client = Client.<Client> findById(existing.get().id, LockModeType.PESSIMISTIC_WRITE);
        EditableClient current = EditableClient.of(client);
        EditableClient fields = new EditableClient(request.name(),
                request.industry() == null ? current.industry() : request.industry(),
                request.status() == null ? current.status() : request.status(), current.externalRefs());
        return new Upserted(apply(client, fields, actor), false);
    }

    public ClientView get(UUID id) {
        return ClientView.of(find(id));
    }

    public ResultPage<ClientView> list(PageRequest page, String nameContains, ClientStatus status) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (nameContains != null && !nameContains.isBlank()) {
            conditions.add("lower(name) like :q");
            parameters.and("q", "%" + nameContains.strip().toLowerCase() + "%");
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        var sort = page.toSort(SORTABLE, "name");
        var query = conditions.isEmpty() ? Client.<Client> findAll(sort)
                : Client.<Client> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, ClientView::of);
    }

    /** Whether a client of this id exists: a project must name one. */
    public boolean exists(UUID id) {
        return Client.findByIdOptional(id).isPresent();
    }

    public Client find(UUID id) {
        return Client.<Client> findByIdOptional(id).orElseThrow(() -> new NotFound("Client", id));
    }

    /** A client's answer to an upsert, and whether it was new. */
    public record Upserted(ClientView client, boolean created) {
    }

    private ClientView apply(Client client, EditableClient fields, String actor) {
        ClientView before = ClientView.of(client);
        fields.applyTo(client);
        if (AggregateChange.updated(client.version, actor, before, ClientView.of(client)).changes().isEmpty()) {
            return before;
        }
        client.stampChanged(clock.instant());
        ClientView after = ClientView.of(client);
        outbox.publish(ProjectsTopic.event(CLIENT_UPDATED, client.id, client.id, client.updatedAt,
                AggregateChange.updated(client.version, actor, before, after)));
        return after;
    }

    private static void requireRefsFree(List<ExternalRef> refs, UUID owner) {
        for (ExternalRef ref : refs == null ? List.<ExternalRef> of() : refs) {
            Client.findByExternalRef(new ExternalRef(ref.system().strip(), ref.id().strip()))
                    .filter(other -> !other.id.equals(owner))
                    .ifPresent(other -> {
                        throw new Conflict("duplicate-external-ref", ref.system() + " id " + ref.id()
                                + " already belongs to client " + other.id + "; an external id names one client only");
                    });
        }
    }
}
