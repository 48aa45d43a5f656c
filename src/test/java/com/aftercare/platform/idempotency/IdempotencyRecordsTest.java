package com.aftercare.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.support.AtOnce;
import com.aftercare.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The claim of a key is one statement: it claims a new key, takes over a dead request's, and leaves every other. */
@IntegrationTest
@DisplayName("An Idempotency-Key's claim")
class IdempotencyRecordsTest {

    @Autowired
    IdempotencyRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final String caller = "claim-test-" + UUID.randomUUID();

    @Test
    @DisplayName("claims a new key once: a second request with it finds it taken")
    void claimsOnce() {
        assertThat(records.claim(caller, "k1", "POST", "/api/v1/cases")).isTrue();
        assertThat(records.claim(caller, "k1", "POST", "/api/v1/cases")).isFalse();
        assertThat(records.find(caller, "k1")).hasValueSatisfying(kept -> assertThat(kept.completed()).isFalse());
    }

    @Test
    @DisplayName("never takes a key whose answer is kept, however old")
    void keepsAnswers() {
        assertThat(records.claim(caller, "k2", "POST", "/api/v1/cases")).isTrue();
        records.complete(caller, "k2", "sha", 201, "application/json", "{}".getBytes(), "/api/v1/cases/1");
        age(caller, "k2", IdempotencyRecords.ABANDONED_AFTER.plusMinutes(1));
        assertThat(records.claim(caller, "k2", "POST", "/api/v1/cases")).isFalse();
        assertThat(records.find(caller, "k2")).hasValueSatisfying(kept -> assertThat(kept.status()).isEqualTo(201));
    }

    @Test
    @DisplayName("takes over the claim of a request that died, and only once it is older than the time allowed")
    void takesOverAbandonedClaims() {
        assertThat(records.claim(caller, "k3", "POST", "/api/v1/cases")).isTrue();
        age(caller, "k3", IdempotencyRecords.ABANDONED_AFTER.minusMinutes(1));
        assertThat(records.claim(caller, "k3", "POST", "/api/v1/cases")).isFalse();
        age(caller, "k3", IdempotencyRecords.ABANDONED_AFTER.plusMinutes(1));
        assertThat(records.claim(caller, "k3", "POST", "/api/v1/cases/x/refund")).isTrue();
        assertThat(records.find(caller, "k3")).hasValueSatisfying(kept -> {
            assertThat(kept.path()).isEqualTo("/api/v1/cases/x/refund");
            assertThat(kept.createdAt()).isAfter(Instant.now().minusSeconds(60));
        });
        // and the new claim is taken: the next request waits for it
        assertThat(records.claim(caller, "k3", "POST", "/api/v1/cases/x/refund")).isFalse();
    }

    @Test
    @DisplayName("twenty requests claiming one key at the same moment: exactly one gets it, new or abandoned")
    void oneClaimAtOnce() throws Exception {
        List<Boolean> fresh = AtOnce.run(20, () -> records.claim(caller, "k5", "POST", "/api/v1/cases"));
        assertThat(fresh).filteredOn(Boolean::booleanValue).hasSize(1);
        age(caller, "k5", IdempotencyRecords.ABANDONED_AFTER.plusMinutes(1));
        List<Boolean> takeover = AtOnce.run(20, () -> records.claim(caller, "k5", "POST", "/api/v1/cases"));
        assertThat(takeover).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    @Test
    @DisplayName("refuses to run inside a transaction, whose commit it would make asynchronous")
    void neverInsideATransaction() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> records.claim(caller, "k4", "POST", "/x")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(records.find(caller, "k4")).isEmpty();
    }

    private void age(String caller, String key, java.time.Duration by) {
        jdbc.sql("update idempotency_record set created_at = ? where caller = ? and idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(by)), caller, key).update();
    }
}
