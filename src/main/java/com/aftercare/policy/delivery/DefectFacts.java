package com.aftercare.policy.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * What is known about damage or a defect the customer noticed after delivery (DLV-4).
 *
 * @param photosReceived the photos customer services asked for have arrived
 * @param examined the examination is done
 * @param customerCaused its finding: whether the customer caused it; {@code null} exactly while not examined
 * @param deliveredAt when the goods were delivered
 * @param requestedAt when the customer reported it to customer services
 */
public record DefectFacts(boolean photosReceived, boolean examined, Boolean customerCaused, Instant deliveredAt,
                          Instant requestedAt) {

    public DefectFacts {
        if (examined != (customerCaused != null)) {
            throw new IllegalArgumentException(examined
                    ? "an examination that is done has a finding (customerCaused)"
                    : "there is no finding (customerCaused) before the examination");
        }
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** Before the examination: only the photos are known. */
    public static DefectFacts awaitingExamination(boolean photosReceived, Instant deliveredAt, Instant requestedAt) {
        return new DefectFacts(photosReceived, false, null, deliveredAt, requestedAt);
    }

    /** After the examination, with its finding. */
    public static DefectFacts examined(boolean customerCaused, Instant deliveredAt, Instant requestedAt) {
        return new DefectFacts(true, true, customerCaused, deliveredAt, requestedAt);
    }
}
