package com.aftercare.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders and RETURN cases made through the API for the error tests, each on its own order (the
 * database is shared), plus tiny real files to attach. Every helper that should succeed asserts it
 * did, so a test fails where its set-up breaks and not later with a puzzling answer.
 */
final class CaseErrorsFixture {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Lines of every test order: a watch, two straps, a smart watch, headphones and a charger. */
    static final String WATCH = "1";
    static final String STRAPS = "2";
    static final String SMART_WATCH = "3";
    static final String HEADPHONES = "4";
    static final String CHARGER = "5";

    private final MockMvc mvc;
    private final ApiTokens tokens;

    CaseErrorsFixture(MockMvc mvc, ApiTokens tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    /** A delivered order, placed 6 days ago and delivered 3 days ago: well inside the return window. */
    record TestOrder(String number, OffsetDateTime placedAt) {
        String serial(String lineId) {
            return "L" + lineId + "-" + number;
        }
    }

    TestOrder cardOrder() {
        return order("CARD", "\"WORLD\"");
    }

    TestOrder bankTransferOrder() {
        return order("BANK_TRANSFER", "null");
    }

    /** The same order, not delivered yet: no delivery in it. */
    TestOrder undeliveredOrder() {
        return order("CARD", "\"WORLD\"", false);
    }

    private TestOrder order(String method, String cardProgram) {
        return order(method, cardProgram, true);
    }

    private TestOrder order(String method, String cardProgram, boolean delivered) {
        String number = "CE-" + UUID.randomUUID().toString().substring(0, 13);
        OffsetDateTime now = OffsetDateTime.now(ISTANBUL).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime placedAt = now.minusDays(6);
        OffsetDateTime deliveredAt = now.minusDays(3);
        String body = """
                {
                  "orderNumber": "%1$s",
                  "placedAt": "%2$s",
                  "customer": {"email": "ayse@example.com", "name": "Ayşe Yılmaz", "phone": "0555 000 00 00", "locale": "tr"},
                  "invoice": {"number": "INV-%1$s", "type": "INDIVIDUAL", "taxNumber": null, "companyName": null},
                  "payment": {"method": "%4$s", "cardProgram": %5$s, "installments": 1, "total": {"amount": "8896.80", "currency": "TRY"}},
                  "lines": [
                    {"lineId": "1", "sku": "SEI-SRPD55K1", "name": "Seiko 5 Sports", "category": "WATCH", "serialNumber": "L1-%1$s",
                     "waterproof": true, "unitPrice": {"amount": "1499.90", "currency": "TRY"}, "quantity": 1},
                    {"lineId": "2", "sku": "STR-20-LEA", "name": "Leather strap 20 mm", "category": "STRAP", "serialNumber": null,
                     "waterproof": false, "unitPrice": {"amount": "99.95", "currency": "TRY"}, "quantity": 2},
                    {"lineId": "3", "sku": "GAR-FR265", "name": "Garmin Forerunner 265", "category": "SMART_WATCH", "serialNumber": "L3-%1$s",
                     "waterproof": true, "unitPrice": {"amount": "4999.00", "currency": "TRY"}, "quantity": 1},
                    {"lineId": "4", "sku": "SNY-WF1000", "name": "Sony WF-1000XM5", "category": "HEADPHONES", "serialNumber": "L4-%1$s",
                     "waterproof": false, "unitPrice": {"amount": "1999.00", "currency": "TRY"}, "quantity": 1},
                    {"lineId": "5", "sku": "CHG-USB-C", "name": "USB-C charger", "category": "CHARGER", "serialNumber": null,
                     "waterproof": false, "unitPrice": {"amount": "199.00", "currency": "TRY"}, "quantity": 1}
                  ],
                  "delivery": {"carrier": "Yurtiçi Kargo", "deliveredAt": "%3$s", "signedBy": "Ayşe Yılmaz", "remarks": null}
                }
                """.formatted(number, placedAt, deliveredAt, method, cardProgram);
        if (!delivered) {
            body = body.replaceAll(",\\s*\"delivery\": \\{[^}]*}", "");
        }
        expect(mvc(put("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(MediaType.APPLICATION_JSON).content(body)), 201, "PUT order");
        return new TestOrder(number, placedAt);
    }

    /** Opens a RETURN case by phone for the given lines (whole lines), remedy REFUND unless given. */
    UUID open(TestOrder order, String... lineIds) {
        return openWithRemedy(order, "REFUND", lineIds);
    }

    UUID openWithRemedy(TestOrder order, String remedy, String... lineIds) {
        StringBuilder items = new StringBuilder();
        for (String lineId : lineIds) {
            items.append(items.isEmpty() ? "" : ",").append("{\"lineId\":\"").append(lineId).append("\"}");
        }
        String body = """
                {"type": "RETURN", "orderNumber": "%s", "channel": "PHONE", "items": [%s], "remedy": "%s"}
                """.formatted(order.number(), items, remedy);
        JsonNode answer = body(expect(send(post("/api/v1/cases"), Role.AGENT, body), 201, "open case"));
        return UUID.fromString(answer.get("id").asString());
    }

    // --- the steps, each expected to succeed ------------------------------------------------------

    UUID arrangePickup(UUID caseId) {
        JsonNode answer = body(expect(send(post("/api/v1/cases/{id}/shipments", caseId), Role.AGENT,
                "{\"carrier\": \"Aras Kargo\", \"storeArranged\": true}"), 201, "arrange shipment"));
        return UUID.fromString(answer.get("shipments").get(0).get("id").asString());
    }

    void pickUp(UUID caseId, UUID shipmentId) {
        expect(send(post("/api/v1/cases/{id}/shipments/{s}/pickup", caseId, shipmentId), Role.AGENT, "{}"), 200, "pickup");
    }

    void receive(UUID caseId) {
        expect(send(post("/api/v1/cases/{id}/receipt", caseId), Role.TECHNICIAN, RECEIPT), 201, "receipt");
    }

    void inspect(UUID caseId, String lineId, boolean used) {
        expect(send(post("/api/v1/cases/{id}/inspections", caseId), Role.TECHNICIAN, inspection(lineId, used)), 201, "inspection");
    }

    void refund(UUID caseId) {
        expect(send(post("/api/v1/cases/{id}/refund", caseId), Role.FINANCE, "{}"), 201, "refund");
    }

    void cancel(UUID caseId) {
        expect(send(post("/api/v1/cases/{id}/cancel", caseId), Role.AGENT, "{\"reason\": \"changed her mind\"}"), 200, "cancel");
    }

    /** A case whose watch is received intact with its papers: ACCEPTED, the refund (or replacement) next. */
    UUID acceptedCase(TestOrder order, String remedy) {
        UUID id = openWithRemedy(order, remedy, WATCH);
        receive(id);
        expectStatus(id, "ACCEPTED");
        return id;
    }

    /** A case whose smart watch and headphones are received: RECEIVED, both waiting for their inspection. */
    UUID receivedCase(TestOrder order) {
        UUID id = open(order, SMART_WATCH, HEADPHONES);
        receive(id);
        expectStatus(id, "RECEIVED");
        return id;
    }

    UUID attach(UUID caseId, String kind, MockMultipartFile file) {
        JsonNode answer = body(expect(mvc(multipart("/api/v1/cases/{id}/attachments", caseId).file(file)
                .param("kind", kind).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT))), 201, "attach"));
        JsonNode attachments = answer.get("attachments");
        return UUID.fromString(attachments.get(attachments.size() - 1).get("id").asString());
    }

    JsonNode read(UUID caseId) {
        return body(expect(mvc(get("/api/v1/cases/{id}", caseId).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT))),
                200, "read case"));
    }

