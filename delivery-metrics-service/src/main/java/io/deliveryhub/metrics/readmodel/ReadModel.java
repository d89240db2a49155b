package io.deliveryhub.metrics.readmodel;

import java.util.List;

/**
 * A read model this service derives only from events, so that {@code POST /admin/metrics/rebuild} can empty it
 * and replay the topics into it. Each projector declares its own tables; tables that hold facts received over
 * HTTP (deployments, incidents) or decisions of this service (alerts) are not read models.
 */
public interface ReadModel {

    /** The tables to empty before a replay, in an order that respects their foreign keys (children first). */
    List<String> tables();
}
