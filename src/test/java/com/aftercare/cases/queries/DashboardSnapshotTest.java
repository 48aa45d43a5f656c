package com.aftercare.cases.queries;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseStatistics.Figures;
import com.aftercare.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard shows a snapshot of its figures, so that a visit does not count a million cases. */
@IntegrationTest
@DisplayName("The dashboard's snapshot")
class DashboardSnapshotTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    @DisplayName("is counted once per refresh period, and says when")
    void countedOncePerPeriod() {
        JdbcCaseStatistics statistics = new JdbcCaseStatistics(jdbc, clock, Duration.ofHours(1));
        Figures first = statistics.figures();
        assertThat(statistics.figures()).isSameAs(first);
        assertThat(first.asOf()).isBeforeOrEqualTo(clock.instant()).isAfter(clock.instant().minusSeconds(60));
    }

    @Test
    @DisplayName("is counted on every visit when the period is zero")
    void countedEveryTimeWithoutAPeriod() {
        JdbcCaseStatistics statistics = new JdbcCaseStatistics(jdbc, clock, Duration.ZERO);
        Figures first = statistics.figures();
        Figures second = statistics.figures();
        assertThat(second).isNotSameAs(first);
        assertThat(second.asOf()).isAfterOrEqualTo(first.asOf());
    }
}
