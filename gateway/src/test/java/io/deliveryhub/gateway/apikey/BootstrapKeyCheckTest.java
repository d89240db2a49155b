package io.deliveryhub.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapKeyCheckTest {

    @Test
    void productionRefusesTheLocalDefaultAndShortKeys() {
        assertThatThrownBy(() -> BootstrapKeyCheck.refuseUnsafe(List.of("prod"), "local-admin-key"))
                .hasMessageContaining("DELIVERYHUB_ADMIN_API_KEY");
        assertThatThrownBy(() -> BootstrapKeyCheck.refuseUnsafe(List.of("prod"), "short"))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> BootstrapKeyCheck.refuseUnsafe(List.of("prod"), "a-long-enough-secret-42"))
                .doesNotThrowAnyException();
    }

    @Test
    void theLocalStackAndTestsMayUseIt() {
        assertThatCode(() -> BootstrapKeyCheck.refuseUnsafe(List.of("local"), "local-admin-key"))
                .doesNotThrowAnyException();
        assertThatCode(() -> BootstrapKeyCheck.refuseUnsafe(List.of("test"), "test-admin-key"))
                .doesNotThrowAnyException();
    }
}
