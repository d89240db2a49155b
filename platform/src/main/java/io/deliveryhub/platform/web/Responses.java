package io.deliveryhub.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/** The HTTP shapes of docs/api.md that every resource uses: ETag on reads, 201 + Location on creates. */
public final class Responses {

    private Responses() {
    }

    /**
     * 201 with the new resource, its Location (as the caller addressed us, forwarded headers honoured) and ETag. The
     * Location is the request's path and the id joined as text: a UUID needs no encoding, and the URI builder's
     * encoding and parsing were a few per cent of a single write's CPU (docs/performance.md).
     */
    public static Response created(UriInfo uri, UUID id, long version, Object body) {
        String collection = uri.getAbsolutePath().toString();
        URI location = URI.create(collection.endsWith("/") ? collection + id : collection + "/" + id);
        return Response.created(location).tag(ETags.of(version)).entity(body).build();
    }

    public static Response ok(long version, Object body) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }
}
