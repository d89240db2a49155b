package io.deliveryhub.projects.client;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.ProjectsTopic;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ClientService {

    static final String CLIENT_CREATED = "deliveryhub.client.created.v1";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    private final Outbox outbox;
    private final Clock clock;

    public ClientService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ClientView create(CreateClientRequest request, String actor) {
        Client client = new Client();
        client.stampCreated(clock.instant());
        client.name = request.name().strip();
        client.industry = request.industry();
        client.status = ClientStatus.ACTIVE;
        client.persist();
        ClientView view = ClientView.of(client);
        outbox.publish(ProjectsTopic.event(CLIENT_CREATED, client.id, client.id, client.createdAt,
                AggregateChange.created(client.version, actor, view)));
        return view;
    }

    public ClientView get(UUID id) {
        return ClientView.of(find(id));
    }

    public ResultPage<ClientView> list(PageRequest page, String nameContains) {
        var sort = page.toSort(SORTABLE, "name");
        var query = nameContains == null || nameContains.isBlank()
                ? Client.<Client> findAll(sort)
                : Client.<Client> find("lower(name) like :q", sort,
                        Parameters.with("q", "%" + nameContains.toLowerCase() + "%"));
        return ResultPage.of(query, page, ClientView::of);
    }

    public Client find(UUID id) {
        return Client.<Client> findByIdOptional(id).orElseThrow(() -> new NotFound("Client", id));
    }
}
