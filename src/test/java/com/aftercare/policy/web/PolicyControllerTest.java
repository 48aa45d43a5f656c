package com.aftercare.policy.web;

import java.util.Map;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.aftercare.policy.internal.PolicyBookConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The policy API's JSON, over the shipped policy files, on a day fixed by the test's clock. */
@WebMvcTest(PolicyController.class)
@Import({PolicyBookConfiguration.class, FixedIstanbulClock.class})
@WithMockUser(roles = "AGENT")
@DisplayName("GET /api/v1/policy")
class PolicyControllerTest {

    @Autowired
    private MockMvc mvc;

    @Nested
    @DisplayName("the version in force")
    class InForce {

        @Test
        void today_in_istanbul_by_default() throws Exception {
            mvc.perform(get("/api/v1/policy"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value("2026.1"))
                    .andExpect(jsonPath("$.effectiveFrom").value("2026-01-01"))
                    .andExpect(jsonPath("$.effectiveUntil").value(nullValue()))
                    .andExpect(jsonPath("$.store.email").value("service@example.com"))
                    .andExpect(jsonPath("$.store.phone").value("0555 000 00 00"));
        }

        @Test
        void on_another_day() throws Exception {
            mvc.perform(get("/api/v1/policy").param("on", "2025-06-01"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value("2024.1"))
                    .andExpect(jsonPath("$.effectiveUntil").value("2025-12-31"))
                    .andExpect(jsonPath("$.clauses[?(@.id == 'PAY-2')].parameters.restrictedPrograms.WORLD[*]")
                            .value(contains(1, 2, 3, 6)));
        }

        @Test
        void every_clause_with_both_languages_and_its_parameters() throws Exception {
            mvc.perform(get("/api/v1/policy").param("on", "2026-01-01"))
                    .andExpect(jsonPath("$.language").value("en"))
                    .andExpect(jsonPath("$.clauses", hasSize(39)))
                    .andExpect(jsonPath("$.clauses[0].id").value("STORE-1"))
                    .andExpect(jsonPath("$.clauses[38].id").value("CARE-1"))
                    .andExpect(jsonPath("$.clauses[4].id").value("RET-1"))
                    .andExpect(jsonPath("$.clauses[4].title").value("Asking for a return within 14 days"))
                    .andExpect(jsonPath("$.clauses[4].text").value(startsWith("A return (refund or replacement)")))
                    .andExpect(jsonPath("$.clauses[4].en.text").value(startsWith("A return (refund or replacement)")))
                    .andExpect(jsonPath("$.clauses[4].tr.title").value("14 gün içinde iade talebi"))
                    .andExpect(jsonPath("$.clauses[4].tr.text").value(startsWith("İade (bedel iadesi veya değişim)")))
                    .andExpect(jsonPath("$.clauses[4].parameters.returnWindow.length").value(14))
                    .andExpect(jsonPath("$.clauses[4].parameters.returnWindow.convention").value("DAYS"))
                    .andExpect(jsonPath("$.clauses[?(@.id == 'PAY-3')].parameters.bankWindow.convention").value(contains("BANK")))
                    .andExpect(jsonPath("$.clauses[?(@.id == 'WAR-8')].parameters.sameFaultMoreThan").value(contains(2)))
                    .andExpect(jsonPath("$.clauses[?(@.id == 'RET-2')].parameters").value(contains(Map.of())));
        }

        @Test
        void accept_language_picks_the_language_shown_first() throws Exception {
            mvc.perform(get("/api/v1/policy").header(HttpHeaders.ACCEPT_LANGUAGE, "tr-TR,tr;q=0.9,en;q=0.5"))
                    .andExpect(jsonPath("$.language").value("tr"))
                    .andExpect(jsonPath("$.clauses[4].title").value("14 gün içinde iade talebi"))
                    .andExpect(jsonPath("$.clauses[4].en.title").value("Asking for a return within 14 days"));
        }

        @Test
        void a_language_we_do_not_have_reads_english() throws Exception {
            mvc.perform(get("/api/v1/policy").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE"))
                    .andExpect(jsonPath("$.language").value("en"));
        }

        @Test
        void a_day_that_is_not_a_day_is_a_400_problem() throws Exception {
            mvc.perform(get("/api/v1/policy").param("on", "2025-02-30"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.title").value("Invalid input"))
                    .andExpect(jsonPath("$.detail").value("on: '2025-02-30' is not a date like 2026-03-10"))
                    .andExpect(jsonPath("$.errors[0].field").value("on"));
        }
    }

    @Test
    @DisplayName("GET /api/v1/policy/versions lists the versions with the days they are in force")
    void versions() throws Exception {
        mvc.perform(get("/api/v1/policy/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].version").value("2024.1"))
                .andExpect(jsonPath("$[0].effectiveFrom").value("2024-01-01"))
                .andExpect(jsonPath("$[0].effectiveUntil").value("2025-12-31"))
                .andExpect(jsonPath("$[1].version").value("2026.1"))
                .andExpect(jsonPath("$[1].effectiveFrom").value("2026-01-01"))
                .andExpect(jsonPath("$[1].effectiveUntil").value(nullValue()));
    }

    @Nested
    @DisplayName("the statutory floor")
    class Floor {

        @Test
        void lists_every_law_rule_with_its_source_and_date() throws Exception {
            mvc.perform(get("/api/v1/policy"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.floor[*].id").value(contains("LAW-1", "LAW-2", "LAW-3", "LAW-4", "LAW-5")))
                    .andExpect(jsonPath("$.floor[?(@.id == 'LAW-1')].source").value(contains("Mesafeli Sözleşmeler Yönetmeliği art. 9(2)")))
                    .andExpect(jsonPath("$.floor[?(@.id == 'LAW-5')].effectiveFrom").value(contains("2014-05-28")))
                    .andExpect(jsonPath("$.floor[?(@.id == 'LAW-5')].parameters.presumptionMonths").value(contains(6)))
                    .andExpect(jsonPath("$.floor[?(@.id == 'LAW-4')].overrides[*].clause").value(contains("WAR-8")));
        }

        @Test
        void names_on_each_store_clause_the_rule_that_overrides_it() throws Exception {
            var answer = mvc.perform(get("/api/v1/policy")).andExpect(status().isOk());
            Map<String, String> overridden = Map.of("RET-1", "LAW-1", "RET-6", "LAW-2", "PAY-3", "LAW-2", "WAR-3", "LAW-3",
                    "WAR-8", "LAW-4", "DLV-4", "LAW-5", "WAR-7", "LAW-5");
            for (var entry : overridden.entrySet()) {
                answer.andExpect(jsonPath("$.clauses[?(@.id == '" + entry.getKey() + "')].overriddenBy[*]")
                        .value(contains(entry.getValue())));
            }
            answer.andExpect(jsonPath("$.clauses[?(@.overriddenBy.length() > 0)]", hasSize(overridden.size())))
                    .andExpect(jsonPath("$.clauses[?(@.id == 'STORE-1')].overriddenBy[*]", hasSize(0)));
        }

        @Test
        void gives_the_reasons_in_turkish() throws Exception {
            mvc.perform(get("/api/v1/policy").header(HttpHeaders.ACCEPT_LANGUAGE, "tr"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.floor[?(@.id == 'LAW-3')].title").value(contains("Tamir süresinin bildirimden sayılması")))
                    .andExpect(jsonPath("$.floor[?(@.id == 'LAW-3')].overrides[0].reason")
                            .value(contains(startsWith("WAR-3 yalnızca onarımın başladığı"))));
        }
    }
}
