package com.aftercare.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The endpoints' signing secrets as {@code webhook_endpoint.secret} keeps them: AES-256-GCM under
 * {@code aftercare.webhooks.secret-key}, a fresh 96-bit nonce per value, stored as {@code v1:} and the base64 of
 * nonce and ciphertext. The endpoint's id is the associated data, so a value copied onto another row does not open.
 * A database dump or backup then holds no usable secret. Values still in plaintext ({@code whsec_...}, written before
 * this) read as they are until {@link PlaintextSecretsSealing} has sealed them.
 */
@Component
class EndpointSecrets {

    static final String PROPERTY = "aftercare.webhooks.secret-key";
    private static final String VERSION = "v1:";
    private static final String PLAINTEXT_PREFIX = "whsec_";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Autowired
    EndpointSecrets(WebhookSettings settings) {
        this(keyFor(settings.secretKey()));
    }

    EndpointSecrets(SecretKey key) {
        this.key = key;
    }

    /** The key from its configured base64 form (the demo brings its own: DemoProfileActivator). */
    static SecretKey keyFor(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is not set. Webhook signing secrets are stored encrypted under it: "
                    + "make a key with `openssl rand -base64 32` and give it as " + PROPERTY
                    + " (or the environment variable AFTERCARE_WEBHOOKS_SECRET_KEY); keep it as safe as the database password, "
                    + "and keep it across restarts, or the stored secrets cannot be read.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not valid base64; make a key with `openssl rand -base64 32`", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(PROPERTY + " holds " + bytes.length + " bytes, not the 32 of an AES-256 key; make one with "
                    + "`openssl rand -base64 32`");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The stored form of an endpoint's secret. */
    String seal(UUID endpointId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, endpointId, nonce, secret.getBytes(StandardCharsets.UTF_8), 0);
        byte[] stored = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return VERSION + Base64.getEncoder().encodeToString(stored);
    }

    /** The secret from its stored form; a value this key did not seal is an {@link IllegalStateException}. */
    String open(UUID endpointId, String stored) {
        if (isPlaintext(stored)) {
            return stored;
        }
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IllegalStateException("The secret of webhook " + endpointId + " is stored in an unknown form");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("The secret of webhook " + endpointId + " is stored truncated");
        }
        byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
        return new String(crypt(Cipher.DECRYPT_MODE, endpointId, nonce, bytes, NONCE_BYTES), StandardCharsets.UTF_8);
    }

    static boolean isPlaintext(String stored) {
        return stored != null && stored.startsWith(PLAINTEXT_PREFIX);
    }

    private byte[] crypt(int mode, UUID endpointId, byte[] nonce, byte[] input, int offset) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(endpointId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input, offset, input.length - offset);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The secret of webhook " + endpointId + " does not open under " + PROPERTY
                    + ": the key is not the one it was sealed with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
