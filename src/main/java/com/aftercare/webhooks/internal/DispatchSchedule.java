package com.aftercare.webhooks.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs a dispatch round every {@code aftercare.webhooks.dispatcher.interval} at the clock's time. Every instance
 * runs it; the claims keep them from sending one delivery twice. Off with
 * {@code aftercare.webhooks.dispatcher.enabled=false} (the tests call {@link WebhookDispatcher#dispatchDue} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "aftercare.webhooks.dispatcher.enabled", matchIfMissing = true)
class DispatchSchedule {

    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    DispatchSchedule(WebhookDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${aftercare.webhooks.dispatcher.interval:5s}",
            initialDelayString = "${aftercare.webhooks.dispatcher.interval:5s}")
    void dispatch() {
        dispatcher.dispatchDue(clock.instant());
    }
}
