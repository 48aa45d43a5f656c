package com.aftercare.cases;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.warranty.LoanerClock;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.AtOnce;
import com.aftercare.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** WAR-5: a loaner is owed once per repair, even when several instances run the clock at the same moment. */
@IntegrationTest
@DisplayName("The loaner clock run by several instances at once")
class ConcurrentLoanerClockTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoanerClock clock;

    private WarrantyFixture warranty;

    @BeforeEach
    void fixture() {
        warranty = new WarrantyFixture(new CaseStoryFixture(mvc, tokens));
    }

    @ParameterizedTest(name = "{0} clocks at once")
    @ValueSource(ints = {2, 20})
    @DisplayName("each repair past its tenth working day gets one LOANER_DUE, however many clocks look at once")
    void owedOnce(int clocks) throws Exception {
        for (int round = 0; round < (clocks == 2 ? 4 : 2); round++) {
            List<String> repairs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                repairs.add(repairPastTheLoanerDay());
            }

            List<Integer> noted = AtOnce.run(clocks, clock::noteLoanersDue);

            assertThat(noted.stream().mapToInt(Integer::intValue).sum()).as("cases noted by all clocks together")
                    .isGreaterThanOrEqualTo(repairs.size());
            for (String id : repairs) {
                assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and kind = 'LOANER_DUE'")
                        .param(UUID.fromString(id)).query(Long.class).single()).as("LOANER_DUE on case " + id).isEqualTo(1);
            }
        }
    }

    /** A covered repair notified 20 days ago and started: its tenth working day is behind it, no loaner lent. */
    private String repairPastTheLoanerDay() throws Exception {
        Instant now = Instant.now();
        String serial = WarrantyFixture.serial();
        String order = warranty.deliveredWatch("LOANRACE", now.minus(60, DAYS), serial, "12999.00", false);
        String id = warranty.open(order, serial, "STOPS", "PHONE", now.minus(20, DAYS)).get("id").asString();
        warranty.diagnose(id, "MATERIAL");
        warranty.startRepair(id);
        return id;
    }
}
