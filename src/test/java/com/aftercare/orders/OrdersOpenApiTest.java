package com.aftercare.orders;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document describes the orders and payment-plan endpoints, the import's two formats and money as a string. */
@IntegrationTest
class OrdersOpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("/v3/api-docs documents PUT/GET orders, the NDJSON and CSV import, installment plans")
    void documented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/orders/{orderNumber}']", hasKey("put")))
                .andExpect(jsonPath("$.paths['/api/v1/orders/{orderNumber}']", hasKey("get")))
                .andExpect(jsonPath("$.paths['/api/v1/order-imports'].post.requestBody.content", hasKey("application/x-ndjson")))
                .andExpect(jsonPath("$.paths['/api/v1/order-imports'].post.requestBody.content", hasKey("text/csv")))
                .andExpect(jsonPath("$.paths['/api/v1/installment-plans']", hasKey("get")))
                .andExpect(jsonPath("$.components.schemas.Money.properties.amount.type").value("string"));
    }
}
