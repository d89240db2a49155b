package io.deliveryhub.metrics.projectkpi;

import java.util.UUID;
import org.hibernate.query.CommonQueryContract;

/** Which projects a portfolio covers; a null criterion does not narrow it. */
public record ProjectFilter(UUID deliveryManagerId, UUID clientId, String practice) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null);

    /** Whether the filter names delivery managers or clients (the criteria that pick people through projects). */
    public boolean byAccount() {
        return deliveryManagerId != null || clientId != null;
    }

    /** The SQL condition on {@code project p}, with the parameters {@link #bind} sets. */
    public static final String WHERE = """
            (cast(:dm as uuid) is null or p.delivery_manager_id = cast(:dm as uuid))
            and (cast(:client as uuid) is null or p.client_id = cast(:client as uuid))
            and (cast(:practice as text) is null or p.practice = cast(:practice as text))""";

    public void bind(CommonQueryContract query) {
        query.setParameter("dm", deliveryManagerId, UUID.class)
                .setParameter("client", clientId, UUID.class)
                .setParameter("practice", practice, String.class);
    }
}
