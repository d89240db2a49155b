package io.deliveryhub.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The HTTP shapes of docs/api.md that every resource uses: ETag on reads, 201 + Location on creates. */
public final class Responses {

    private Responses() {
    }

    /** 201 with the new resource, its Location (as the caller addressed us, forwarded headers honoured) and ETag. */
    public static Response created(UriInfo uri, UUID id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(ETags.of(version)).entity(body).build();
    }

    public static Response ok(long version, Object body) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }
}
