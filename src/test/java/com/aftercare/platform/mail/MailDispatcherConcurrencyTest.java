package com.aftercare.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.support.AtOnce;
import com.aftercare.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances dispatching at the same moment never send one mail twice, and still send a thread's mails in
 * their order. The mails are due in the year 2000 and the dispatchers' clock stands then, so no other test's mail
 * is theirs to send.
 */
@IntegrationTest
@DisplayName("Mail dispatchers of several instances at once")
class MailDispatcherConcurrencyTest {

    private static final Instant THEN = Instant.parse("2000-01-01T10:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} dispatchers at once")
    @ValueSource(ints = {2, 20})
    @DisplayName("every mail is sent once; a thread's mails go in their order")
    void eachMailOnce(int instances) throws Exception {
        String run = UUID.randomUUID().toString();
        String thread = "case:" + run;
        for (int i = 0; i < 40; i++) {
            queue("concurrency:" + run + ":" + i, null, null);
        }
        for (int position = 1; position <= 5; position++) {
            queue("concurrency:" + run + ":thread:" + position, thread, position);
        }
        Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        List<String> threadOrder = new CopyOnWriteArrayList<>();
        MailTransport counting = new MailTransport() {
            @Override
            public String name() {
                return "TEST";
            }

            @Override
            public void send(OutgoingMail mail, String messageId) {
                sends.computeIfAbsent(mail.dedupeKey(), key -> new AtomicInteger()).incrementAndGet();
                if (mail.dedupeKey().contains(":thread:")) {
                    threadOrder.add(mail.dedupeKey());
                }
            }
        };
        var properties = new MailDispatcher.MailProperties("Test <mail@example.com>", Duration.ofMinutes(1), Duration.ofHours(1), 50,
                Duration.ofMinutes(2));
        Clock then = Clock.fixed(THEN, ZoneOffset.UTC);

        AtOnce.run(instances, () -> {
            var dispatcher = new MailDispatcher(jdbc, counting, properties, then);
            int sent = 0;
            for (int round = 0; round < 10; round++) {
                sent += dispatcher.dispatchDue();
            }
            return sent;
        });

        assertThat(sends).hasSize(45).allSatisfy((key, count) -> assertThat(count.get()).as(key).isEqualTo(1));
        assertThat(threadOrder).containsExactly(java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(position -> "concurrency:" + run + ":thread:" + position).toArray(String[]::new));
        assertThat(jdbc.sql("select count(*) from outgoing_mail where dedupe_key like ? and status = 'SENT' and attempts = 1")
                .param("concurrency:" + run + ":%").query(Long.class).single()).isEqualTo(45);
    }

    private void queue(String key, String thread, Integer position) {
        jdbc.sql("""
                insert into outgoing_mail (dedupe_key, recipient, subject, text_body, status, attempts, next_attempt_at, created_at,
                                           thread, position)
                values (?, 'ayse@example.com', ?, 'text', 'PENDING', 0, ?, ?, ?, ?)""")
                .params(key, key, Timestamp.from(THEN.minusSeconds(60)), Timestamp.from(THEN.minusSeconds(60)), thread, position)
                .update();
    }
}
