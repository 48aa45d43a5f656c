package com.aftercare.orders;

import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Valid order documents (the PUT body of API.md) with unique numbers and serials, for tests to spoil one field at a time. */
public final class OrderDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OrderDocuments() {
    }

    public static String uniqueNumber(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A delivered order of one waterproof watch and two straps, paid by WORLD card in 3 installments. */
    public static ObjectNode delivered(String orderNumber) {
        String serial = "SN-" + orderNumber;
        return (ObjectNode) JSON.readTree("""
                {
                  "orderNumber": "%s",
                  "placedAt": "2025-01-10T10:00:00+03:00",
                  "customer": {"email": "ayse@example.com", "name": "Ayşe Yılmaz", "phone": "0555 000 00 00", "locale": "tr"},
                  "invoice": {"number": "INV-%s", "type": "INDIVIDUAL", "taxNumber": null, "companyName": null},
                  "payment": {"method": "CARD", "cardProgram": "WORLD", "installments": 3, "total": {"amount": "1699.80", "currency": "TRY"}},
                  "lines": [
                    {"lineId": "1", "sku": "SEI-SRPD55K1", "name": "Seiko 5 Sports", "category": "WATCH", "serialNumber": "%s",
                     "waterproof": true, "unitPrice": {"amount": "1499.90", "currency": "TRY"}, "quantity": 1},
                    {"lineId": "2", "sku": "STR-20-LEA", "name": "Leather strap 20 mm", "category": "STRAP", "serialNumber": null,
                     "waterproof": false, "unitPrice": {"amount": "99.95", "currency": "TRY"}, "quantity": 2}
                  ],
                  "delivery": {"carrier": "Yurtiçi Kargo", "deliveredAt": "2025-01-12T15:30:00+03:00", "signedBy": "Ayşe Yılmaz", "remarks": null}
                }
                """.formatted(orderNumber, orderNumber, serial));
    }

    public static String json(ObjectNode document) {
        return JSON.writeValueAsString(document);
    }

    public static JsonMapper mapper() {
        return JSON;
    }
}
