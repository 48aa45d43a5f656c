package com.aftercare.platform.idempotency;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a handler tells the {@link IdempotencyFilter} to keep for replays when its real answer must not be stored:
 * an answer that shows something once (a webhook's signing secret) would otherwise sit in
 * {@code idempotency_record} for anyone who can read the database. The replay then gets the same status and
 * {@code Location} with this body instead (as JSON). Without an Idempotency-Key nothing is kept and this does nothing.
 */
public final class KeptAnswer {

    static final String ATTRIBUTE = KeptAnswer.class.getName() + ".body";

    private KeptAnswer() {
    }

    /** Keep {@code body} for replays of the request being handled, instead of the answer it gets now. */
    public static void instead(Object body) {
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, body, RequestAttributes.SCOPE_REQUEST);
    }
}
