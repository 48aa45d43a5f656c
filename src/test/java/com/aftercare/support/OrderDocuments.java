package com.aftercare.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The JSON the shop PUTs for an order of one unit delivered {@code daysAgo} days ago, placed two
 * days before that, paid by card in one go: invoice {@code INV-<number>}, serial {@code SN-<number>}.
 */
public final class OrderDocuments {

    private OrderDocuments() {
    }

    public static String deliveredUnit(String number, String email, String name, String locale, String category,
            String product, int daysAgo) {
        Instant delivered = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"orderNumber": "%s", "placedAt": "%s",
                 "customer": {"email": "%s", "name": "%s", "phone": "0555 000 00 00", "locale": "%s"},
                 "invoice": {"number": "INV-%s", "type": "INDIVIDUAL", "taxNumber": null, "companyName": null},
                 "payment": {"method": "CARD", "cardProgram": null, "installments": 1, "total": {"amount": "4999.00", "currency": "TRY"}},
                 "lines": [{"lineId": "1", "sku": "SKU-%s", "name": "%s", "category": "%s",
                            "serialNumber": "SN-%s", "waterproof": false, "unitPrice": {"amount": "4999.00", "currency": "TRY"}, "quantity": 1}],
                 "delivery": {"carrier": "Yurtiçi Kargo", "deliveredAt": "%s", "signedBy": "%s", "remarks": null}}"""
                .formatted(number, istanbul(delivered.minus(2, ChronoUnit.DAYS)), email, name, locale, number, category, product,
                        category, number, istanbul(delivered), name);
    }

    /** A watch bought by Ayşe Yılmaz: the common case of the portal's tests. */
    public static String deliveredWatch(String number, String email, String locale, int daysAgo) {
        return deliveredUnit(number, email, "Ayşe Yılmaz", locale, "WATCH", "Seiko 5 Sports", daysAgo);
    }

    private static String istanbul(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneId.of("Europe/Istanbul")).toString();
    }
}
