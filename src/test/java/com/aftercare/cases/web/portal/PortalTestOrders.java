package com.aftercare.cases.web.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Orders for the portal's tests, as the shop reports them (PUT, role INTEGRATION): one watch, delivered days ago. */
final class PortalTestOrders {

    private PortalTestOrders() {
    }

    record TestOrder(String number, String email) {
    }

    static TestOrder deliveredWatch(MockMvc mvc, ApiTokens tokens, int daysAgo) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String number = "W-PORTAL-" + suffix;
        String email = "ayse." + suffix + "@example.com";
        Instant delivered = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"orderNumber": "%s", "placedAt": "%s",
                 "customer": {"email": "%s", "name": "Ayşe Yılmaz", "phone": "0555 000 00 00", "locale": "tr"},
                 "invoice": {"number": "INV-%s", "type": "INDIVIDUAL", "taxNumber": null, "companyName": null},
                 "payment": {"method": "CARD", "cardProgram": null, "installments": 1, "total": {"amount": "4999.00", "currency": "TRY"}},
                 "lines": [{"lineId": "1", "sku": "SEI-SRPD55K1", "name": "Seiko 5 Sports", "category": "WATCH",
                            "serialNumber": "SN-%s", "waterproof": false, "unitPrice": {"amount": "4999.00", "currency": "TRY"}, "quantity": 1}],
                 "delivery": {"carrier": "Yurtiçi Kargo", "deliveredAt": "%s", "signedBy": "Ayşe Yılmaz", "remarks": null}}"""
                .formatted(number, istanbul(delivered.minus(2, ChronoUnit.DAYS)), email, number, number, istanbul(delivered));
        mvc.perform(put("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        return new TestOrder(number, email);
    }

    private static String istanbul(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneId.of("Europe/Istanbul")).toString();
    }
}
