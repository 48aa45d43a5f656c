package com.aftercare.webhooks.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * One HTTP POST of a delivery, with short timeouts and no redirects followed. It never throws: whatever happens
 * becomes the attempt's {@link Deliveries.Outcome} (a status code, or the reason there was none).
 *
 * <p>Apache HttpClient rather than the JDK's: its name resolution can be replaced ({@link CheckedDnsResolver}), so
 * the receiver's name is resolved and checked at every delivery and the connection goes to the address checked.
 * Connections are not kept alive for the next delivery, which therefore resolves and checks afresh; no cookies, no
 * automatic retries (the dispatcher's back-off is the only retry).
 */
@Component
class WebhookSender implements AutoCloseable {

    static final String DELIVERY_HEADER = "Aftercare-Delivery";
    static final String EVENT_HEADER = "Aftercare-Event";
    static final String TIMESTAMP_HEADER = "Aftercare-Timestamp";
    /** Deliveries of one batch go out side by side (see the dispatcher), so the pool allows a whole batch at once. */
    private static final int MAX_CONNECTIONS = 200;

    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("webhook-deadline").factory());
    private final WebhookSettings settings;
    private final ReceiverPolicy policy;

    WebhookSender(WebhookSettings settings, ReceiverPolicy policy) {
        this.settings = settings;
        this.policy = policy;
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new CheckedDnsResolver(policy))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    Deliveries.Outcome send(Deliveries.Claimed delivery, Instant now) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try {
            URI url = URI.create(delivery.url());
            Optional<String> refused = policy.refusalBeforeConnecting(url);
            if (refused.isPresent()) {
                return failed(refused.get(), started);
            }
            HttpPost request = new HttpPost(url);
            request.setHeader("User-Agent", "Aftercare-Webhooks/1");
            request.setHeader(DELIVERY_HEADER, delivery.id().toString());
            request.setHeader(EVENT_HEADER, CaseEventPayload.typeOf(delivery.kind()));
            request.setHeader(TIMESTAMP_HEADER, Long.toString(now.getEpochSecond()));
            request.setHeader(WebhookSignature.HEADER, WebhookSignature.of(delivery.secret(), body));
            request.setEntity(new ByteArrayEntity(body, ContentType.create("application/json")));
            // The socket timeouts bound each read, not the whole answer: a receiver trickling a byte at a time could
            // hold the delivery past its lease (and another instance would send it again). The whole attempt gets
            // connect + read timeout, then the request is aborted.
            AtomicBoolean overdue = new AtomicBoolean();
            ScheduledFuture<?> deadline = deadlines.schedule(() -> {
                overdue.set(true);
                request.cancel();
            }, settings.connectTimeout().plus(settings.readTimeout()).toMillis(), TimeUnit.MILLISECONDS);
            try {
                ClassicHttpResponse response = client.executeOpen(null, request, null);
                int status = response.getCode();
                // The status is the whole answer a delivery needs; its body is not read (a slow or endless one must
                // not hold the delivery), and the connection is not reused anyway: abort it, then let it go.
                request.cancel();
                closeQuietly(response);
                return new Deliveries.Outcome(status, null, since(started));
            } catch (IOException e) {
                if (overdue.get()) {
                    return failed("no complete answer within " + settings.connectTimeout().plus(settings.readTimeout()).toMillis()
                            + " ms", started);
                }
                throw e;
            } finally {
                deadline.cancel(false);
            }
        } catch (ReceiverPolicy.RefusedAddressException e) {
            return failed(e.getMessage(), started);
        } catch (ConnectTimeoutException e) {
            return failed("no connection within " + settings.connectTimeout().toMillis() + " ms", started);
        } catch (SocketTimeoutException e) {
            return failed("no answer within " + settings.readTimeout().toMillis() + " ms", started);
        } catch (ConnectException e) {
            return failed("connection refused or unreachable" + (e.getMessage() == null ? "" : ": " + e.getMessage()), started);
        } catch (InterruptedIOException e) {
            return failed("interrupted while sending (the service was stopping)", started);
        } catch (IOException | IllegalArgumentException e) {
            return failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), started);
        }
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException aborted) {
            // the connection was aborted on purpose; nothing of it is needed
        }
    }

    private static Deliveries.Outcome failed(String error, long started) {
        return new Deliveries.Outcome(null, error, since(started));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
