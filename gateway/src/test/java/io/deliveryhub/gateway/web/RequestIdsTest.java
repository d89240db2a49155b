package io.deliveryhub.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    private static final String FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}";

    @Test
    void continuesTheCallersTraceWithTheGatewayAsParent() {
        String given = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        String forwarded = RequestIds.continued(given);

        assertThat(forwarded).matches(FORMAT).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").endsWith("-01");
        assertThat(forwarded).isNotEqualTo(given);
    }

    @Test
    void startsANewTraceWhenThereIsNoneOrItIsMalformed() {
        for (String given : new String[] { null, "", "garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" }) {
            String forwarded = RequestIds.continued(given);
            assertThat(forwarded).as(String.valueOf(given)).matches(FORMAT).endsWith("-01");
            assertThat(forwarded).doesNotContain("4bf92f3577b34da6a3ce929d0e0e4736");
        }
    }

    @Test
    void makesRandomVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String id = RequestIds.newId();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            ids.add(id);
        }
        assertThat(ids).hasSize(1_000);
    }
}
