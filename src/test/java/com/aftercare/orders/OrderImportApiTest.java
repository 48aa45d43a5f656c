package com.aftercare.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class OrderImportApiTest {

    static final String HEADER = "orderNumber,placedAt,customer.email,customer.name,customer.phone,customer.locale,invoice.number,invoice.type,"
            + "invoice.taxNumber,invoice.companyName,payment.method,payment.cardProgram,payment.installments,payment.total.amount,"
            + "payment.total.currency,line.lineId,line.sku,line.name,line.category,line.serialNumber,line.waterproof,line.unitPrice.amount,"
            + "line.unitPrice.currency,line.quantity,delivery.carrier,delivery.deliveredAt,delivery.signedBy,delivery.remarks";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Orders orders;

    private ResultActions importFile(String contentType, String body) throws Exception {
        return mvc.perform(post("/api/v1/order-imports").header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(contentType).content(body));
    }

    @Test
    @DisplayName("NDJSON: good lines are stored, bad lines are listed with their line number and fields")
    void ndjsonGoodAndBad() throws Exception {
        String good1 = OrderDocuments.uniqueNumber("N1");
        String good2 = OrderDocuments.uniqueNumber("N2");
        String bad = OrderDocuments.uniqueNumber("NB");
        ObjectNode badDocument = OrderDocuments.delivered(bad);
        ((ObjectNode) badDocument.get("lines").get(0)).put("category", "JEWELLERY");
        String file = String.join("\n", List.of(
                OrderDocuments.json(OrderDocuments.delivered(good1)),
                "{\"orderNumber\": \"broken",
                "",
                OrderDocuments.json(badDocument),
                OrderDocuments.json(OrderDocuments.delivered(good2)))) + "\n";

        importFile("application/x-ndjson", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(4))
                .andExpect(jsonPath("$.stored").value(2))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errorsTruncated").value(false))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].orderNumber").value(bad))
                .andExpect(jsonPath("$.errors[1].errors[0].field").value("lines[0].category"));
        assertThat(orders.find(new OrderNumber(good1))).isPresent();
        assertThat(orders.find(new OrderNumber(good2))).isPresent();
        assertThat(orders.find(new OrderNumber(bad))).isEmpty();
    }

    @Test
    @DisplayName("CSV: an order's lines are its consecutive rows; quoted cells; several serials in one cell; errors name the first row")
    void csvMultiLineOrders() throws Exception {
        String two = OrderDocuments.uniqueNumber("C2");
        String one = OrderDocuments.uniqueNumber("C1");
        String bad = OrderDocuments.uniqueNumber("CB");
        String file = HEADER + "\r\n"
                + two + ",2025-03-10T14:05:00+03:00,info@example.com,Zaman Saat Ltd.,0555 000 00 00,en,INV-2,CORPORATE,1234567890,\"Zaman Saat, Ltd.\",BANK_TRANSFER,,1,3199.80,TRY,1,CAS-MTP,Casio MTP-1302,WATCH,A-" + two + "|B-" + two + ",true,1499.90,TRY,2,Aras Kargo,2025-03-12T11:20:00+03:00,Mehmet Kaya,\"1 item missing,\nnoted before signing\"\r\n"
                + two + ",2025-03-10T14:05:00+03:00,info@example.com,Zaman Saat Ltd.,0555 000 00 00,en,INV-2,CORPORATE,1234567890,\"Zaman Saat, Ltd.\",BANK_TRANSFER,,1,3199.80,TRY,2,CHG-USB-C,USB-C charger,CHARGER,,false,200.00,TRY,1,Aras Kargo,2025-03-12T11:20:00+03:00,Mehmet Kaya,\r\n"
                + one + ",2025-03-11T09:00:00+03:00,can@example.com,Can Demir,,tr,INV-3,INDIVIDUAL,,,CASH_ON_DELIVERY,,1,349.00,TRY,1,STR-22,Silicone strap 22 mm,STRAP,,,349.00,TRY,1,,,,\r\n"
                + bad + ",2025-03-11T09:00:00+03:00,can@example.com,Can Demir,,tr,INV-4,INDIVIDUAL,,,CASH_ON_DELIVERY,,1,349.00,TRY,1,STR-22,Silicone strap 22 mm,STRAP,,,349.00,TRY,0,,,,\r\n";

        importFile("text/csv", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(3))
                .andExpect(jsonPath("$.stored").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(6))
                .andExpect(jsonPath("$.errors[0].errors[0].field").value("lines[0].quantity"));

        Order order = orders.find(new OrderNumber(two)).orElseThrow();
        assertThat(order.lines()).hasSize(2);
        assertThat(order.invoice().companyName()).isEqualTo("Zaman Saat, Ltd.");
        assertThat(order.lines().getFirst().serialNumbers()).extracting(SerialNumber::value).containsExactly("A-" + two, "B-" + two);
        assertThat(order.delivery().remarks()).isEqualTo("1 item missing,\nnoted before signing");
        assertThat(orders.find(new OrderNumber(one)).orElseThrow().isDelivered()).isFalse();
    }

    @Test
    @DisplayName("a serial number on two orders of one file: the first is stored, the second refused naming the field")
    void duplicatedSerialInFile() throws Exception {
        String first = OrderDocuments.uniqueNumber("D1");
        String second = OrderDocuments.uniqueNumber("D2");
        ObjectNode copy = OrderDocuments.delivered(second);
        ((ObjectNode) copy.get("lines").get(0)).put("serialNumber", "SN-" + first);
        String file = OrderDocuments.json(OrderDocuments.delivered(first)) + "\n" + OrderDocuments.json(copy) + "\n";

        importFile("application/x-ndjson", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].errors[0].field").value("lines[0].serialNumber"));
        assertThat(orders.findUnit(new SerialNumber("SN-" + first)).orElseThrow().orderNumber().value()).isEqualTo(first);
    }

    @Test
    @DisplayName("an unknown CSV column is a 400 naming it; another content type is a 415")
    void badHeaderAndContentType() throws Exception {
        importFile("text/csv", "orderNumber,colour\nX-1,red\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("header[1]"));
        importFile("application/json", "{}").andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
