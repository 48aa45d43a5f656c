package com.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stage the case stories play on: orders as the shop reports them (PUT, role INTEGRATION),
 * and the case API called as each role would call it. Every order gets a unique number and
 * unique serials, because every integration test shares one database.
 */
final class CaseStoryFixture {

    static final String AGENT_PREFIX = "test-agent-";
    static final String TECHNICIAN_PREFIX = "test-technician-";
    static final String FINANCE_PREFIX = "test-finance-";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** An order line as the shop sends it; {@code waterproof} matters to EXC-8 and CARE-1. */
    record Line(String lineId, String sku, String name, String category, String serialNumber, String unitPrice,
                boolean waterproof) {

        static Line smartWatch(String lineId, String serialNumber, String price) {
            return new Line(lineId, "HUA-GT5-46", "Huawei Watch GT 5", "SMART_WATCH", serialNumber, price, false);
        }

        static Line watch(String lineId, String serialNumber, String price) {
            return new Line(lineId, "SEI-SRPD55K1", "Seiko 5 Sports", "WATCH", serialNumber, price, false);
        }

        static Line charger(String lineId, String price) {
            return new Line(lineId, "HUA-CHG-01", "Magnetic charger", "CHARGER", null, price, false);
        }

        static Line strap(String lineId, String price) {
            return new Line(lineId, "STR-20-LEA", "Leather strap 20 mm", "STRAP", null, price, false);
        }

        /** The same line, sold as a waterproof watch. */
        Line waterproofed() {
            return new Line(lineId, sku, name, category, serialNumber, unitPrice, true);
        }
    }

    /** Who the goods were invoiced to (DLV-2 asks a company's goods back only against its return invoice). */
    record Invoice(String type, String taxNumber, String companyName) {

        static Invoice individual() {
            return new Invoice("INDIVIDUAL", null, null);
        }

        /** A company, with its 10-digit tax number (VKN). */
        static Invoice company() {
            return new Invoice("CORPORATE", "1234567890", "Zaman Saat Ltd.");
        }
    }

    /** How the customer paid. */
    record Payment(String method, String cardProgram, int installments) {

        static Payment card(String program, int installments) {
            return new Payment("CARD", program, installments);
        }

        static Payment bankTransfer() {
            return new Payment("BANK_TRANSFER", null, 1);
        }
    }

    private final MockMvc mvc;
    private final ApiTokens tokens;

