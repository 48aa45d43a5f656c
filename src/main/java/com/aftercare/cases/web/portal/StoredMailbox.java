package com.aftercare.cases.web.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps every message to a customer in {@code demo_mail} instead of sending it (no mail server yet). */
@Component
class StoredMailbox implements CustomerMailbox {

    record Stored(long id, String to, String subject, String text, String link, Instant sentAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredMailbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(Message message) {
        jdbc.sql("insert into demo_mail (recipient, subject, body, link, sent_at) values (?, ?, ?, ?, ?)")
                .params(message.to(), message.subject(), message.text(), message.link(), Timestamp.from(clock.instant()))
                .update();
    }

    /** The newest messages first. */
    List<Stored> recent(int limit) {
        return jdbc.sql("select id, recipient, subject, body, link, sent_at from demo_mail order by id desc limit ?")
                .param(limit)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}
