package com.aftercare.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.orders.internal.OrderRules;
import com.aftercare.orders.web.OrderDocumentsForTests;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every rule an order document must satisfy, one case per rule: each must name its field. */
class OrderValidationTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ISTANBUL);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OrderRules rules = new OrderRules(TestPolicies.worldRestrictedTo123(), NOW, ISTANBUL);

    private List<FieldError> errorsOf(ObjectNode document) {
        return OrderDocumentsForTests.validate(document, rules);
    }

    @Test
    @DisplayName("the fixture is valid, so each case below fails for its own reason")
    void fixtureIsValid() {
        assertThat(errorsOf(OrderDocuments.delivered("ORD-1"))).isEmpty();
    }

    @Test
    @DisplayName("every bad field is named at once, not just the first")
    void collectsAllErrors() {
        ObjectNode document = OrderDocuments.delivered("ORD-1");
        document.remove("placedAt");
        ((ObjectNode) document.get("customer")).put("locale", "de");
        ((ObjectNode) document.get("lines").get(1)).put("category", "JEWELLERY");
        assertThat(errorsOf(document)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("placedAt", "customer.locale", "lines[1].category");
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("order number is required", "orderNumber", d -> d.remove("orderNumber")),
                rule("order number format", "orderNumber", d -> d.put("orderNumber", "ORD 1/2")),
                rule("placedAt is a moment with offset", "placedAt", d -> d.put("placedAt", "2025-01-10T10:00:00")),
                rule("placedAt not in the future", "placedAt", d -> d.put("placedAt", "2026-04-01T10:00:00+03:00").remove("delivery")),
                rule("customer is required", "customer", d -> d.remove("customer")),
                rule("e-mail format", "customer.email", d -> obj(d, "customer").put("email", "ayse.example.com")),
                rule("customer name required", "customer.name", d -> obj(d, "customer").put("name", "  ")),
                rule("locale en or tr", "customer.locale", d -> obj(d, "customer").put("locale", "de")),
                rule("invoice type enum", "invoice.type", d -> obj(d, "invoice").put("type", "COMPANY")),
                rule("invoice number required", "invoice.number", d -> obj(d, "invoice").remove("number")),
                rule("corporate needs a 10-digit VKN", "invoice.taxNumber", d -> obj(d, "invoice").put("type", "CORPORATE").put("companyName", "Saat A.Ş.").put("taxNumber", "123")),
                rule("corporate needs a company name", "invoice.companyName", d -> obj(d, "invoice").put("type", "CORPORATE").put("taxNumber", "1234567890")),
                rule("individual tax number is an 11-digit TCKN", "invoice.taxNumber", d -> obj(d, "invoice").put("taxNumber", "1234567890")),
                rule("payment method enum", "payment.method", d -> obj(d, "payment").put("method", "CRYPTO")),
                rule("installments a whole number", "payment.installments", d -> obj(d, "payment").put("installments", "three")),
                rule("PAY-1: at most 12 installments", "payment.installments", d -> obj(d, "payment").put("cardProgram", (String) null).put("installments", 13)),
                rule("PAY-1: at least 1 installment", "payment.installments", d -> obj(d, "payment").put("installments", 0)),
                rule("PAY-2: WORLD allows only 1, 2, 3", "payment.installments", d -> obj(d, "payment").put("installments", 6)),
                rule("installments only for cards", "payment.installments", d -> obj(d, "payment").put("method", "BANK_TRANSFER").put("cardProgram", (String) null)),
                rule("card program only for cards", "payment.cardProgram", d -> obj(d, "payment").put("method", "CASH_ON_DELIVERY").put("installments", 1)),
                rule("amount is a string, not a JSON number", "payment.total.amount", d -> obj(obj(d, "payment"), "total").put("amount", 1699.8)),
                rule("amount not negative", "lines[1].unitPrice.amount", d -> obj(line(d, 1), "unitPrice").put("amount", "-99.95")),
                rule("amount at most 2 decimals", "lines[0].unitPrice.amount", d -> obj(line(d, 0), "unitPrice").put("amount", "1499.901")),
                rule("amount is a decimal", "payment.total.amount", d -> obj(obj(d, "payment"), "total").put("amount", "1.699,80")),
                rule("currency is an ISO code", "payment.total.currency", d -> obj(obj(d, "payment"), "total").put("currency", "TL")),
                rule("line currency is the order's", "lines[1].unitPrice.currency", d -> obj(line(d, 1), "unitPrice").put("currency", "EUR")),
                rule("total equals the sum of the lines", "payment.total", d -> obj(obj(d, "payment"), "total").put("amount", "1599.80")),
                rule("at least one line", "lines", d -> d.set("lines", NODES.arrayNode())),
                rule("category enum", "lines[1].category", d -> line(d, 1).put("category", "JEWELLERY")),
                rule("lineId required", "lines[1].lineId", d -> line(d, 1).remove("lineId")),
                rule("lineId unique", "lines[1].lineId", d -> line(d, 1).put("lineId", "1")),
                rule("sku required", "lines[0].sku", d -> line(d, 0).remove("sku")),
                rule("quantity at least 1", "lines[1].quantity", d -> line(d, 1).put("quantity", 0)),
                rule("quantity required", "lines[1].quantity", d -> line(d, 1).remove("quantity")),
                rule("EXC-8: a watch says whether it is waterproof", "lines[0].waterproof", d -> line(d, 0).remove("waterproof")),
                rule("serial number format", "lines[0].serialNumber", d -> line(d, 0).put("serialNumber", "SN 1")),
                rule("WAR-1: a delivered watch has its serial", "lines[0].serialNumber", d -> line(d, 0).putNull("serialNumber")),
                rule("WAR-1: a delivered watch line has one serial per unit", "lines[0].serialNumbers", d -> {
                    line(d, 0).put("quantity", 2).putNull("serialNumber").set("serialNumbers", NODES.arrayNode().add("SN-A"));
                    obj(obj(d, "payment"), "total").put("amount", "3199.70");
                }),
                rule("no more serials than units", "lines[1].serialNumbers", d -> line(d, 1).set("serialNumbers", NODES.arrayNode().add("S1").add("S2").add("S3"))),
                rule("a serial is sold once within the order", "lines[1].serialNumber", d -> line(d, 1).put("serialNumber", "SN-ORD-1")),
                rule("serialNumber or serialNumbers, not both", "lines[1].serialNumber", d -> line(d, 1).put("serialNumber", "S1").set("serialNumbers", NODES.arrayNode().add("S2"))),
                rule("delivery carrier required", "delivery.carrier", d -> obj(d, "delivery").remove("carrier")),
                rule("delivery not before the order", "delivery.deliveredAt", d -> obj(d, "delivery").put("deliveredAt", "2025-01-09T10:00:00+03:00")),
                rule("delivery not in the future", "delivery.deliveredAt", d -> obj(d, "delivery").put("deliveredAt", "2026-03-11T10:00:00+03:00")),
                rule("the body is an object", "$", d -> {
                    throw new ReplaceDocument();
                }));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("brokenRules")
    void namesTheField(String rule, String field, Consumer<ObjectNode> spoil) {
        ObjectNode document = OrderDocuments.delivered("ORD-1");
        List<FieldError> errors;
        try {
            spoil.accept(document);
            errors = errorsOf(document);
        } catch (ReplaceDocument notAnObject) {
            errors = OrderDocumentsForTests.validate(NODES.arrayNode(), rules);
        }
        assertThat(errors).as(rule).extracting(FieldError::field).containsExactly(field);
        assertThat(errors.getFirst().message()).isNotBlank();
    }

    @Test
    @DisplayName("a JSON number amount is refused with the string to send instead")
    void numberAmountSaysWhatToSend() {
        ObjectNode document = OrderDocuments.delivered("ORD-1");
        obj(obj(document, "payment"), "total").put("amount", 1699.8);
        assertThat(errorsOf(document)).singleElement().extracting(FieldError::message).asString().contains("\"1699.80\"");
    }

    @Test
    @DisplayName("PAY-2 does not restrict a card without a program: 6 installments are fine")
    void unrestrictedProgramAllowsUpToTheMaximum() {
        ObjectNode document = OrderDocuments.delivered("ORD-1");
        obj(document, "payment").put("cardProgram", (String) null).put("installments", 6);
        assertThat(errorsOf(document)).isEmpty();
    }

    @Test
    @DisplayName("an undelivered watch may come without its serial number yet")
    void undeliveredWatchNeedsNoSerial() {
        ObjectNode document = OrderDocuments.delivered("ORD-1");
        document.remove("delivery");
        line(document, 0).putNull("serialNumber");
        assertThat(errorsOf(document)).isEmpty();
    }

    @Test
    @DisplayName("a watch line of two units is fine with two serial numbers")
    void twoWatchesTwoSerials() {
        ObjectNode document = OrderDocuments.delivered("ORD-1");
        ObjectNode watch = line(document, 0).put("quantity", 2).putNull("serialNumber");
        watch.set("serialNumbers", NODES.arrayNode().add("SN-A").add("SN-B"));
        obj(obj(document, "payment"), "total").put("amount", "3199.70");
        assertThat(errorsOf(document)).isEmpty();
    }

    @Test
    @DisplayName("a corporate invoice with a VKN and a company name is valid")
    void corporateInvoice() {
        ObjectNode document = OrderDocuments.delivered("ORD-1");
        obj(document, "invoice").put("type", "CORPORATE").put("taxNumber", "1234567890").put("companyName", "Zaman Saat Ticaret A.Ş.");
        assertThat(errorsOf(document)).isEmpty();
    }

    private static Arguments rule(String rule, String field, Consumer<ObjectNode> spoil) {
        return Arguments.of(rule, field, spoil);
    }

    private static ObjectNode obj(ObjectNode parent, String name) {
        return (ObjectNode) parent.get(name);
    }

    private static ObjectNode line(ObjectNode document, int index) {
        return (ObjectNode) ((ArrayNode) document.get("lines")).get(index);
    }

    /** Signals the case that sends something other than an object. */
    private static final class ReplaceDocument extends RuntimeException {
    }
}
