package com.aftercare.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.aftercare.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** PAY-1's maximum comes from the policy file alone: neither the schema nor the published contract repeats it. */
@IntegrationTest
@DisplayName("The installments' upper bound")
class InstallmentsBoundTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("the schema keeps only 'at least one installment'")
    void schema() {
        assertThat(jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = 'order_payments_installments'")
                .query(String.class).single()).isEqualTo("CHECK ((installments >= 1))");
    }

    @Test
    @DisplayName("the OpenAPI document states no maximum, and points to the policy")
    void contract() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        var installments = JsonMapper.builder().build().readTree(document)
                .at("/components/schemas/OrderPayment/properties/installments");
        assertThat(installments.has("maximum")).isFalse();
        assertThat(installments.get("minimum").asInt()).isEqualTo(1);
        assertThat(installments.get("description").asString()).contains("PAY-1", "policy in force");
    }
}
