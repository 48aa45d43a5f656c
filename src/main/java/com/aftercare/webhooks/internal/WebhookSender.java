package com.aftercare.webhooks.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * One HTTP POST of a delivery, with short timeouts and no redirects followed. It never throws: whatever happens
 * becomes the attempt's {@link Deliveries.Outcome} (a status code, or the reason there was none).
 */
@Component
class WebhookSender {

    static final String DELIVERY_HEADER = "Aftercare-Delivery";
    static final String EVENT_HEADER = "Aftercare-Event";
    static final String TIMESTAMP_HEADER = "Aftercare-Timestamp";

    private final HttpClient client;
    private final WebhookSettings settings;

    WebhookSender(WebhookSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Deliveries.Outcome send(Deliveries.Claimed delivery, Instant now) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(settings.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Aftercare-Webhooks/1")
                    .header(DELIVERY_HEADER, delivery.id().toString())
                    .header(EVENT_HEADER, CaseEventPayload.typeOf(delivery.kind()))
                    .header(TIMESTAMP_HEADER, Long.toString(now.getEpochSecond()))
                    .header(WebhookSignature.HEADER, WebhookSignature.of(delivery.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Deliveries.Outcome(response.statusCode(), null, since(started));
        } catch (HttpConnectTimeoutException e) {
            return failed("no connection within " + settings.connectTimeout().toMillis() + " ms", started);
        } catch (HttpTimeoutException e) {
            return failed("no answer within " + settings.readTimeout().toMillis() + " ms", started);
        } catch (ConnectException e) {
            return failed("connection refused or unreachable" + (e.getMessage() == null ? "" : ": " + e.getMessage()), started);
        } catch (IOException | IllegalArgumentException e) {
            return failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted while sending (the service was stopping)", started);
        }
    }

    private static Deliveries.Outcome failed(String error, long started) {
        return new Deliveries.Outcome(null, error, since(started));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
