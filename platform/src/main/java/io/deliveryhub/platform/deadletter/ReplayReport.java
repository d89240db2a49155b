package io.deliveryhub.platform.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay did with each dead letter it took up, in the order of the .dlq topic. */
@Schema(name = "DeadLetterReplayReport", examples = """
        {"topic":"deliveryhub.projects.v1","applied":1,"alreadyApplied":0,"failed":0,"replayed":[{"partition":0,\
        "offset":12,"eventId":"0193a6f0-7c1e-7d2a-9b3e-2f4c5d6e7f80","outcome":"APPLIED"}]}""")
public record ReplayReport(String topic, long applied, long alreadyApplied, long failed, List<Replayed> replayed) {

    public static ReplayReport of(String topic, List<Replayed> replayed) {
        return new ReplayReport(topic, count(replayed, Outcome.APPLIED), count(replayed, Outcome.ALREADY_APPLIED),
                count(replayed, Outcome.FAILED), replayed);
    }

    private static long count(List<Replayed> replayed, Outcome outcome) {
        return replayed.stream().filter(one -> one.outcome() == outcome).count();
    }

    public enum Outcome {
        /** Applied now. */
        APPLIED,
        /** Its event had been applied already (an earlier replay or a redelivery): nothing changed. */
        ALREADY_APPLIED,
        /** It fails still; {@code reason} says why. It stays in the .dlq topic. */
        FAILED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Replayed(int partition, long offset, UUID eventId, Outcome outcome, String reason) {
    }
}
