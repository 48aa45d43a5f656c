package com.aftercare.webhooks.internal;

import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The URLs registered to receive case events, managed by administrators. */
@Service
public class WebhookEndpoints {

    /** A timeline kind as the cases module writes it (case_event.kind is at most 40 characters). */
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final int MAX_URL_LENGTH = 2000;

    /** An endpoint as the log and the list show it; its secret is never part of it. */
    public record Endpoint(UUID id, String url, String description, List<String> kinds, boolean enabled, Instant createdAt,
                           String createdBy, Instant secretRotatedAt, int pending, int failed) {
    }

    /** An endpoint just created or given a new secret: the one answer that shows the secret. */
    public record WithSecret(Endpoint endpoint, String secret) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReceiverPolicy receivers;
    private final EndpointSecrets secrets;

    WebhookEndpoints(JdbcClient jdbc, Clock clock, ReceiverPolicy receivers, EndpointSecrets secrets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.receivers = receivers;
        this.secrets = secrets;
    }

    @Transactional
    public WithSecret create(String url, List<String> kinds, String description, String createdBy) {
        URI target = checkedUrl(url);
        List<String> wanted = checkedKinds(kinds);
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        jdbc.sql("""
                insert into webhook_endpoint (id, url, description, kinds, secret, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, target.toString(), blankToNull(description), wanted.toArray(String[]::new), secrets.seal(id, secret),
                        Timestamp.from(clock.instant()), createdBy)
                .update();
        return new WithSecret(get(id), secret);
    }

    public List<Endpoint> list() {
        return jdbc.sql(SELECT + " order by e.created_at, e.id").query(WebhookEndpoints::endpoint).list();
    }

    public Optional<Endpoint> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(WebhookEndpoints::endpoint).optional();
    }

    public Endpoint get(UUID id) {
        return find(id).orElseThrow(() -> missing(id));
    }

    /** Disabled endpoints get no new deliveries, and their pending ones wait until they are enabled again. */
    @Transactional
    public Endpoint setEnabled(UUID id, boolean enabled) {
        if (jdbc.sql("update webhook_endpoint set enabled = ? where id = ?").params(enabled, id).update() == 0) {
            throw missing(id);
        }
        return get(id);
    }

    /** The old secret stops at once: deliveries still pending are signed with the new one. */
    @Transactional
    public WithSecret rotateSecret(UUID id) {
        String secret = WebhookSignature.newSecret();
        int updated = jdbc.sql("update webhook_endpoint set secret = ?, secret_rotated_at = ? where id = ?")
                .params(secrets.seal(id, secret), Timestamp.from(clock.instant()), id).update();
        if (updated == 0) {
            throw missing(id);
        }
        return new WithSecret(get(id), secret);
    }

    /** Deletes the endpoint with its delivery log. */
    @Transactional
    public void delete(UUID id) {
        if (jdbc.sql("delete from webhook_endpoint where id = ?").param(id).update() == 0) {
            throw missing(id);
        }
    }

    static NotFoundException missing(UUID id) {
        return new NotFoundException("There is no webhook " + id + ".");
    }

    private static final String SELECT = """
            select e.id, e.url, e.description, e.kinds, e.enabled, e.created_at, e.created_by, e.secret_rotated_at,
                   (select count(*) from webhook_delivery d where d.endpoint_id = e.id and d.status = 'PENDING') as pending,
                   (select count(*) from webhook_delivery d where d.endpoint_id = e.id and d.status = 'FAILED') as failed
              from webhook_endpoint e""";

    private static Endpoint endpoint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp rotated = rs.getTimestamp("secret_rotated_at");
        return new Endpoint(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("description"),
                Arrays.asList((String[]) rs.getArray("kinds").getArray()), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rotated == null ? null : rotated.toInstant(), rs.getInt("pending"), rs.getInt("failed"));
    }

    /**
     * Absolute http or https URLs with a host, nothing else: the receiver is another system of the store, reached
     * over https at a public address unless it is allow-listed ({@link ReceiverPolicy}).
     */
    URI checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", "give the receiver's URL, e.g. https://erp.example.com/hooks/aftercare");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL_LENGTH) {
            throw new InvalidInputException("url", "is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "'" + trimmed + "' is not a URL (" + e.getReason() + " at index " + e.getIndex()
                    + "); give an absolute http or https URL such as https://erp.example.com/hooks/aftercare");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new InvalidInputException("url", "must be an absolute http or https URL such as https://erp.example.com/hooks/aftercare");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidInputException("url", "must not carry a user name or password: the signature proves who is sending");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidInputException("url", "must not have a #fragment: it is never sent to the receiver");
        }
        receivers.refusalAtRegistration(uri).ifPresent(reason -> {
            throw new InvalidInputException("url", reason);
        });
        return uri;
    }

    static List<String> checkedKinds(List<String> kinds) {
        if (kinds == null) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            if (kind == null || !KIND.matcher(kind).matches()) {
                problems.add(new FieldProblem("kinds[" + i + "]", "'" + kind + "' is not a timeline kind; use upper-case names "
                        + "such as CASE_OPENED or REFUND_ISSUED"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kinds.stream().distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
