package io.deliveryhub.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {

    private static final TargetPolicy PRODUCTION = new TargetPolicy(false, false);
    private static final TargetPolicy LOCAL = new TargetPolicy(true, true);

    @Test
    void productionTakesHttpsUrlsOfNamedHostsOnly() {
        assertThat(PRODUCTION.refusal("https://hooks.example.com/deliveryhub?tenant=7")).isNull();
        assertThat(PRODUCTION.refusal("http://hooks.example.com/")).isEqualTo("must be an https URL");
        assertThat(PRODUCTION.refusal("ftp://hooks.example.com/")).isEqualTo("must be an https URL");
        assertThat(PRODUCTION.refusal("https://user:pw@hooks.example.com/")).contains("without user information");
        assertThat(PRODUCTION.refusal("https://hooks.example.com/#x")).contains("fragment");
        assertThat(PRODUCTION.refusal("not a url")).isNotNull();
        assertThat(PRODUCTION.refusal("")).isEqualTo("is required");
        assertThat(PRODUCTION.refusal("https://example.com/" + "a".repeat(2000))).contains("2000");
    }

    @Test
    void refusesLiteralPrivateLoopbackLinkLocalAndMulticastAddresses() {
        for (String url : List.of("https://127.0.0.1/", "https://localhost:8443/", "https://10.1.2.3/",
                "https://172.16.0.1/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/", "https://[fe80::1]/", "https://[fd00::1]/", "https://224.0.0.1/",
                "https://0.0.0.0/", "https://100.64.0.1/", "https://[::ffff:10.0.0.1]/")) {
            assertThat(PRODUCTION.refusal(url)).as(url).isNotNull();
        }
        assertThat(PRODUCTION.refusal("https://93.184.216.34/")).isNull();
    }

    @Test
    void theLocalStackAlsoTakesHttpAndLoopbackButNeverPrivateNetworks() {
        assertThat(LOCAL.refusal("http://localhost:9000/hook")).isNull();
        assertThat(LOCAL.refusal("http://127.0.0.1:9000/hook")).isNull();
        assertThat(LOCAL.refusal("http://10.0.0.8/hook")).contains("private");
        assertThat(LOCAL.refusal("http://169.254.169.254/")).contains("link-local");
    }

    @Test
    void checksEveryResolvedAddressBeforeADelivery() throws Exception {
        InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
        InetAddress rebound = InetAddress.getByName("10.0.0.5");

        assertThat(PRODUCTION.refusal(List.of(publicAddress))).isNull();
        assertThat(PRODUCTION.refusal(List.of(publicAddress, rebound))).contains("10.0.0.5");
        assertThat(PRODUCTION.refusal(List.of(InetAddress.getByName("127.0.0.1")))).contains("loopback");
        assertThat(PRODUCTION.refusal(List.of())).contains("no address");
        assertThat(LOCAL.refusal(List.of(InetAddress.getByName("127.0.0.1")))).isNull();
    }
}
