package com.aftercare.webhooks.web;

import com.aftercare.webhooks.internal.Deliveries;
import com.aftercare.webhooks.internal.Deliveries.Delivery;
import com.aftercare.webhooks.internal.WebhookEndpoints.Endpoint;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Webhooks and their deliveries as the API and the admin page show them: moments in the store's zone, never a secret. */
@Component
class WebhookViews {

    /** A page of an endpoint's log as the admin page shows it. */
    record LogPage(List<DeliveryView> deliveries, String next) {
    }

    record WebhookView(UUID id, String url, String description, List<String> kinds, boolean enabled, OffsetDateTime createdAt,
                       String createdBy, OffsetDateTime secretRotatedAt,
                       @Schema(description = "Deliveries waiting to be sent or retried") int pending,
                       @Schema(description = "Deliveries given up after every attempt failed") int failed) {
    }

    record AttemptView(int number, OffsetDateTime at, @Schema(description = "The receiver's status code, or null") Integer statusCode,
                       @Schema(description = "Why there was no answer (timeout, refused), or null") String error, long durationMs) {
    }

    record DeliveryView(UUID id, long eventId, UUID caseId, String kind,
                        @Schema(allowableValues = {"PENDING", "DELIVERED", "FAILED"}) String status,
                        @Schema(description = "Attempts since it was (re)queued") int attempts, OffsetDateTime createdAt,
                        @Schema(description = "When it is sent next (PENDING only)") OffsetDateTime nextAttemptAt,
                        OffsetDateTime deliveredAt, Integer lastStatusCode, String lastError, List<AttemptView> attemptLog) {
    }

    private final Clock clock;

    WebhookViews(Clock clock) {
        this.clock = clock;
    }

    WebhookView of(Endpoint e) {
        return new WebhookView(e.id(), e.url(), e.description(), e.kinds(), e.enabled(), local(e.createdAt()), e.createdBy(),
                local(e.secretRotatedAt()), e.pending(), e.failed());
    }

    DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.eventId(), d.caseId(), d.kind(), d.status().name(), d.attempts(), local(d.createdAt()),
                local(d.nextAttemptAt()), local(d.deliveredAt()), d.lastStatusCode(), d.lastError(),
                d.attemptLog().stream().map(a -> new AttemptView(a.number(), local(a.at()), a.statusCode(), a.error(), a.durationMs()))
                        .toList());
    }

    LogPage of(Deliveries.Page page) {
        return new LogPage(page.deliveries().stream().map(this::of).toList(), page.next());
    }

    /** Moments as the API writes them: the store's zone, to the second (API.md, "Conventions"). */
    OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(clock.getZone()).toOffsetDateTime();
    }
}
