package com.aftercare.cases;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** Finds orders and their cases by order number, customer name, e-mail or phone, or case reference. */
public interface CaseSearch {

    /** At most this many orders; a term this broad should be narrowed. */
    int LIMIT = 50;

    record OrderHit(String orderNumber, String customerName, String customerEmail, Instant placedAt, List<CaseHit> cases) {
    }

    record CaseHit(UUID id, String reference, String type, String status, ZonedDateTime requestedAt) {
    }

    List<OrderHit> search(String term);
}