    void expectStatus(UUID caseId, String status) {
        String actual = read(caseId).get("status").asString();
        if (!actual.equals(status)) {
            throw new AssertionError("case " + caseId + " is " + actual + ", the set-up needs " + status);
        }
    }

    // --- bodies -----------------------------------------------------------------------------------

    static final String RECEIPT = """
            {"packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}""";

    static String inspection(String lineId, boolean used) {
        return """
                {"lineId": "%s", "used": %s, "dataTransferred": false, "paired": false, "hygieneSealOpened": false}"""
                .formatted(lineId, used);
    }

    // --- files ------------------------------------------------------------------------------------

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xC0FFEE);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- plumbing ---------------------------------------------------------------------------------

    ResultActions send(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, Role role, String body) {
        if (role != null) {
            request.header(HttpHeaders.AUTHORIZATION, tokens.bearer(role));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc(request);
    }

    ResultActions mvc(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MvcResult expect(ResultActions actions, int status, String what) {
        MvcResult result = actions.andReturn();
        int actual = result.getResponse().getStatus();
        if (actual != status) {
            throw new AssertionError(what + " answered " + actual + " instead of " + status + ": " + content(result));
        }
        return result;
    }

    static JsonNode body(MvcResult result) {
        return JSON.readTree(content(result));
    }

    static String content(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
