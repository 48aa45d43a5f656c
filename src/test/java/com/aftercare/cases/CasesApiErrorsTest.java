package com.aftercare.cases;

import static com.aftercare.cases.CaseErrorsFixture.CHARGER;
import static com.aftercare.cases.CaseErrorsFixture.HEADPHONES;
import static com.aftercare.cases.CaseErrorsFixture.RECEIPT;
import static com.aftercare.cases.CaseErrorsFixture.SMART_WATCH;
import static com.aftercare.cases.CaseErrorsFixture.STRAPS;
import static com.aftercare.cases.CaseErrorsFixture.WATCH;
import static com.aftercare.cases.CaseErrorsFixture.inspection;
import static com.aftercare.identity.Role.ADMIN;
import static com.aftercare.identity.Role.AGENT;
import static com.aftercare.identity.Role.FINANCE;
import static com.aftercare.identity.Role.INTEGRATION;
import static com.aftercare.identity.Role.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.cases.CaseErrorsFixture.TestOrder;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every way a case request can be wrong — the wrong role, the wrong moment in the case's life, a bad
 * field — is answered with an RFC 9457 problem that says what to do, never a 500, and never with
 * the case's data when the caller may not see it.
 */
@IntegrationTest
@DisplayName("Cases API: wrong roles, wrong states and bad fields are problems a person can act on")
class CasesApiErrorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    CaseErrorsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CaseErrorsFixture(mvc, tokens);
    }

    // --- problem assertions -----------------------------------------------------------------------

    static ResultActions problem(ResultActions actions, int status, String title) throws Exception {
        return actions.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.type", not(emptyOrNullString())))
                .andExpect(jsonPath("$.detail", not(emptyOrNullString())));
    }

    /** A 400 naming exactly these fields, each with a message. */
    static ResultActions invalid(ResultActions actions, String... fields) throws Exception {
        return problem(actions, 400, "Invalid input")
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(fields)))
                .andExpect(jsonPath("$.errors[*].message", everyItem(not(emptyOrNullString()))));
    }

    /** A body Jackson could not read: the detail names where and what was expected. */
    static ResultActions malformed(ResultActions actions, String... detailParts) throws Exception {
        ResultActions checked = problem(actions, 400, "Malformed request body");
        for (String part : detailParts) {
            checked.andExpect(jsonPath("$.detail", containsString(part)));
        }
        return checked;
    }

    /** A 409 that names the case's status, the refused step and what is allowed instead (ReturnLifecycle.require). */
    static ResultActions conflict(ResultActions actions, String status, String action, String... allowedNow) throws Exception {
        return problem(actions, 409, "Not allowed in the current state")
                .andExpect(jsonPath("$.detail", allOf(containsString(" is " + status + ": "),
                        containsString(action + " is not allowed now"),
                        containsString("Allowed now: " + String.join(", ", allowedNow) + "."))));
    }

    private ResultActions send(AbstractMockHttpServletRequestBuilder<?> request, Role role, String body) {
        return fixture.send(request, role, body);
    }

    private ResultActions openWith(String body) {
        return send(post("/api/v1/cases"), AGENT, body);
    }

    // =============================================================================================
    // Wrong role
    // =============================================================================================

    /** Every endpoint of the cases API with a body that would be valid, and the roles that may call it. */
    enum Endpoint {
        OPEN_CASE(HttpMethod.POST, "/api/v1/cases",
                "{\"type\":\"RETURN\",\"orderNumber\":\"{order}\",\"channel\":\"PHONE\",\"items\":[{\"lineId\":\"1\"}]}", AGENT),
        READ_CASE(HttpMethod.GET, "/api/v1/cases/{id}", null, AGENT, TECHNICIAN, FINANCE),
        LIST_CASES(HttpMethod.GET, "/api/v1/cases", null, AGENT, TECHNICIAN, FINANCE),
        ARRANGE_RETURN_SHIPMENT(HttpMethod.POST, "/api/v1/cases/{id}/shipments", "{\"carrier\":\"Aras Kargo\",\"storeArranged\":true}", AGENT),
        RECORD_PICKUP(HttpMethod.POST, "/api/v1/cases/{id}/shipments/{shipment}/pickup", "{}", AGENT),
        RECORD_RECEIPT(HttpMethod.POST, "/api/v1/cases/{id}/receipt", RECEIPT, AGENT, TECHNICIAN),
        UPDATE_DOCUMENTS(HttpMethod.POST, "/api/v1/cases/{id}/receipt/documents",
                "{\"signedReturnForm\":true,\"originalInvoice\":true}", AGENT, TECHNICIAN),
        INSPECT(HttpMethod.POST, "/api/v1/cases/{id}/inspections", inspection("1", false), TECHNICIAN),
        ISSUE_REFUND(HttpMethod.POST, "/api/v1/cases/{id}/refund", "{}", FINANCE),
        SHIP_REPLACEMENT(HttpMethod.POST, "/api/v1/cases/{id}/replacement",
                "{\"carrier\":\"Aras Kargo\",\"serialNumbers\":[\"NEW-{order}\"]}", AGENT),
        SEND_BACK(HttpMethod.POST, "/api/v1/cases/{id}/send-back", "{\"carrier\":\"Aras Kargo\"}", AGENT),
        CANCEL(HttpMethod.POST, "/api/v1/cases/{id}/cancel", "{\"reason\":\"changed her mind\"}", AGENT),
        UPLOAD_ATTACHMENT(HttpMethod.POST, "/api/v1/cases/{id}/attachments", null, AGENT, TECHNICIAN),
        DOWNLOAD_ATTACHMENT(HttpMethod.GET, "/api/v1/cases/{id}/attachments/{attachment}", null, AGENT, TECHNICIAN, FINANCE);

        final HttpMethod method;
        final String path;
        final String body;
        final Set<Role> allowed;

        Endpoint(HttpMethod method, String path, String body, Role... allowed) {
            this.method = method;
            this.path = path;
            this.body = body;
            this.allowed = EnumSet.copyOf(List.of(allowed));
        }
    }

    /** A REQUESTED case with one photo, that no test may change: wrong roles must leave it as it is. */
    record Victim(TestOrder order, UUID caseId, String reference, UUID attachmentId) {
    }

    private static volatile Victim victim;

    private synchronized Victim victim() {
        if (victim == null) {
            TestOrder order = fixture.cardOrder();
            UUID id = fixture.open(order, WATCH);
            UUID photo = fixture.attach(id, "PHOTO", new MockMultipartFile("file", "box.png", "image/png", CaseErrorsFixture.png()));
            victim = new Victim(order, id, fixture.read(id).get("reference").asString(), photo);
        }
        return victim;
    }

    private ResultActions call(Endpoint endpoint, TestOrder order, UUID caseId, UUID shipmentId, UUID attachmentId, Role role) {
        String path = endpoint.path.replace("{id}", caseId.toString()).replace("{shipment}", shipmentId.toString())
                .replace("{attachment}", attachmentId.toString());
        AbstractMockHttpServletRequestBuilder<?> request = endpoint == Endpoint.UPLOAD_ATTACHMENT
                ? multipart(path).file(new MockMultipartFile("file", "box.png", "image/png", CaseErrorsFixture.png())).param("kind", "PHOTO")
                : request(endpoint.method, path);
        return send(request, role, endpoint.body == null ? null : endpoint.body.replace("{order}", order.number()));
    }

    static Stream<Arguments> wrongRoles() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (Role role : Role.values()) {
                if (!endpoint.allowed.contains(role)) {
                    rows.add(Arguments.of(endpoint, role));
                }
            }
        }
        return rows.stream();
    }

    static Stream<Arguments> rightRoles() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> endpoint.allowed.stream().map(role -> Arguments.of(endpoint, role)));
    }

    @Nested
    @DisplayName("Wrong role")
    class WrongRole {

        @ParameterizedTest(name = "{0} as {1}: 403, nothing of the case shown, nothing changed")
        @MethodSource("com.aftercare.cases.CasesApiErrorsTest#wrongRoles")
        void forbidden(Endpoint endpoint, Role role) throws Exception {
            Victim v = victim();
            int before = fixture.read(v.caseId()).get("version").asInt();

            MvcResult result = problem(call(endpoint, v.order(), v.caseId(), UUID.randomUUID(), v.attachmentId(), role), 403, "Forbidden")
                    .andExpect(jsonPath("$.detail", containsString("role")))
                    .andExpect(jsonPath("$.id").doesNotExist())
                    .andExpect(jsonPath("$.status").value(403))
                    .andReturn();

            String body = CaseErrorsFixture.content(result);
            // the path the caller sent may come back as "instance"; nothing else of the case may
            assertThat(body).doesNotContain(v.order().number(), v.reference(), "REQUESTED", "Seiko");
            JsonNode after = fixture.read(v.caseId());
            assertThat(after.get("version").asInt()).as("a refused call changes nothing").isEqualTo(before);
            assertThat(after.get("status").asString()).isEqualTo("REQUESTED");
            assertThat(after.get("attachments").size()).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0} without a token: 401")
        @EnumSource(Endpoint.class)
        void unauthenticated(Endpoint endpoint) throws Exception {
            Victim v = victim();
            MvcResult result = problem(call(endpoint, v.order(), v.caseId(), UUID.randomUUID(), v.attachmentId(), null), 401, "Unauthorized")
                    .andExpect(jsonPath("$.detail", containsString("Bearer")))
                    .andReturn();
            assertThat(CaseErrorsFixture.content(result)).doesNotContain(v.order().number(), v.reference());
        }

        @ParameterizedTest(name = "{0} as {1} is let through (whatever the case's state then says)")
        @MethodSource("com.aftercare.cases.CasesApiErrorsTest#rightRoles")
        void rightRoleIsNotForbidden(Endpoint endpoint, Role role) throws Exception {
            TestOrder order = fixture.cardOrder();
            UUID id = fixture.open(order, WATCH);
            UUID photo = fixture.attach(id, "PHOTO", new MockMultipartFile("file", "box.png", "image/png", CaseErrorsFixture.png()));
            int status = call(endpoint, order, id, UUID.randomUUID(), photo, role).andReturn().getResponse().getStatus();
            assertThat(status).isNotIn(401, 403).isLessThan(500);
        }
    }

    // =============================================================================================
    // Wrong state
    // =============================================================================================

    @Nested
    @DisplayName("Wrong state: 409 naming the status and the steps allowed now")
    class WrongState {

        @Test
        @DisplayName("pickup before a shipment is arranged")
        void pickupBeforeShipment() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            conflict(send(post("/api/v1/cases/{id}/shipments/{s}/pickup", id, UUID.randomUUID()), AGENT, "{}"),
                    "REQUESTED", "RECORD_PICKUP", "ARRANGE_RETURN_SHIPMENT", "ATTACH", "CANCEL", "RECORD_RECEIPT");
        }

        @Test
        @DisplayName("a second return shipment while one is arranged")
        void secondReturnShipment() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            fixture.arrangePickup(id);
            conflict(send(post("/api/v1/cases/{id}/shipments", id), AGENT, "{\"carrier\":\"Yurtiçi Kargo\",\"storeArranged\":true}"),
                    "AWAITING_GOODS", "ARRANGE_RETURN_SHIPMENT", "ATTACH", "CANCEL", "RECORD_PICKUP", "RECORD_RECEIPT");
            assertThat(fixture.read(id).get("shipments").size()).isEqualTo(1);
        }

        @Test
        @DisplayName("pickup of a shipment the case does not have is a 404 naming it")
        void pickupOfUnknownShipment() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            fixture.arrangePickup(id);
            UUID unknown = UUID.randomUUID();
            problem(send(post("/api/v1/cases/{id}/shipments/{s}/pickup", id, unknown), AGENT, "{}"), 404, "Not found")
                    .andExpect(jsonPath("$.detail", containsString(unknown.toString())));
        }

        @Test
        @DisplayName("pickup recorded twice")
        void pickupTwice() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            UUID shipment = fixture.arrangePickup(id);
            fixture.pickUp(id, shipment);
            conflict(send(post("/api/v1/cases/{id}/shipments/{s}/pickup", id, shipment), AGENT, "{}"),
                    "IN_TRANSIT", "RECORD_PICKUP", "ATTACH", "RECORD_RECEIPT");
        }

        @Test
        @DisplayName("cancel after the carrier has the goods (IN_TRANSIT)")
        void cancelAfterPickup() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            fixture.pickUp(id, fixture.arrangePickup(id));
            conflict(send(post("/api/v1/cases/{id}/cancel", id), AGENT, "{}"), "IN_TRANSIT", "CANCEL", "ATTACH", "RECORD_RECEIPT");
            fixture.expectStatus(id, "IN_TRANSIT");
        }

        @Test
        @DisplayName("receipt recorded twice")
        void receiptTwice() throws Exception {
            UUID id = fixture.acceptedCase(fixture.cardOrder(), "REFUND");
            conflict(send(post("/api/v1/cases/{id}/receipt", id), TECHNICIAN, RECEIPT), "ACCEPTED", "RECORD_RECEIPT",
                    "ATTACH", "ISSUE_REFUND");
        }

        @Test
        @DisplayName("documents updated when the receipt waits for none")
        void documentsWhenNothingIsOwed() throws Exception {
            UUID id = fixture.acceptedCase(fixture.cardOrder(), "REFUND");
            conflict(send(post("/api/v1/cases/{id}/receipt/documents", id), AGENT, "{\"signedReturnForm\":true,\"originalInvoice\":true}"),
                    "ACCEPTED", "UPDATE_DOCUMENTS", "ATTACH", "ISSUE_REFUND");
        }

        @Test
        @DisplayName("inspection before the goods are received")
        void inspectionBeforeReceipt() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), SMART_WATCH);
            conflict(send(post("/api/v1/cases/{id}/inspections", id), TECHNICIAN, inspection(SMART_WATCH, false)),
                    "REQUESTED", "INSPECT", "ARRANGE_RETURN_SHIPMENT", "ATTACH", "CANCEL", "RECORD_RECEIPT");
        }

        @Test
        @DisplayName("the same line inspected twice")
        void sameLineInspectedTwice() throws Exception {
            UUID id = fixture.receivedCase(fixture.cardOrder());
            fixture.inspect(id, SMART_WATCH, false);
            problem(send(post("/api/v1/cases/{id}/inspections", id), TECHNICIAN, inspection(SMART_WATCH, true)), 409,
                    "Not allowed in the current state")
                    .andExpect(jsonPath("$.detail", allOf(containsString("Line " + SMART_WATCH), containsString("already inspected"),
                            containsString("Still to inspect: line " + HEADPHONES + "."), containsString(" is RECEIVED."),
                            containsString("Allowed now: ATTACH, INSPECT."))));
            JsonNode after = fixture.read(id);
            assertThat(after.get("inspections").size()).isEqualTo(1);
            assertThat(after.get("inspections").get(0).get("used").asBoolean()).as("the first inspection stands").isFalse();
        }

        @Test
        @DisplayName("refund before the return is accepted")
        void refundBeforeAcceptance() throws Exception {
            UUID requested = fixture.open(fixture.cardOrder(), WATCH);
            conflict(send(post("/api/v1/cases/{id}/refund", requested), FINANCE, "{}"), "REQUESTED", "ISSUE_REFUND",
                    "ARRANGE_RETURN_SHIPMENT", "ATTACH", "CANCEL", "RECORD_RECEIPT");

            UUID received = fixture.receivedCase(fixture.cardOrder());
            conflict(send(post("/api/v1/cases/{id}/refund", received), FINANCE, "{}"), "RECEIVED", "ISSUE_REFUND", "ATTACH", "INSPECT");
        }

        @Test
        @DisplayName("refund twice")
        void refundTwice() throws Exception {
            UUID id = fixture.acceptedCase(fixture.cardOrder(), "REFUND");
            fixture.refund(id);
            conflict(send(post("/api/v1/cases/{id}/refund", id), FINANCE, "{}"), "REFUNDED", "ISSUE_REFUND", "ATTACH");
            assertThat(fixture.read(id).get("timeline").findValuesAsString("kind")).containsOnlyOnce("REFUND_ISSUED");
        }

        @Test
        @DisplayName("replacement on a case whose remedy is a refund, and a refund on a replacement case")
        void remedyDecidesTheLastStep() throws Exception {
            UUID refundCase = fixture.acceptedCase(fixture.cardOrder(), "REFUND");
            conflict(send(post("/api/v1/cases/{id}/replacement", refundCase), AGENT, "{\"carrier\":\"Aras Kargo\",\"serialNumbers\":[\"NEW-1\"]}"),
                    "ACCEPTED", "SHIP_REPLACEMENT", "ATTACH", "ISSUE_REFUND");

            UUID replacementCase = fixture.acceptedCase(fixture.cardOrder(), "REPLACEMENT");
            conflict(send(post("/api/v1/cases/{id}/refund", replacementCase), FINANCE, "{}"), "ACCEPTED", "ISSUE_REFUND",
                    "ATTACH", "SHIP_REPLACEMENT");
        }

        @Test
        @DisplayName("send-back when nothing was refused")
        void sendBackWhenNothingRefused() throws Exception {
            UUID id = fixture.acceptedCase(fixture.cardOrder(), "REFUND");
            conflict(send(post("/api/v1/cases/{id}/send-back", id), AGENT, "{\"carrier\":\"Aras Kargo\"}"), "ACCEPTED", "SEND_BACK",
                    "ATTACH", "ISSUE_REFUND");
        }

        @Test
        @DisplayName("cancel twice")
        void cancelTwice() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            fixture.cancel(id);
            conflict(send(post("/api/v1/cases/{id}/cancel", id), AGENT, "{}"), "CANCELLED", "CANCEL", "ATTACH");
        }

        private static volatile UUID cancelled;
        private static volatile UUID rejected;

        private synchronized UUID closedCase(String status) {
            if (status.equals("CANCELLED")) {
                if (cancelled == null) {
                    UUID id = fixture.open(fixture.cardOrder(), WATCH);
                    fixture.cancel(id);
                    cancelled = id;
                }
                return cancelled;
            }
            if (rejected == null) {
                UUID id = fixture.open(fixture.cardOrder(), CHARGER);
                fixture.expectStatus(id, "REJECTED");
                rejected = id;
            }
            return rejected;
        }

        static Stream<Arguments> stepsOnClosedCases() {
            List<Arguments> rows = new ArrayList<>();
            for (String status : List.of("CANCELLED", "REJECTED")) {
                for (Endpoint step : Endpoint.values()) {
                    if (step.method == HttpMethod.POST && step != Endpoint.OPEN_CASE && step != Endpoint.UPLOAD_ATTACHMENT) {
                        rows.add(Arguments.of(status, step));
                    }
                }
            }
            return rows.stream();
        }

        @ParameterizedTest(name = "{1} on a {0} case")
        @MethodSource("stepsOnClosedCases")
        void anyStepOnAClosedCase(String status, Endpoint step) throws Exception {
            UUID id = closedCase(status);
            int before = fixture.read(id).get("version").asInt();
            Role role = step.allowed.iterator().next();
            conflict(call(step, new TestOrder("X", null), id, UUID.randomUUID(), UUID.randomUUID(), role), status, step.name(), "ATTACH");
            assertThat(fixture.read(id).get("version").asInt()).isEqualTo(before);
        }
    }

    // =============================================================================================
    // Bad fields
    // =============================================================================================

    @Nested
    @DisplayName("Bad fields when opening a case")
    class OpeningFields {

        private ObjectNode validOpen(TestOrder order) {
            return (ObjectNode) CaseErrorsFixture.JSON.readTree("""
                    {"type": "RETURN", "orderNumber": "%s", "channel": "PHONE", "items": [{"lineId": "1"}]}
                    """.formatted(order.number()));
        }

        private String json(ObjectNode node) {
            return CaseErrorsFixture.JSON.writeValueAsString(node);
        }

        @ParameterizedTest(name = "without {0}")
        @ValueSource(strings = {"type", "orderNumber", "channel", "items"})
        void missingRequiredField(String field) throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.remove(field);
            invalid(openWith(json(body)), field);
        }

        @Test
        @DisplayName("every missing field at once is named in one answer")
        void everythingMissing() throws Exception {
            invalid(openWith("{}"), "type", "orderNumber", "channel", "items");
        }

        @Test
        @DisplayName("an empty list of items")
        void noItems() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.putArray("items");
            invalid(openWith(json(body)), "items");
        }

        @Test
        @DisplayName("a null item in the list")
        void nullItem() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.putArray("items").addNull();
            invalid(openWith(json(body)), "items[0]");
        }

        @Test
        @DisplayName("an item without lineId")
        void itemWithoutLine() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            ((ObjectNode) body.get("items").get(0)).remove("lineId");
            invalid(openWith(json(body)), "items[0].lineId");
        }

        @Test
        @DisplayName("an unknown order")
        void unknownOrder() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.put("orderNumber", "NO-SUCH-ORDER-" + UUID.randomUUID().toString().substring(0, 8));
            invalid(openWith(json(body)), "orderNumber").andExpect(jsonPath("$.errors[0].message", containsString("no order")));
        }

        @Test
        @DisplayName("a malformed order number")
        void malformedOrderNumber() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.put("orderNumber", "ORD 1/2");
            invalid(openWith(json(body)), "orderNumber");
        }

        @Test
        @DisplayName("an unknown lineId")
        void unknownLine() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            ((ObjectNode) body.get("items").get(0)).put("lineId", "99");
            invalid(openWith(json(body)), "items[0].lineId")
                    .andExpect(jsonPath("$.errors[0].message", containsString("no line 99")));
        }

        @Test
        @DisplayName("the same line twice")
        void sameLineTwice() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            ((ArrayNode) body.get("items")).addObject().put("lineId", "1");
            invalid(openWith(json(body)), "items[1].lineId").andExpect(jsonPath("$.errors[0].message", containsString("twice")));
        }

        @ParameterizedTest(name = "quantity {0}")
        @ValueSource(ints = {0, -1})
        void quantityBelowOne(int quantity) throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            ((ObjectNode) body.get("items").get(0)).put("lineId", STRAPS).put("quantity", quantity);
            invalid(openWith(json(body)), "items[0].quantity");
        }

        @Test
        @DisplayName("more than were bought")
        void moreThanBought() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            ((ObjectNode) body.get("items").get(0)).put("lineId", STRAPS).put("quantity", 3);
            invalid(openWith(json(body)), "items[0].quantity")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("only 2"), containsString("2 bought"))));
        }

        @Test
        @DisplayName("more than are left once another open return holds some")
        void moreThanLeft() throws Exception {
            TestOrder order = fixture.cardOrder();
            fixture.open(order, WATCH);
            ObjectNode body = validOpen(order);
            invalid(openWith(json(body)), "items[0].quantity")
                    .andExpect(jsonPath("$.errors[0].message", containsString("only 0 of line 1")));
        }

        @Test
        @DisplayName("a serial number that is not on the line (another line's, or none of the order's)")
        void serialNotOnTheLine() throws Exception {
            TestOrder order = fixture.cardOrder();
            ObjectNode body = validOpen(order);
            ((ObjectNode) body.get("items").get(0)).putArray("serialNumbers").add(order.serial(SMART_WATCH));
            invalid(openWith(json(body)), "items[0].serialNumbers")
                    .andExpect(jsonPath("$.errors[0].message", containsString(order.serial(SMART_WATCH) + " is not a unit of line 1")));

            ((ObjectNode) body.get("items").get(0)).putArray("serialNumbers").add("NOT-SOLD-" + order.number());
            invalid(openWith(json(body)), "items[0].serialNumbers");
        }

        @Test
        @DisplayName("a quantity that does not match the serial numbers named")
        void quantityAndSerialsDisagree() throws Exception {
            TestOrder order = fixture.cardOrder();
            ObjectNode body = validOpen(order);
            ((ObjectNode) body.get("items").get(0)).put("quantity", 2).putArray("serialNumbers").add(order.serial(WATCH));
            invalid(openWith(json(body)), "items[0].quantity");
        }

        @Test
        @DisplayName("requestedAt in the future")
        void requestedInTheFuture() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.put("requestedAt", java.time.OffsetDateTime.now(CaseErrorsFixture.ISTANBUL).plusHours(2).toString());
            invalid(openWith(json(body)), "requestedAt").andExpect(jsonPath("$.errors[0].message", containsString("future")));
        }

        @Test
        @DisplayName("requestedAt before the order was placed")
        void requestedBeforeTheOrder() throws Exception {
            TestOrder order = fixture.cardOrder();
            ObjectNode body = validOpen(order);
            body.put("requestedAt", order.placedAt().minusDays(1).toString());
            invalid(openWith(json(body)), "requestedAt").andExpect(jsonPath("$.errors[0].message", containsString("before the order")));
        }

        @Test
        @DisplayName("a warranty case names one watch and its fault")
        void warrantyNeedsOneWatchAndAFaultCode() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.put("type", "WARRANTY");
            invalid(openWith(json(body)), "faultCode");
            body.put("faultCode", "STOPS");
            ((ArrayNode) body.get("items")).addObject().put("lineId", "3");
            invalid(openWith(json(body)), "items");
        }

        @ParameterizedTest(name = "type {0} on an undelivered order is refused naming orderNumber")
        @ValueSource(strings = {"DAMAGED_ON_DELIVERY", "DEFECT_AFTER_DELIVERY", "MISSING_ITEM", "WRONG_ITEM"})
        void deliveryProblemsNeedADelivery(String type) throws Exception {
            ObjectNode body = validOpen(fixture.undeliveredOrder());
            body.put("type", type);
            invalid(openWith(json(body)), "orderNumber")
                    .andExpect(jsonPath("$.errors[0].message", containsString("not been delivered")));
        }

        @Test
        @DisplayName("every bad field at once: one answer naming them all")
        void severalBadFields() throws Exception {
            TestOrder order = fixture.cardOrder();
            ObjectNode body = validOpen(order);
            body.put("requestedAt", order.placedAt().minusDays(1).toString());
            ((ArrayNode) body.get("items")).addObject().put("lineId", "77");
            invalid(openWith(json(body)), "requestedAt", "items[1].lineId");
        }

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("com.aftercare.cases.CasesApiErrorsTest#unknownEnumValues")
        void unknownEnumValue(String field, String value, String oneAllowed) throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.put(field, value);
            malformed(openWith(json(body)), "'" + value + "'", "'" + field + "'", oneAllowed);
        }

        @Test
        @DisplayName("a quantity that is not a number")
        void quantityOfTheWrongType() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            ((ObjectNode) body.get("items").get(0)).put("quantity", "two");
            malformed(openWith(json(body)), "items[0].quantity", "a whole number");
        }

        @Test
        @DisplayName("items that are not a list")
        void itemsOfTheWrongType() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.put("items", "1");
            malformed(openWith(json(body)), "items");
        }

        @Test
        @DisplayName("requestedAt that is not a moment")
        void requestedAtOfTheWrongType() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.put("requestedAt", "yesterday");
            malformed(openWith(json(body)), "requestedAt", "a moment like");
        }

        @Test
        @DisplayName("an unknown JSON field")
        void unknownField() throws Exception {
            ObjectNode body = validOpen(fixture.cardOrder());
            body.put("orderNo", "123");
            malformed(openWith(json(body)), "Unknown field 'orderNo'");
        }

        @Test
        @DisplayName("a body that is not JSON, no body, and the wrong content type")
        void notJson() throws Exception {
            malformed(openWith("{\"type\": RETURN"), "not valid JSON");
            problem(mvc.perform(post("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, tokens.bearer(AGENT))
                    .contentType(MediaType.APPLICATION_JSON)), 400, "Malformed request body");
            problem(mvc.perform(post("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, tokens.bearer(AGENT))
                    .contentType(MediaType.TEXT_PLAIN).content("RETURN 1")), 415, "Unsupported content type");
        }
    }

    static Stream<Arguments> unknownEnumValues() {
        return Stream.of(
                Arguments.of("type", "EXCHANGE", "WARRANTY"),
                Arguments.of("channel", "CARRIER_PIGEON", "REGISTERED_LETTER"),
                Arguments.of("remedy", "STORE_CREDIT", "REPLACEMENT"));
    }

    @Nested
    @DisplayName("Bad fields in the steps")
    class StepFields {

        @Test
        @DisplayName("a store-arranged pickup with a carrier the store has no contract with (GEN-5)")
        void pickupWithNonContractedCarrier() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            invalid(send(post("/api/v1/cases/{id}/shipments", id), AGENT, "{\"carrier\":\"MNG Kargo\",\"storeArranged\":true}"), "carrier")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("Yurtiçi Kargo"), containsString("Aras Kargo"),
                            containsString("GEN-5"))));
            JsonNode after = fixture.read(id);
            assertThat(after.get("status").asString()).isEqualTo("REQUESTED");
            assertThat(after.get("shipments").size()).isZero();
        }

        @Test
        @DisplayName("a shipment without carrier or storeArranged, or storeArranged not a boolean")
        void shipmentFields() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            invalid(send(post("/api/v1/cases/{id}/shipments", id), AGENT, "{}"), "carrier", "storeArranged");
            malformed(send(post("/api/v1/cases/{id}/shipments", id), AGENT, "{\"carrier\":\"Aras Kargo\",\"storeArranged\":\"yes\"}"),
                    "storeArranged", "true or false");
            malformed(send(post("/api/v1/cases/{id}/shipments", id), AGENT, "{\"carrier\":\"Aras Kargo\",\"storeArranged\":{}}"),
                    "storeArranged");
        }

        @Test
        @DisplayName("a pickup moment in the future")
        void pickupInTheFuture() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            UUID shipment = fixture.arrangePickup(id);
            String at = java.time.OffsetDateTime.now(CaseErrorsFixture.ISTANBUL).plusDays(1).toString();
            invalid(send(post("/api/v1/cases/{id}/shipments/{s}/pickup", id, shipment), AGENT, "{\"at\":\"" + at + "\"}"), "at");
            fixture.expectStatus(id, "AWAITING_GOODS");
        }

        @Test
        @DisplayName("a receipt without its facts, with an unknown packaging, a receivedAt in the future")
        void receiptFields() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), WATCH);
            invalid(send(post("/api/v1/cases/{id}/receipt", id), TECHNICIAN, "{}"), "packaging", "signedReturnForm", "originalInvoice");
            malformed(send(post("/api/v1/cases/{id}/receipt", id), TECHNICIAN,
                    "{\"packaging\":\"SHRINK_WRAPPED\",\"signedReturnForm\":true,\"originalInvoice\":true}"),
                    "'SHRINK_WRAPPED'", "'packaging'", "INTACT");
            malformed(send(post("/api/v1/cases/{id}/receipt", id), TECHNICIAN,
                    "{\"packaging\":\"INTACT\",\"signedReturnForm\":\"signed\",\"originalInvoice\":true}"), "signedReturnForm", "true or false");
            String tomorrow = java.time.OffsetDateTime.now(CaseErrorsFixture.ISTANBUL).plusDays(1).toString();
            invalid(send(post("/api/v1/cases/{id}/receipt", id), TECHNICIAN,
                    "{\"receivedAt\":\"" + tomorrow + "\",\"packaging\":\"INTACT\",\"signedReturnForm\":true,\"originalInvoice\":true}"),
                    "receivedAt");
            fixture.expectStatus(id, "REQUESTED");
        }

        @Test
        @DisplayName("an inspection of a line the case does not hold")
        void inspectionOfUnknownLine() throws Exception {
            UUID id = fixture.receivedCase(fixture.cardOrder());
            invalid(send(post("/api/v1/cases/{id}/inspections", id), TECHNICIAN, inspection("99", false)), "lineId")
                    .andExpect(jsonPath("$.errors[0].message", containsString("no item of line 99")));
            // line 1 is on the order but not in this case
            invalid(send(post("/api/v1/cases/{id}/inspections", id), TECHNICIAN, inspection(WATCH, false)), "lineId");
            assertThat(fixture.read(id).get("inspections").size()).isZero();
        }

        @Test
        @DisplayName("an inspection without its findings, or with a finding that is not a boolean")
        void inspectionFields() throws Exception {
            UUID id = fixture.receivedCase(fixture.cardOrder());
            invalid(send(post("/api/v1/cases/{id}/inspections", id), TECHNICIAN, "{}"),
                    "lineId", "used", "dataTransferred", "paired", "hygieneSealOpened");
            malformed(send(post("/api/v1/cases/{id}/inspections", id), TECHNICIAN,
                    inspection(SMART_WATCH, false).replace("\"used\": false", "\"used\": \"maybe\"")), "used", "true or false");
        }

        @Test
        @DisplayName("evidence that is not a photo or video of this case")
        void evidenceNotOfThisCase() throws Exception {
            TestOrder order = fixture.cardOrder();
            UUID id = fixture.receivedCase(order);
            UUID photo = fixture.attach(id, "PHOTO", new MockMultipartFile("file", "unit.png", "image/png", CaseErrorsFixture.png()));
            UUID report = fixture.attach(id, "DAMAGE_REPORT", new MockMultipartFile("file", "report.pdf", "application/pdf", CaseErrorsFixture.pdf()));
            UUID otherCase = fixture.open(fixture.cardOrder(), WATCH);
            UUID othersPhoto = fixture.attach(otherCase, "PHOTO", new MockMultipartFile("file", "x.png", "image/png", CaseErrorsFixture.png()));

            String body = """
                    {"lineId": "%s", "used": false, "dataTransferred": false, "paired": false, "hygieneSealOpened": false,
                     "noFaultFound": true, "evidence": ["%s", "%s", "%s", "%s"]}
                    """.formatted(SMART_WATCH, photo, UUID.randomUUID(), report, othersPhoto);
            invalid(send(post("/api/v1/cases/{id}/inspections", id), TECHNICIAN, body), "evidence[1]", "evidence[2]", "evidence[3]")
                    .andExpect(jsonPath("$.errors[0].message", containsString("not a photo or video attached to case")));
            assertThat(fixture.read(id).get("inspections").size()).isZero();

            malformed(send(post("/api/v1/cases/{id}/inspections", id), TECHNICIAN, body.replace(photo.toString(), "photo-1")),
                    "evidence[0]", "an id like");
        }

        @Test
        @DisplayName("a refund of a bank-transfer order without an IBAN, or with a bad one")
        void refundWithoutIban() throws Exception {
            UUID id = fixture.acceptedCase(fixture.bankTransferOrder(), "REFUND");
            invalid(send(post("/api/v1/cases/{id}/refund", id), FINANCE, null), "iban")
                    .andExpect(jsonPath("$.errors[0].message", containsString("IBAN")));
            invalid(send(post("/api/v1/cases/{id}/refund", id), FINANCE, "{}"), "iban");
            invalid(send(post("/api/v1/cases/{id}/refund", id), FINANCE, "{\"iban\":\"TR330006100519786457841327\"}"), "iban")
                    .andExpect(jsonPath("$.errors[0].message", containsString("cannot be used")));
            invalid(send(post("/api/v1/cases/{id}/refund", id), FINANCE, "{\"iban\":\"not an iban\"}"), "iban");
            invalid(send(post("/api/v1/cases/{id}/refund", id), FINANCE, "{\"iban\":12345}"), "iban");
            fixture.expectStatus(id, "ACCEPTED");

            // the same case with a valid IBAN goes through: the refusals were about the IBAN alone
            send(post("/api/v1/cases/{id}/refund", id), FINANCE, "{\"iban\":\"TR33 0006 1005 1978 6457 8413 26\"}")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("REFUNDED"));
        }

        @Test
        @DisplayName("a replacement with the wrong number of serial numbers, one already sold, or one that is not a serial number")
        void replacementSerials() throws Exception {
            TestOrder order = fixture.cardOrder();
            UUID id = fixture.acceptedCase(order, "REPLACEMENT");
            String path = "/api/v1/cases/{id}/replacement";
            invalid(send(post(path, id), AGENT, "{\"carrier\":\"Aras Kargo\"}"), "serialNumbers")
                    .andExpect(jsonPath("$.errors[0].message", containsString("1 expected, 0 given")));
            invalid(send(post(path, id), AGENT, "{\"carrier\":\"Aras Kargo\",\"serialNumbers\":[\"NEW-A-" + order.number()
                    + "\",\"NEW-B-" + order.number() + "\"]}"), "serialNumbers")
                    .andExpect(jsonPath("$.errors[0].message", containsString("1 expected, 2 given")));
            invalid(send(post(path, id), AGENT, "{\"carrier\":\"Aras Kargo\",\"serialNumbers\":[\"" + order.serial(SMART_WATCH) + "\"]}"),
                    "serialNumbers[0]").andExpect(jsonPath("$.errors[0].message", containsString("already sold")));
            invalid(send(post(path, id), AGENT, "{\"carrier\":\"Aras Kargo\",\"serialNumbers\":[\"?? 12\"]}"), "serialNumbers[0]");
            invalid(send(post(path, id), AGENT, "{\"carrier\":\"Aras Kargo\",\"serialNumbers\":[\"\"]}"), "serialNumbers[0]");
            invalid(send(post(path, id), AGENT, "{\"serialNumbers\":[\"NEW-" + order.number() + "\"]}"), "carrier");
            fixture.expectStatus(id, "ACCEPTED");
        }

        @Test
        @DisplayName("send-back without a carrier")
        void sendBackFields() throws Exception {
            UUID id = fixture.open(fixture.cardOrder(), SMART_WATCH);
            fixture.receive(id);
            fixture.inspect(id, SMART_WATCH, true);
            fixture.expectStatus(id, "REFUSED");
            invalid(send(post("/api/v1/cases/{id}/send-back", id), AGENT, "{}"), "carrier");
            invalid(send(post("/api/v1/cases/{id}/send-back", id), AGENT, "{\"carrier\":\"" + "x".repeat(101) + "\"}"), "carrier");
            fixture.expectStatus(id, "REFUSED");
        }
    }

    @Nested
    @DisplayName("Case ids and the work queue's parameters")
    class IdsAndQueries {

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("com.aftercare.cases.CasesApiErrorsTest#pathsWithAnId")
        void notAUuidIs400(String method, String path, Role role, String body) throws Exception {
            invalid(send(request(HttpMethod.valueOf(method), path.replace("{id}", "case-42")), role, body), "id")
                    .andExpect(jsonPath("$.errors[0].message", allOf(containsString("'case-42'"), containsString("an id like"))));
        }

        @ParameterizedTest(name = "{0} {1}")
        @MethodSource("com.aftercare.cases.CasesApiErrorsTest#pathsWithAnId")
        void unknownCaseIs404(String method, String path, Role role, String body) throws Exception {
            UUID unknown = UUID.randomUUID();
            problem(send(request(HttpMethod.valueOf(method), path.replace("{id}", unknown.toString())), role, body), 404, "Not found")
                    .andExpect(jsonPath("$.detail", containsString(unknown.toString())));
        }

        @Test
        @DisplayName("uploading to an unknown case is a 404 and stores nothing")
        void uploadToUnknownCase() throws Exception {
            problem(mvc.perform(multipart("/api/v1/cases/{id}/attachments", UUID.randomUUID())
                    .file(new MockMultipartFile("file", "x.png", "image/png", CaseErrorsFixture.png())).param("kind", "PHOTO")
                    .header(HttpHeaders.AUTHORIZATION, tokens.bearer(AGENT))), 404, "Not found");
        }

        @Test
        @DisplayName("a queue asked with an unknown status or type, a bad limit or a cursor it never gave out")
        void queueParameters() throws Exception {
            invalid(send(get("/api/v1/cases").param("status", "LOST"), AGENT, null), "status");
            invalid(send(get("/api/v1/cases").param("type", "EXCHANGE"), AGENT, null), "type");
            invalid(send(get("/api/v1/cases").param("limit", "ten"), AGENT, null), "limit");
            invalid(send(get("/api/v1/cases").param("limit", "0"), AGENT, null), "limit");
            invalid(send(get("/api/v1/cases").param("limit", "201"), AGENT, null), "limit");
            invalid(send(get("/api/v1/cases").param("overdue", "sometimes"), AGENT, null), "overdue");
            invalid(send(get("/api/v1/cases").param("cursor", "not-a-cursor"), AGENT, null), "cursor");
            invalid(send(get("/api/v1/cases").param("cursor", java.util.Base64.getUrlEncoder().encodeToString("a|b".getBytes())), AGENT, null),
                    "cursor");
        }
    }

    static Stream<Arguments> pathsWithAnId() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/cases/{id}", AGENT, null),
                Arguments.of("POST", "/api/v1/cases/{id}/shipments", AGENT, "{\"carrier\":\"Aras Kargo\",\"storeArranged\":true}"),
                Arguments.of("POST", "/api/v1/cases/{id}/shipments/" + UUID.randomUUID() + "/pickup", AGENT, "{}"),
                Arguments.of("POST", "/api/v1/cases/{id}/receipt", TECHNICIAN, RECEIPT),
                Arguments.of("POST", "/api/v1/cases/{id}/receipt/documents", TECHNICIAN, "{\"signedReturnForm\":true,\"originalInvoice\":true}"),
                Arguments.of("POST", "/api/v1/cases/{id}/inspections", TECHNICIAN, inspection(HEADPHONES, false)),
                Arguments.of("POST", "/api/v1/cases/{id}/refund", FINANCE, "{}"),
                Arguments.of("POST", "/api/v1/cases/{id}/replacement", AGENT, "{\"carrier\":\"Aras Kargo\",\"serialNumbers\":[\"NEW-1\"]}"),
                Arguments.of("POST", "/api/v1/cases/{id}/send-back", AGENT, "{\"carrier\":\"Aras Kargo\"}"),
                Arguments.of("POST", "/api/v1/cases/{id}/cancel", AGENT, "{}"),
                Arguments.of("GET", "/api/v1/cases/{id}/attachments/" + UUID.randomUUID(), FINANCE, null));
    }
}
