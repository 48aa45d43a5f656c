package com.aftercare.cases.web.portal;

import com.aftercare.orders.Order;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in links for customers: an order number and the order's e-mail address (any case)
 * get a link with a random 256-bit token, of which only the SHA-256 digest is stored. The answer
 * never tells whether the order exists; asking is rate-limited per e-mail and per address, counted
 * in PostgreSQL whether or not anything matched.
 */
@Service
class CustomerLinks {

    enum Requested {
        /** A link was sent if the order and e-mail match; nothing else is said. */
        ANSWERED,
        /** Too many requests from this e-mail or address lately; nothing was sent. */
        TOO_MANY
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Orders orders;
    private final CustomerMailbox mailbox;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration window;
    private final int maxPerEmail;
    private final int maxPerAddress;

    CustomerLinks(JdbcClient jdbc, Orders orders, CustomerMailbox mailbox, Clock clock,
            @Value("${aftercare.portal.link-lifetime:30m}") Duration lifetime,
            @Value("${aftercare.portal.request-window:15m}") Duration window,
            @Value("${aftercare.portal.max-requests-per-email:5}") int maxPerEmail,
            @Value("${aftercare.portal.max-requests-per-address:20}") int maxPerAddress) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.mailbox = mailbox;
        this.clock = clock;
        this.lifetime = lifetime;
        this.window = window;
        this.maxPerEmail = maxPerEmail;
        this.maxPerAddress = maxPerAddress;
    }

    /**
     * @param linkTo turns a token into the absolute sign-in address sent to the customer
     * @param message the mail's subject and text in the customer's language, given the link and its minutes
     */
    @Transactional
    Requested request(String orderNumber, String email, String address, Function<String, String> linkTo,
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
            mailbox.send(new CustomerMailbox.Message(order.customer().email(), message.subject(order.number().value()),
                    message.text(order.number().value(), link, lifetime.toMinutes()), link));
        });
        return Requested.ANSWERED;
    }

    /** The order a link signs in to, once: a used, unknown or expired link gives nothing. */
    @Transactional
    Optional<String> redeem(String token) {
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

    /** The language-dependent parts of the link's mail. */
    interface MailText {
        String subject(String orderNumber);

        String text(String orderNumber, String link, long minutes);
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