    CaseStoryFixture(MockMvc mvc, ApiTokens tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    static String uniqueOrderNumber(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A moment as the API writes it: Istanbul time, to the second. */
    static String moment(Instant instant) {
        return MOMENT.format(istanbul(instant));
    }

    static OffsetDateTime istanbul(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(TurkishCalendar.ZONE).toOffsetDateTime();
    }

    static Instant instantOf(JsonNode moment) {
        return OffsetDateTime.parse(moment.asString()).toInstant();
    }

    /**
     * Puts an order of these lines, placed two days before delivery (or a day ago when not delivered
     * yet), and answers its number.
     *
     * @param deliveredAt null while the goods have not arrived
     */
    String putOrder(String prefix, Payment payment, Instant deliveredAt, Line... lines) throws Exception {
        return putOrder(prefix, payment, deliveredAt, Invoice.individual(), lines);
    }

    /** {@link #putOrder(String, Payment, Instant, Line...)} invoiced to {@code invoice}. */
    String putOrder(String prefix, Payment payment, Instant deliveredAt, Invoice invoice, Line... lines) throws Exception {
        String number = uniqueOrderNumber(prefix);
        Instant placedAt = deliveredAt == null ? Instant.now().minus(1, ChronoUnit.DAYS) : deliveredAt.minus(2, ChronoUnit.DAYS);
        BigDecimal total = Arrays.stream(lines).map(line -> new BigDecimal(line.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add);
        String lineDocs = Arrays.stream(lines).map(line -> """
                {"lineId": "%s", "sku": "%s", "name": "%s", "category": "%s", "serialNumber": %s, "waterproof": %s,
                 "unitPrice": {"amount": "%s", "currency": "TRY"}, "quantity": 1}""".formatted(line.lineId(), line.sku(),
                line.name(), line.category(), line.serialNumber() == null ? "null" : "\"" + line.serialNumber() + "\"",
                line.waterproof(), line.unitPrice())).collect(Collectors.joining(",\n"));
        String delivery = deliveredAt == null ? "null" : """
                {"carrier": "Yurtiçi Kargo", "deliveredAt": "%s", "signedBy": "Ayşe Yılmaz", "remarks": null}"""
                .formatted(moment(deliveredAt));
        String document = """
                {
                  "orderNumber": "%s",
                  "placedAt": "%s",
                  "customer": {"email": "ayse@example.com", "name": "Ayşe Yılmaz", "phone": "0555 000 00 00", "locale": "tr"},
                  "invoice": {"number": "INV-%s", "type": "%s", "taxNumber": %s, "companyName": %s},
                  "payment": {"method": "%s", "cardProgram": %s, "installments": %d, "total": {"amount": "%s", "currency": "TRY"}},
                  "lines": [%s],
                  "delivery": %s
                }""".formatted(number, moment(placedAt), number, invoice.type(), quoted(invoice.taxNumber()),
                quoted(invoice.companyName()), payment.method(),
                payment.cardProgram() == null ? "null" : "\"" + payment.cardProgram() + "\"", payment.installments(),
                total.setScale(2).toPlainString(), lineDocs, delivery);
        MvcResult result = mvc.perform(put("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(MediaType.APPLICATION_JSON).content(document)).andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(201);
        return number;
    }

    /** An agent opens a RETURN of whole lines; answers the case (201 expected). */
    JsonNode openReturn(String orderNumber, String channel, Instant requestedAt, String... lineIds) throws Exception {
        String items = Arrays.stream(lineIds).map(id -> "{\"lineId\": \"" + id + "\"}").collect(Collectors.joining(", "));
        String body = """
                {"type": "RETURN", "orderNumber": "%s", "items": [%s], "channel": "%s", "requestedAt": %s,
                 "description": "The customer changed her mind."}""".formatted(orderNumber, items, channel,
                requestedAt == null ? "null" : "\"" + moment(requestedAt) + "\"");
        return asStored(expect(201, call(Role.AGENT, "/api/v1/cases", body)));
    }

    /**
     * An agent opens a delivery problem (DLV-3..DLV-6) of whole lines; answers the case (201 expected).
     *
     * @param type DAMAGED_ON_DELIVERY, DEFECT_AFTER_DELIVERY, MISSING_ITEM or WRONG_ITEM
     * @param atDelivery what is known of the delivery, as JSON members ({@code "refusedAtDoor": true, ...}); may be empty
     */
    JsonNode openDelivery(String type, String orderNumber, Instant requestedAt, String atDelivery, String... lineIds)
            throws Exception {
        return asStored(expect(201, call(Role.AGENT, "/api/v1/cases", deliveryCase(type, orderNumber, requestedAt, atDelivery, lineIds))));
    }

    /** The body that opens a delivery problem, for tests that expect it refused. */
    static String deliveryCase(String type, String orderNumber, Instant requestedAt, String atDelivery, String... lineIds) {
        String items = Arrays.stream(lineIds).map(id -> "{\"lineId\": \"" + id + "\"}").collect(Collectors.joining(", "));
        return """
                {"type": "%s", "orderNumber": "%s", "items": [%s], "channel": "PHONE", "requestedAt": %s,
                 "description": "Reported by the customer on the phone"%s}""".formatted(type, orderNumber, items,
                requestedAt == null ? "null" : "\"" + moment(requestedAt) + "\"", atDelivery.isBlank() ? "" : ", " + atDelivery);
    }

    /** A POST with a JSON body by a user holding {@code role}. */
    MvcResult call(Role role, String path, String body, Object... vars) throws Exception {
        return call(role, null, path, body, vars);
    }

    MvcResult call(Role role, String ifMatch, String path, String body, Object... vars) throws Exception {
        return callAs(tokens.bearer(role), ifMatch, path, body, vars);
    }

    /** A POST as the holder of this bearer token, with an optional {@code If-Match}. */
    MvcResult callAs(String bearer, String ifMatch, String path, String body, Object... vars) throws Exception {
        var request = MockMvcRequestBuilders.post(path, vars).header(HttpHeaders.AUTHORIZATION, bearer).accept(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn();
    }

    /** The POST's answer, after checking its status. */
    JsonNode post(int expectedStatus, Role role, String path, String body, Object... vars) throws Exception {
        JsonNode answer = expect(expectedStatus, call(role, path, body, vars));
        return path.startsWith("/api/v1/cases") && expectedStatus < 300 && answer.has("version") ? asStored(answer) : answer;
    }

    /** A case the API answered is the case as stored: what a GET right after shows, to the last field. */
    JsonNode asStored(JsonNode answer) throws Exception {
        assertThat(answer).as("the answer of the step is the case as a GET shows it").isEqualTo(read(answer.get("id").asString()));
        return answer;
    }

    JsonNode read(String caseId) throws Exception {
        return expect(200, mvc.perform(get("/api/v1/cases/{id}", caseId).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)))
                .andReturn());
    }

    MvcResult getAs(Role role, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).header(HttpHeaders.AUTHORIZATION, tokens.bearer(role))).andReturn();
    }

    /** A technician uploads a photo (a real, tiny PNG) to the case; answers the attachment's id. */
    String attachPhoto(String caseId) throws Exception {
        var file = new MockMultipartFile("file", "no-fault.png", "image/png", tinyPng());
        MvcResult result = mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId).file(file).param("kind", "PHOTO")
                .param("description", "The watch works: all sensors pass the bench test")
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.TECHNICIAN))).andReturn();
        JsonNode answer = expect(201, result);
        JsonNode attachments = answer.get("attachments");
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0).get("kind").asString()).isEqualTo("PHOTO");
        assertThat(attachments.get(0).get("contentType").asString()).isEqualTo("image/png");
        return attachments.get(0).get("id").asString();
    }

    /** A technician attaches the service's report (a tiny PDF), as WAR-8 (g) asks before a unit is called not repairable. */
    void attachServiceReport(String caseId) throws Exception {
        byte[] pdf = "%PDF-1.4\n% service report: the movement cannot be repaired\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var file = new MockMultipartFile("file", "service-report.pdf", "application/pdf", pdf);
        MvcResult result = mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId).file(file).param("kind", "SERVICE_REPORT")
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.TECHNICIAN))).andReturn();
        expect(201, result);
    }

    static JsonNode expect(int status, MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(status);
        return JSON.readTree(body(result));
    }

    static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(body(result));
    }

    static String body(MvcResult result) throws IOException {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The ids of a list of clauses ({@code [{"id": "RET-1", "text": ...}]}). */
    static List<String> clauseIds(JsonNode clauses) {
        List<String> ids = new ArrayList<>();
        clauses.forEach(clause -> ids.add(clause.get("id").asString()));
        return ids;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** The case's clock of this kind, or null if none runs. */
    static JsonNode deadline(JsonNode caseView, String kind) {
        for (JsonNode deadline : caseView.get("deadlines")) {
            if (deadline.get("kind").asString().equals(kind)) {
                return deadline;
            }
        }
        return null;
    }

    static List<String> timelineKinds(JsonNode caseView) {
        List<String> kinds = new ArrayList<>();
        caseView.get("timeline").forEach(event -> kinds.add(event.get("kind").asString()));
        return kinds;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    static byte[] tinyPng() throws IOException {
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2E7D32);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
