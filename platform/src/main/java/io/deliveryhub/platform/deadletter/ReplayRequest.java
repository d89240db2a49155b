package io.deliveryhub.platform.deadletter;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which dead letters to replay: the one at {@code partition} and {@code offset} of the .dlq topic, or all of them. */
@Schema(name = "DeadLetterReplay", examples = { "{\"partition\":0,\"offset\":12}", "{\"all\":true}" })
public record ReplayRequest(@Min(0) Integer partition, @Min(0) Long offset,
        @Schema(description = "Replay every dead letter of the topic that this service parked and has not applied since")
        Boolean all) {

    public boolean everything() {
        return Boolean.TRUE.equals(all);
    }

    @AssertTrue(message = "name one dead letter by partition and offset, or give all: true")
    @Schema(hidden = true)
    public boolean isOneOrAll() {
        return everything() ? partition == null && offset == null : partition != null && offset != null;
    }
}
