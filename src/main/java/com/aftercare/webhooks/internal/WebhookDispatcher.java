package com.aftercare.webhooks.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the deliveries that are due: claims a batch (see {@link Deliveries#claimDue}), posts each on its own virtual
 * thread, records every outcome, and goes on while full batches come back. Any instance may run it at any time.
 */
@Service
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final Backoff backoff;

    WebhookDispatcher(Deliveries deliveries, WebhookSender sender, WebhookSettings settings) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.settings = settings;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax());
    }

    /**
     * One dispatch round at the moment {@code now}. A batch holds at most one delivery per case and endpoint (see
     * {@link Deliveries#claimDue}), so the round goes on while batches bring anything: once a case's event is
     * delivered, its next one is due in the following batch, and a case's backlog goes out in one round, in order.
     * The round ends when nothing is due at {@code now}: every claimed delivery is due again only after its lease or
     * its backoff, both after {@code now}, and what is queued later waits for the next round; so the round is bounded
     * by the backlog it found, which it sends whole (a bound of 20 batches held a backlog to 200 a second).
     *
     * @return the attempts made
     */
    public int dispatchDue(Instant now) {
        int attempts = 0;
        while (true) {
            List<Deliveries.Claimed> claimed = deliveries.claimDue(now, settings.lease(), settings.batchSize());
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                claimed.forEach(delivery -> threads.submit(() -> attempt(delivery, now)));
            }
            attempts += claimed.size();
            if (claimed.isEmpty()) {
                break;
            }
        }
        return attempts;
    }

    private void attempt(Deliveries.Claimed delivery, Instant now) {
        Deliveries.Outcome outcome = sender.send(delivery, now);
        try {
            deliveries.record(delivery, now, outcome, backoff, settings.maxAttempts());
        } catch (RuntimeException e) {
            // The claim's lease runs out and the delivery is tried again: at least once, never lost.
            log.error("Could not record the attempt of webhook delivery {}", delivery.id(), e);
        }
        if (!outcome.succeeded()) {
            // Receivers sometimes carry a credential in the query string: the log names the URL without it.
            log.info("Webhook delivery {} to {} failed: {}", delivery.id(), delivery.url().replaceFirst("[?#].*$", "?…"),
                    outcome.statusCode() != null ? "HTTP " + outcome.statusCode() : outcome.error());
        }
    }
}
