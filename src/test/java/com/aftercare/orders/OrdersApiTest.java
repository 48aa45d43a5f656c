package com.aftercare.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
@RecordApplicationEvents
class OrdersApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Orders orders;
    @Autowired
    ApplicationEvents events;

    private ResultActions putOrder(String number, ObjectNode document) throws Exception {
        return mvc.perform(put("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(MediaType.APPLICATION_JSON).content(OrderDocuments.json(document)));
    }

    @Test
    @DisplayName("PUT creates (201), the same body again changes nothing (200, same version), a change replaces (200, next version)")
    void createReplaceIdempotent() throws Exception {
        String number = OrderDocuments.uniqueNumber("API");
        ObjectNode document = OrderDocuments.delivered(number);
        putOrder(number, document).andExpect(status().isCreated())
                .andExpect(jsonPath("$.orderNumber").value(number))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.payment.total.amount").value("1699.80"))
                .andExpect(jsonPath("$.lines[0].unitPrice.amount").value("1499.90"));
        putOrder(number, document).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));

        ((ObjectNode) document.get("delivery")).put("remarks", "box dented");
        putOrder(number, document).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.delivery.remarks").value("box dented"));
        assertThat(events.stream(OrderRecorded.class).filter(e -> e.orderNumber().value().equals(number))).hasSize(2);
    }

    @Test
    @DisplayName("GET answers the order in the shape it was sent, moments in the store's zone, amounts as strings")
    void getAnswersTheSameShape() throws Exception {
        String number = OrderDocuments.uniqueNumber("GET");
        ObjectNode document = OrderDocuments.delivered(number);
        document.put("placedAt", "2025-01-10T07:00:00Z");
        putOrder(number, document).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placedAt").value("2025-01-10T10:00:00+03:00"))
                .andExpect(jsonPath("$.customer.locale").value("tr"))
                .andExpect(jsonPath("$.invoice.type").value("INDIVIDUAL"))
                .andExpect(jsonPath("$.payment.cardProgram").value("WORLD"))
                .andExpect(jsonPath("$.payment.installments").value(3))
                .andExpect(jsonPath("$.lines[0].serialNumber").value("SN-" + number))
                .andExpect(jsonPath("$.lines[1].quantity").value(2))
                .andExpect(jsonPath("$.lines[1].unitPrice.amount").value("99.95"))
                .andExpect(jsonPath("$.delivery.carrier").value("Yurtiçi Kargo"))
                .andExpect(jsonPath("$.updatedAt").isNotEmpty());
    }

    @Test
    @DisplayName("other modules find the order and its units by serial number")
    void publicQueries() throws Exception {
        String number = OrderDocuments.uniqueNumber("Q");
        putOrder(number, OrderDocuments.delivered(number)).andExpect(status().isCreated());

        Order order = orders.find(new OrderNumber(number)).orElseThrow();
        assertThat(order.lines()).hasSize(2);
        assertThat(order.delivery().deliveredAt()).isEqualTo(OffsetDateTime.parse("2025-01-12T15:30:00+03:00"));
        Unit unit = orders.findUnit(new SerialNumber("SN-" + number)).orElseThrow();
        assertThat(unit.orderNumber().value()).isEqualTo(number);
        assertThat(unit.category()).isEqualTo(com.aftercare.policy.ProductCategory.WATCH);
        assertThat(unit.waterproof()).isTrue();
        assertThat(unit.deliveredAt()).isEqualTo(order.delivery().deliveredAt());
        assertThat(orders.findUnit(new SerialNumber("NO-SUCH-UNIT"))).isEmpty();
    }

    @Test
    @DisplayName("an unknown order is a 404 problem")
    void unknownOrder() throws Exception {
        mvc.perform(get("/api/v1/orders/{n}", "NOPE-404").header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    @DisplayName("bad fields are one 400 problem naming each of them")
    void invalidFields() throws Exception {
        String number = OrderDocuments.uniqueNumber("BAD");
        ObjectNode document = OrderDocuments.delivered(number);
        ((ObjectNode) document.get("customer")).put("locale", "de");
        ((ObjectNode) document.get("lines").get(1)).put("category", "JEWELLERY");
        putOrder(number, document).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("customer.locale", "lines[1].category")));

        // the rules across fields (PAY-2 here) are checked once every field is well formed
        ObjectNode wellFormed = OrderDocuments.delivered(number);
        ((ObjectNode) wellFormed.get("payment")).put("installments", 9);
        putOrder(number, wellFormed).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("payment.installments")));
        assertThat(orders.find(new OrderNumber(number))).isEmpty();
    }

    @Test
    @DisplayName("PAY-2 by the policy in force on the day the order was placed: WORLD allowed 6 installments in 2025, not in 2026")
    void installmentsByThePolicyOfThePurchaseDay() throws Exception {
        String in2025 = OrderDocuments.uniqueNumber("W25");
        ObjectNode document2025 = OrderDocuments.delivered(in2025);
        ((ObjectNode) document2025.get("payment")).put("installments", 6);
        putOrder(in2025, document2025).andExpect(status().isCreated());

        String in2026 = OrderDocuments.uniqueNumber("W26");
        ObjectNode document2026 = OrderDocuments.delivered(in2026);
        ((ObjectNode) document2026.get("payment")).put("installments", 6);
        document2026.put("placedAt", "2026-02-02T10:00:00+03:00");
        ((ObjectNode) document2026.get("delivery")).put("deliveredAt", "2026-02-04T10:00:00+03:00");
        putOrder(in2026, document2026).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("payment.installments"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("PAY-2")));
    }

    @Test
    @DisplayName("a serial number already sold on another order is refused, naming the line")
    void serialSoldOnAnotherOrder() throws Exception {
        String first = OrderDocuments.uniqueNumber("S1");
        putOrder(first, OrderDocuments.delivered(first)).andExpect(status().isCreated());
        String second = OrderDocuments.uniqueNumber("S2");
        ObjectNode document = OrderDocuments.delivered(second);
        ((ObjectNode) document.get("lines").get(0)).put("serialNumber", "SN-" + first);
        putOrder(second, document).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].serialNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(first)));
    }

    @Test
    @DisplayName("the path's order number and the body's must agree")
    void pathAndBodyAgree() throws Exception {
        String number = OrderDocuments.uniqueNumber("P");
        putOrder(number, OrderDocuments.delivered("OTHER-1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("orderNumber")));
        ObjectNode withoutNumber = OrderDocuments.delivered(number);
        withoutNumber.remove("orderNumber");
        putOrder(number, withoutNumber).andExpect(status().isCreated());
    }

    @Test
    @DisplayName("malformed JSON is a 400 problem")
    void malformedJson() throws Exception {
        mvc.perform(put("/api/v1/orders/{n}", "X-1").header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"orderNumber\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @DisplayName("only the shop's systems write orders; staff may read them; no token is a 401")
    void roles() throws Exception {
        String number = OrderDocuments.uniqueNumber("R");
        mvc.perform(put("/api/v1/orders/{n}", number).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT))
                        .contentType(MediaType.APPLICATION_JSON).content(OrderDocuments.json(OrderDocuments.delivered(number))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/orders/{n}", number)).andExpect(status().isUnauthorized());
        assertThat(orders.find(new OrderNumber(number))).isEmpty();
    }
}
