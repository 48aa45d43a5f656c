package com.aftercare.webhooks.web;

import com.aftercare.identity.Caller;
import com.aftercare.platform.idempotency.KeptAnswer;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.webhooks.internal.Deliveries;
import com.aftercare.webhooks.internal.Deliveries.Delivery;
import com.aftercare.webhooks.internal.WebhookEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators register the URLs of the store's other systems that receive case events, and read the delivery log. */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Webhooks", description = "URLs that receive every case event as signed JSON, and their delivery log (role ADMIN)")
class WebhooksController {

    record NewWebhook(
            @Schema(description = "Absolute https URL that receives the events by POST, at a public address (plain http and "
                    + "internal addresses only for hosts in aftercare.webhooks.allowed-hosts)",
                    example = "https://erp.example.com/hooks/aftercare")
            String url,
            @Schema(description = "Only these timeline kinds (e.g. CASE_OPENED, REFUND_ISSUED); absent or empty: every kind")
            @Size(max = 100) List<String> kinds,
            @Size(max = 200) String description) {
    }

    record WebhookChange(@NotNull(message = "say whether the webhook is enabled") Boolean enabled) {
    }

    record WebhookWithSecret(WebhookViews.WebhookView webhook,
                             @Schema(description = "The signing secret, shown in this answer only: keep it in the receiver. "
                                     + "Null in a replay (the same Idempotency-Key again): the secret is never kept for replays",
                                     nullable = true) String secret,
                             @Schema(description = "Only in a replay: why the secret is missing and how to get a new one",
                                     nullable = true) String secretNote) {

        /** The first answer, with the secret. */
        static WebhookWithSecret shown(WebhookViews.WebhookView webhook, String secret) {
            return new WebhookWithSecret(webhook, secret, null);
        }

        /** What a replay of the same request answers: everything but the secret. */
        static WebhookWithSecret replayed(WebhookViews.WebhookView webhook) {
            return new WebhookWithSecret(webhook, null, "The secret is shown once, in the first answer to this request, and is "
                    + "not kept for repeats of it. If it was lost, give the webhook a new one with POST /api/v1/webhooks/"
                    + webhook.id() + "/secret (the old one stops at once).");
        }
    }

    record DeliveryPage(List<WebhookViews.DeliveryView> deliveries, @Schema(description = "Cursor of the next page; null on the last") String next) {
    }

    record DeliveryWithPayload(WebhookViews.DeliveryView delivery, @Schema(description = "The exact body that is signed and sent") String payload) {
    }

    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final Clock clock;
    private final WebhookViews views;

    WebhooksController(WebhookEndpoints endpoints, Deliveries deliveries, Clock clock, WebhookViews views) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
        this.views = views;
    }

    @PostMapping
    @Operation(summary = "Register a webhook", description = "The answer holds the signing secret (32 random bytes), shown this once. "
            + "Every case event of the kinds asked for is then POSTed to the URL as JSON, signed in 'Aftercare-Signature: "
            + "sha256=<hex HMAC-SHA256 of the body>' with the secret, retried with exponential back-off until a 2xx answer, "
            + "one case's events in order. The URL must be https and its host public (not loopback, private, link-local, ...) "
            + "unless the host is in aftercare.webhooks.allowed-hosts; a name is checked again at every delivery. Repeated "
            + "with the same Idempotency-Key, the answer is replayed (Idempotent-Replayed: true) without the secret.")
    ResponseEntity<WebhookWithSecret> create(@Valid @RequestBody NewWebhook webhook, @AuthenticationPrincipal Caller caller) {
        var created = endpoints.create(webhook.url(), webhook.kinds(), webhook.description(), caller.username());
        var view = views.of(created.endpoint());
        KeptAnswer.instead(WebhookWithSecret.replayed(view));
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.endpoint().id()))
                .body(WebhookWithSecret.shown(view, created.secret()));
    }

    @GetMapping
    @Operation(summary = "Every webhook", description = "With how many deliveries are pending or failed; never the secrets.")
    List<WebhookViews.WebhookView> list() {
        return endpoints.list().stream().map(views::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A webhook")
    WebhookViews.WebhookView read(@PathVariable UUID id) {
        return views.of(endpoints.get(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Enable or disable a webhook", description = "A disabled webhook gets no new deliveries; "
            + "those already pending wait and go out once it is enabled again.")
    WebhookViews.WebhookView change(@PathVariable UUID id, @Valid @RequestBody WebhookChange change) {
        return views.of(endpoints.setEnabled(id, change.enabled()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook with its delivery log")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        endpoints.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Rotate the signing secret", description = "The new secret is shown in this answer only; the old one "
            + "stops at once, and deliveries still pending are signed with the new one. Repeated with the same Idempotency-Key, "
            + "nothing is rotated again and the answer is replayed (Idempotent-Replayed: true) without the secret.")
    WebhookWithSecret rotateSecret(@PathVariable UUID id) {
        var rotated = endpoints.rotateSecret(id);
        var view = views.of(rotated.endpoint());
        KeptAnswer.instead(WebhookWithSecret.replayed(view));
        return WebhookWithSecret.shown(view, rotated.secret());
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log", description = "Newest event first, each delivery with every attempt: when, the "
            + "receiver's status code or why there was none, how long it took. Follow 'next' for the next page.")
    DeliveryPage deliveries(@PathVariable UUID id,
            @Parameter(description = "Only deliveries in this state") @RequestParam(required = false) Deliveries.Status status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @Parameter(description = "The 'next' of the previous page") @RequestParam(required = false) String cursor) {
        endpoints.get(id);
        var page = deliveries.log(id, status, limit, cursor);
        return new DeliveryPage(page.deliveries().stream().map(views::of).toList(), page.next());
    }

    @GetMapping("/{id}/deliveries/{deliveryId}")
    @Operation(summary = "One delivery with its attempts and the exact body sent")
    DeliveryWithPayload delivery(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        Delivery delivery = deliveries.find(id, deliveryId).orElseThrow(() -> noDelivery(id, deliveryId));
        return new DeliveryWithPayload(views.of(delivery), deliveries.payload(id, deliveryId).orElseThrow(() -> noDelivery(id, deliveryId)));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a FAILED (or DELIVERED) delivery again", description = "It is queued at once with a fresh set of "
            + "attempts; the same body and event id go out, so the receiver can tell it has seen it. A pending one is a 409.")
    WebhookViews.DeliveryView redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        return views.of(deliveries.redeliver(id, deliveryId, clock.instant()));
    }

    private static NotFoundException noDelivery(UUID id, UUID deliveryId) {
        return new NotFoundException("Webhook " + id + " has no delivery " + deliveryId + ".");
    }
}
