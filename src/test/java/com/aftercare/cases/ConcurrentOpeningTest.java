package com.aftercare.cases;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.AtOnce;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A watch bought once can be in one open return only, and a unit in one open warranty case, however many agents
 * (or double clicks) send the request at the same moment: the openings on one order take their turn, so the second
 * sees the first one's case and is refused with a problem naming the line or the unit, never a 500.
 */
@IntegrationTest
@DisplayName("Cases opened on one order at the same moment")
class ConcurrentOpeningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private CaseStoryFixture story;

    @BeforeEach
    void fixture() {
        story = new CaseStoryFixture(mvc, tokens);
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    @DisplayName("returns of a line bought once: exactly one is opened, every other request hears which line is used up")
    void returnsOfOneUnit(int requests) throws Exception {
        for (int round = 0; round < (requests == 2 ? 8 : 2); round++) {
            Instant now = Instant.now();
            String order = story.putOrder("RACE", Payment.card(null, 1), now.minus(3, DAYS),
                    Line.smartWatch("1", "SW-" + UUID.randomUUID(), "8999.90"));
            String body = """
                    {"type": "RETURN", "orderNumber": "%s", "channel": "PHONE", "items": [{"lineId": "1", "quantity": 1}]}"""
                    .formatted(order);

            List<MvcResult> answers = AtOnce.run(requests, () -> story.callAs(tokens.bearer(Role.AGENT), null, "/api/v1/cases", body));

            assertThat(answers).extracting(answer -> answer.getResponse().getStatus())
                    .filteredOn(status -> status == 201).hasSize(1);
            assertThat(answers).extracting(answer -> answer.getResponse().getStatus())
                    .filteredOn(status -> status != 201).allMatch(status -> status == 400 || status == 409);
            for (MvcResult loser : answers.stream().filter(answer -> answer.getResponse().getStatus() != 201).toList()) {
                assertThat(loser.getResponse().getContentType()).startsWith("application/problem+json");
                assertThat(CaseStoryFixture.body(loser)).contains("can still be returned");
            }
            assertThat(jdbc.sql("select count(*) from case_file where order_number = ? and type = 'RETURN'").param(order)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0} at once")
    @ValueSource(ints = {2, 20})
    @DisplayName("warranty cases of one unit: one is opened, every other request hears that the unit has an open case")
    void warrantyOfOneUnit(int requests) throws Exception {
        for (int round = 0; round < (requests == 2 ? 4 : 2); round++) {
            warrantyRound(requests);
        }
    }

    private void warrantyRound(int requests) throws Exception {
        Instant now = Instant.now();
        String serial = "SW-" + UUID.randomUUID();
        String order = story.putOrder("RACEW", Payment.card(null, 1), now.minus(60, DAYS), Line.smartWatch("1", serial, "8999.90"));
        String body = """
                {"type": "WARRANTY", "orderNumber": "%s", "channel": "PHONE", "faultCode": "STOPS",
                 "faultDescription": "It stops at night.", "items": [{"lineId": "1", "serialNumbers": ["%s"]}]}"""
                .formatted(order, serial);

        List<MvcResult> answers = AtOnce.run(requests, () -> story.callAs(tokens.bearer(Role.AGENT), null, "/api/v1/cases", body));

        assertThat(answers).extracting(answer -> answer.getResponse().getStatus())
                .filteredOn(status -> status == 201).hasSize(1);
        for (MvcResult loser : answers.stream().filter(answer -> answer.getResponse().getStatus() != 201).toList()) {
            assertThat(loser.getResponse().getStatus()).isEqualTo(409);
            assertThat(loser.getResponse().getContentType()).startsWith("application/problem+json");
        }
        assertThat(jdbc.sql("select count(*) from case_file where order_number = ? and type = 'WARRANTY'").param(order)
                .query(Long.class).single()).isEqualTo(1);
    }
}
