package com.aftercare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The receiver rules without the service around them: a scripted DNS, an allow-list of one internal host. */
@DisplayName("Where webhooks may go")
class ReceiverPolicyTest {

    private static final Map<String, List<String>> DNS = Map.of(
            "erp.example.com", List.of("8.8.8.8"),
            "erp.local", List.of("10.0.0.5"),
            "mixed.example.com", List.of("8.8.4.4", "127.0.0.1"),
            "v6.example.com", List.of("2001:4860:4860::8888", "fd00::1"),
            "hooks.internal", List.of("192.168.1.20"));

    private final ReceiverPolicy policy = new ReceiverPolicy(settings(List.of("hooks.internal", "[fd00::7]")), ReceiverPolicyTest::dns);

    private static InetAddress[] dns(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = InetAddress.getByName(addresses.get(i));
        }
        return resolved;
    }

    static WebhookSettings settings(List<String> allowedHosts) {
        return new WebhookSettings(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(30),
                java.time.Duration.ofHours(1), 12, 50, java.time.Duration.ofMinutes(2),
                new WebhookSettings.Dispatcher(false, java.time.Duration.ofSeconds(5)), allowedHosts, null);
    }

    private String refusal(String url) {
        return policy.refusalAtRegistration(URI.create(url)).orElse(null);
    }

    @Test
    @DisplayName("a name resolving to a private address is refused with the address and the way out")
    void privateName() {
        assertThat(refusal("https://erp.local/hooks")).isEqualTo("erp.local resolves to 10.0.0.5, a private address; webhooks go "
                + "only to public addresses unless the host is in aftercare.webhooks.allowed-hosts");
    }

    @Test
    @DisplayName("a name with several addresses is refused if any one of them is not public, in either family")
    void anyBadAddressRefuses() {
        assertThat(refusal("https://mixed.example.com/")).startsWith("mixed.example.com resolves to 127.0.0.1, a loopback address");
        assertThat(refusal("https://v6.example.com/")).startsWith("v6.example.com resolves to fd00:0:0:0:0:0:0:1, a unique-local address");
    }

    @Test
    @DisplayName("a literal is judged as it is; the metadata service's address is link-local")
    void literals() {
        assertThat(refusal("https://169.254.169.254/latest/meta-data")).startsWith("169.254.169.254 is a link-local address");
        assertThat(refusal("https://[::1]:8443/")).startsWith("0:0:0:0:0:0:0:1 is a loopback address");
        assertThat(refusal("https://[::ffff:127.0.0.1]/")).startsWith("127.0.0.1 is a loopback address");
        assertThat(refusal("https://8.8.8.8/")).isNull();
    }

    @Test
    @DisplayName("a public https receiver is accepted, and so is a name that does not resolve yet")
    void accepted() {
        assertThat(refusal("https://erp.example.com/hooks")).isNull();
        assertThat(refusal("https://not-yet.example.com/hooks")).isNull();
    }

    @Test
    @DisplayName("plain http only to allow-listed hosts, which may also be internal; the allow-list compares hosts, not addresses")
    void allowList() {
        assertThat(refusal("http://erp.example.com/hooks")).isEqualTo("must use https: plain http goes only to hosts in "
                + "aftercare.webhooks.allowed-hosts (erp.example.com is not)");
        assertThat(refusal("http://hooks.internal:8080/aftercare")).isNull();
        assertThat(refusal("http://HOOKS.internal./aftercare")).isNull();
        assertThat(refusal("http://[fd00:0::7]/")).isNull();
        assertThat(refusal("https://192.168.1.20/")).as("the address of an allow-listed name is not itself allowed")
                .startsWith("192.168.1.20 is a private address");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://2130706433/", "http://0x7f000001/", "http://017700000001/", "http://127.1/", "http://127.0.0.1./",
            "https://0177.0.0.1/", "https://1.2.3.4.5/", "https://[fe80::1%25eth0]/", "http://hooks.internal.0x10/"})
    @DisplayName("a numeric host in any form but a plain dotted quad or a bracketed IPv6 literal is ambiguous, allow-list or not")
    void ambiguousNumbers(String url) {
        assertThat(refusal(url)).contains("programs read differently");
        assertThat(policy.refusalBeforeConnecting(URI.create(url))).hasValueSatisfying(reason -> assertThat(reason).startsWith("refused: "));
    }

    @Test
    @DisplayName("at delivery every address is checked afresh, and only checked ones are handed to the connection")
    void atDelivery() throws Exception {
        assertThat(policy.checkedAddresses("erp.example.com")).extracting(InetAddress::getHostAddress).containsExactly("8.8.8.8");
        assertThatThrownBy(() -> policy.checkedAddresses("mixed.example.com"))
                .isInstanceOf(ReceiverPolicy.RefusedAddressException.class)
                .hasMessage("refused: mixed.example.com resolved to 127.0.0.1, a loopback address");
        assertThatThrownBy(() -> policy.checkedAddresses("127.0.0.1")).hasMessage("refused: 127.0.0.1 is a loopback address");
        assertThatThrownBy(() -> policy.checkedAddresses("2130706433")).hasMessageContaining("programs read differently");
        assertThat(policy.checkedAddresses("hooks.internal")).extracting(InetAddress::getHostAddress).containsExactly("192.168.1.20");
        assertThatThrownBy(() -> policy.checkedAddresses("gone.example.com")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(ReceiverPolicy.RefusedAddressException.class);
    }
}
