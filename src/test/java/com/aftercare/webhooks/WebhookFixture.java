package com.aftercare.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks registered through the API, and cases opened through it, as the webhook tests need them. */
final class WebhookFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private final MockMvc mvc;
    private final ApiTokens tokens;
    private final List<String> registered = new ArrayList<>();

    WebhookFixture(MockMvc mvc, ApiTokens tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    /** Registers a webhook as an administrator; answers the creation's body (with the secret). */
    JsonNode register(String url, String... kinds) throws Exception {
        String kindList = kinds.length == 0 ? "" : ", \"kinds\": [\"" + String.join("\", \"", kinds) + "\"]";
        MvcResult result = mvc.perform(post("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + url + "\"" + kindList + "}")).andReturn();
        JsonNode created = expect(201, result);
        registered.add(created.get("webhook").get("id").asString());
        return created;
    }

    /** Removes every webhook this fixture registered (after each test: the next one's events reach none of them). */
    void removeRegistered() throws Exception {
        for (String id : registered) {
            remove(id);
        }
        registered.clear();
    }

    void remove(String webhookId) throws Exception {
        mvc.perform(delete("/api/v1/webhooks/{id}", webhookId).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.ADMIN)));
    }

    /** Puts an order of one watch delivered five days ago and opens a RETURN of it; answers the case. */
    JsonNode openReturn() throws Exception {
        String number = "HOOK-" + UUID.randomUUID().toString().substring(0, 13);
        Instant delivered = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String order = """
                {
                  "orderNumber": "%s",
                  "placedAt": "%s",
                  "customer": {"email": "ayse@example.com", "name": "Ayşe Yılmaz", "phone": "0555 000 00 00", "locale": "tr"},
                  "invoice": {"number": "INV-%s", "type": "INDIVIDUAL", "taxNumber": null, "companyName": null},
                  "payment": {"method": "BANK_TRANSFER", "cardProgram": null, "installments": 1, "total": {"amount": "4999.90", "currency": "TRY"}},
                  "lines": [{"lineId": "1", "sku": "SEI-SRPD55K1", "name": "Seiko 5 Sports", "category": "WATCH",
                             "serialNumber": "SW-%s", "waterproof": false, "unitPrice": {"amount": "4999.90", "currency": "TRY"}, "quantity": 1}],
                  "delivery": {"carrier": "Yurtiçi Kargo", "deliveredAt": "%s", "signedBy": "Ayşe Yılmaz", "remarks": null}
                }""".formatted(number, moment(delivered.minus(2, ChronoUnit.DAYS)), number, UUID.randomUUID(), moment(delivered));
        expect(201, mvc.perform(put("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(MediaType.APPLICATION_JSON).content(order)).andReturn());
        String opening = """
                {"type": "RETURN", "orderNumber": "%s", "items": [{"lineId": "1"}], "channel": "WEB",
                 "description": "The customer changed her mind."}""".formatted(number);
        return expect(201, mvc.perform(post("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT))
                .contentType(MediaType.APPLICATION_JSON).content(opening)).andReturn());
    }

    /** An agent cancels the case on the customer's behalf (a committed step). */
    void cancel(String caseId) throws Exception {
        expect(200, mvc.perform(post("/api/v1/cases/{id}/cancel", caseId).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"The customer kept the watch.\"}")).andReturn());
    }

    static JsonNode expect(int status, MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }

    private static String moment(Instant instant) {
        return instant.atZone(ISTANBUL).toOffsetDateTime().toString();
    }
}
