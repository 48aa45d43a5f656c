package com.aftercare.webhooks.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are sent and retried ({@code aftercare.webhooks.*}).
 *
 * @param connectTimeout how long to wait for the receiver's connection
 * @param readTimeout    how long to wait for its answer once the request is sent
 * @param backoffBase    the wait after the first failure; it doubles after each further one
 * @param backoffMax     the longest wait between two attempts
 * @param maxAttempts    attempts before a delivery is given up as FAILED (it stays in the log and can be redelivered)
 * @param batchSize      deliveries one dispatch round claims at a time
 * @param lease          how long a claimed delivery is reserved for the instance sending it: if that instance dies
 *                       mid-send, the delivery is due again after this (longer than both timeouts)
 * @param dispatcher     the scheduled dispatch rounds
 * @param allowedHosts   host names or IP literals (as written in the URL) that may receive webhooks although they are
 *                       not public, or over plain http: the store's own internal receivers. Empty by default: every
 *                       webhook goes over https to public addresses only
 * @param secretKey      the key (base64 of 32 random bytes, {@code openssl rand -base64 32}) under which the endpoints'
 *                       signing secrets are kept encrypted; required outside the demo and test profiles (see
 *                       {@link EndpointSecrets})
 */
@ConfigurationProperties("aftercare.webhooks")
public record WebhookSettings(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
                              @DefaultValue("30s") Duration backoffBase, @DefaultValue("1h") Duration backoffMax,
                              @DefaultValue("12") int maxAttempts, @DefaultValue("50") int batchSize,
                              @DefaultValue("2m") Duration lease, @DefaultValue Dispatcher dispatcher,
                              @DefaultValue List<String> allowedHosts, String secretKey) {

    public WebhookSettings {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("aftercare.webhooks.max-attempts and batch-size must be at least 1");
        }
        if (!backoffBase.isPositive()) {
            throw new IllegalArgumentException("aftercare.webhooks.backoff-base must be longer than zero: a failed delivery"
                    + " due again at once would keep a dispatch round going");
        }
        if (lease.compareTo(connectTimeout.plus(readTimeout)) <= 0) {
            throw new IllegalArgumentException("aftercare.webhooks.lease must be longer than connect-timeout + read-timeout, "
                    + "or a slow receiver's delivery could be sent twice at once");
        }
    }

    /** Never the key, should the settings be logged. */
    @Override
    public String toString() {
        return "WebhookSettings[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", backoffBase=" + backoffBase
                + ", backoffMax=" + backoffMax + ", maxAttempts=" + maxAttempts + ", batchSize=" + batchSize + ", lease=" + lease
                + ", dispatcher=" + dispatcher + ", allowedHosts=" + allowedHosts + ", secretKey=" + (secretKey == null ? "none" : "(set)")
                + "]";
    }

    /**
     * @param enabled  false leaves sending to whoever calls {@link WebhookDispatcher#dispatchDue} (the tests do)
     * @param interval the pause between two rounds
     */
    public record Dispatcher(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval) {
    }
}
