package io.deliveryhub.resources.resourcerequest;

import io.deliveryhub.resources.allocation.AllocationView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FilledResourceRequest", description = "The request, now FILLED, and the allocation that fills it")
public record FilledRequest(ResourceRequestView request, AllocationView allocation) {
}
