package com.aftercare.payments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.identity.Role;
import com.aftercare.policy.InstallmentRules;
import com.aftercare.policy.PolicyBook;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InstallmentPlansApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    PolicyBook policyBook;
    @Autowired
    Clock clock;

    private InstallmentRules rulesToday() {
        return policyBook.inForceOn(LocalDate.now(clock)).installments();
    }

    @Test
    @DisplayName("WORLD: only the counts its bank allows today, citing PAY-1 and PAY-2")
    void restrictedProgram() throws Exception {
        List<Integer> allowed = List.copyOf(rulesToday().allowedFor("WORLD"));
        mvc.perform(get("/api/v1/installment-plans").param("amount", "1499.90").param("currency", "TRY").param("cardProgram", "world")
                        .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.amount").value("1499.90"))
                .andExpect(jsonPath("$.cardProgram").value("WORLD"))
                .andExpect(jsonPath("$.plans[*].installments").value(contains(allowed.toArray())))
                .andExpect(jsonPath("$.plans[0].amounts[0].amount").value("1499.90"))
                .andExpect(jsonPath("$.clauses[*].id").value(containsInAnyOrder("PAY-1", "PAY-2")))
                .andExpect(jsonPath("$.clauses[0].text").isNotEmpty());
    }

    @Test
    @DisplayName("clauses are cited in the caller's language")
    void turkishClauses() throws Exception {
        String english = mvc.perform(get("/api/v1/installment-plans").param("amount", "10.00")
                        .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String turkish = mvc.perform(get("/api/v1/installment-plans").param("amount", "10.00")
                        .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)).header(HttpHeaders.ACCEPT_LANGUAGE, "tr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clauses[0].id").value("PAY-1"))
                .andExpect(jsonPath("$.clauses[0].text").isNotEmpty())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(turkish).isNotEqualTo(english);
    }

    @Test
    @DisplayName("a card without a restricted program: 1 up to PAY-1's maximum, citing PAY-1 only")
    void unrestricted() throws Exception {
        int max = rulesToday().maxInstallments();
        mvc.perform(get("/api/v1/installment-plans").param("amount", "100").param("currency", "TRY")
                        .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plans.length()").value(max))
                .andExpect(jsonPath("$.plans[2].first.amount").value("33.34"))
                .andExpect(jsonPath("$.plans[2].monthly.amount").value("33.33"))
                .andExpect(jsonPath("$.clauses[*].id").value(contains("PAY-1")));
    }

    @Test
    @DisplayName("a bad amount and a bad currency are one 400 naming both")
    void badInput() throws Exception {
        mvc.perform(get("/api/v1/installment-plans").param("amount", "-5").param("currency", "TL")
                        .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("amount", "currency")));
        mvc.perform(get("/api/v1/installment-plans").param("amount", "12.345")
                        .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(get("/api/v1/installment-plans").header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)))
                .andExpect(status().isBadRequest());
    }
}
