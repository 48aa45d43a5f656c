package com.aftercare.identity.internal;

import com.aftercare.identity.CustomerLinks;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.platform.mail.MailOutbox;
import com.aftercare.platform.mail.OutgoingMail;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CustomerLinks} on PostgreSQL ({@code customer_link}, {@code customer_link_request}); the link's mail goes
 * through the mail outbox in the transaction that made the link: SMTP when a mail server is configured, the demo
 * mailbox otherwise.
 */
@Service
class JdbcCustomerLinks implements CustomerLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Orders orders;
    private final MailOutbox outbox;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration window;
    private final int maxPerEmail;
    private final int maxPerAddress;

    JdbcCustomerLinks(JdbcClient jdbc, Orders orders, MailOutbox outbox, Clock clock,
            @Value("${aftercare.portal.link-lifetime:30m}") Duration lifetime,
            @Value("${aftercare.portal.request-window:15m}") Duration window,
            @Value("${aftercare.portal.max-requests-per-email:5}") int maxPerEmail,
            @Value("${aftercare.portal.max-requests-per-address:20}") int maxPerAddress) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
        this.lifetime = lifetime;
        this.window = window;
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
    }

    @Override
    @Transactional
    public Requested request(String orderNumber, String email, String address, Function<String, String> linkTo,
            MailText message) {
        Instant now = clock.instant();
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        // One request at a time per e-mail, so that concurrent requests count against each other.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('customer_link:' || ?))").param(normalized).query().singleValue();
        Timestamp since = Timestamp.from(now.minus(window));
        long byEmail = jdbc.sql("select count(*) from customer_link_request where email = ? and requested_at > ?")
                .params(normalized, since).query(Long.class).single();
        long byAddress = jdbc.sql("select count(*) from customer_link_request where address = ? and requested_at > ?")
                .params(address, since).query(Long.class).single();
        jdbc.sql("insert into customer_link_request (email, address, requested_at) values (?, ?, ?)")
                .params(normalized, address, Timestamp.from(now)).update();
        if (byEmail >= maxPerEmail || byAddress >= maxPerAddress) {
            return Requested.TOO_MANY;
        }
        matching(orderNumber, normalized).ifPresent(order -> {
            String token = newToken();
            Instant expires = now.plus(lifetime);
            jdbc.sql("""
                    insert into customer_link (token_digest, order_number, email, created_at, expires_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(digest(token), order.number().value(), normalized, Timestamp.from(now), Timestamp.from(expires))
                    .update();
            String link = linkTo.apply(token);
            // Every sign-in request is a mail of its own: a fresh key.
            outbox.enqueue(new OutgoingMail("portal:" + UUID.randomUUID(), order.customer().email(),
                    message.subject(order.number().value()), message.text(order.number().value(), link, lifetime.toMinutes()),
                    null, link));
        });
        return Requested.ANSWERED;
    }

    @Override
    @Transactional
    public Optional<String> redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                update customer_link set used_at = :now
                 where token_digest = :digest and used_at is null and expires_at > :now
                returning order_number""")
                .param("now", Timestamp.from(now)).param("digest", digest(token))
                .query(String.class).optional();
    }

    private Optional<Order> matching(String orderNumber, String email) {
        if (orderNumber == null || !OrderNumber.isWellFormed(orderNumber.strip()) || email.isEmpty()) {
            return Optional.empty();
        }
        return orders.find(new OrderNumber(orderNumber.strip()))
                .filter(order -> order.customer() != null && order.customer().email() != null
                        && order.customer().email().strip().toLowerCase(Locale.ROOT).equals(email));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String token) {
        return TokenDigest.of(token);
    }
}
