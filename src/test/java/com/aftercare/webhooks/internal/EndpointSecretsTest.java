package com.aftercare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Webhook secrets sealed at rest")
class EndpointSecretsTest {

    private static final String KEY = "DONFHU5JHgIB3icrOChxMy9TeuPp1JxVY3v2lrE9b4w=";
    private static final String OTHER_KEY = "3q2+796tvu/erb7v3q2+796tvu/erb7v3q2+796tvu8=";

    private final EndpointSecrets secrets = new EndpointSecrets(EndpointSecrets.keyFor(KEY));
    private final UUID endpoint = UUID.randomUUID();

    @Test
    @DisplayName("a sealed secret is v1: and base64 of a 96-bit nonce and the ciphertext, fresh every time, and opens again")
    void roundTrip() {
        String sealed = secrets.seal(endpoint, "whsec_abc");
        assertThat(sealed).startsWith("v1:").doesNotContain("whsec_");
        assertThat(Base64.getDecoder().decode(sealed.substring(3))).hasSize(12 + "whsec_abc".length() + 16);
        assertThat(secrets.seal(endpoint, "whsec_abc")).as("a new nonce each time").isNotEqualTo(sealed);
        assertThat(secrets.open(endpoint, sealed)).isEqualTo("whsec_abc");
    }

    @Test
    @DisplayName("a plaintext secret from before reads as it is")
    void plaintextReads() {
        assertThat(secrets.open(endpoint, "whsec_from-before")).isEqualTo("whsec_from-before");
    }

    @Test
    @DisplayName("another key, another endpoint's row or a changed byte does not open: an error, never a wrong secret")
    void tamperingFails() {
        String sealed = secrets.seal(endpoint, "whsec_abc");
        var other = new EndpointSecrets(EndpointSecrets.keyFor(OTHER_KEY));
        assertThatThrownBy(() -> other.open(endpoint, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the key is not the one it was sealed with");
        assertThatThrownBy(() -> secrets.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> secrets.open(endpoint, "v1:" + Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secrets.open(endpoint, "v2:abc")).hasMessageContaining("unknown form");
    }

    @Test
    @DisplayName("without a key the service does not start, and says how to make one (the demo brings its own)")
    void aKeyIsRequired() {
        assertThatThrownBy(() -> EndpointSecrets.keyFor(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("aftercare.webhooks.secret-key is not set").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> EndpointSecrets.keyFor("  ")).hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    @DisplayName("a key that is not base64 of 32 bytes is refused")
    void aBadKeyIsRefused() {
        assertThatThrownBy(() -> EndpointSecrets.keyFor("not base64!")).hasMessageContaining("not valid base64")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> EndpointSecrets.keyFor(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("holds 16 bytes, not the 32");
    }
}
