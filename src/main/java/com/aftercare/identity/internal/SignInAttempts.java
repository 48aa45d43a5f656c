package com.aftercare.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in attempts and the lock-out they cause, counted in PostgreSQL so the limit holds for
 * every instance at once. Each attempt is written before its password is checked and the check
 * for a lock takes an advisory lock on the name and the address: concurrent guesses queue up and
 * count against each other instead of all slipping through before the first failure is written.
 */
@Component
class SignInAttempts {

    /** What the start of an attempt decided: go on with this attempt's id, or refused until then. */
    sealed interface Start {
    }

    record Proceed(long attemptId) implements Start {
    }

    record Locked(Instant until) implements Start {
    }

    private static final int LONGEST_NAME = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInLimits limits;

    SignInAttempts(JdbcClient jdbc, Clock clock, SignInLimits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /** A user name as attempts are counted: trimmed, lower case, and short (a megabyte name is still one name). */
    static String normalize(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    @Transactional
    public Start start(String username, String address) {
        String name = normalize(username);
        Instant now = clock.instant();
        advisoryLock("sign-in name " + name);
        advisoryLock("sign-in address " + address);
        Optional<Instant> until = lockedUntil("username", name, limits.maxFailuresPerUsername(), true, now)
                .or(() -> lockedUntil("address", address, limits.maxFailuresPerAddress(), false, now));
        if (until.isPresent()) {
            record(name, address, now, "LOCKED");
            return new Locked(until.get());
        }
        return new Proceed(record(name, address, now, "IN_PROGRESS"));
    }

    public void finish(long attemptId, boolean succeeded) {
        jdbc.sql("update sign_in_attempt set outcome = ? where id = ?")
                .params(succeeded ? "SUCCEEDED" : "FAILED", attemptId)
                .update();
    }

    private long record(String name, String address, Instant at, String outcome) {
        return jdbc.sql("insert into sign_in_attempt (username, address, attempted_at, outcome) values (?, ?, ?, ?) returning id")
                .params(name, address, Timestamp.from(at), outcome)
                .query(Long.class).single();
    }

    private void advisoryLock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(key).query().listOfRows();
    }

    /**
     * The end of the lock on this name or address, if one holds now: the latest failure that was
     * the {@code max}-th within one window locks until {@code lock} after it. An attempt still in
     * progress counts as a failure. For a name, a successful sign-in wipes the slate (its owner
     * knows the password); for an address it does not, or one good account would unlock guessing at others.
     */
    private Optional<Instant> lockedUntil(String column, String key, int max, boolean successResets, Instant now) {
        Instant since = now.minus(limits.window()).minus(limits.lock());
        String resetClause = successResets
                ? "and attempted_at > coalesce((select max(attempted_at) from sign_in_attempt where " + column
                        + " = :key and outcome = 'SUCCEEDED'), '-infinity'::timestamptz)"
                : "";
        Timestamp lastLockingFailure = jdbc.sql("""
                select max(attempted_at) from (
                    select attempted_at,
                           count(*) over (order by attempted_at
                                          range between make_interval(secs => :window) preceding and current row) as failures
                      from sign_in_attempt
                     where %s = :key and outcome in ('FAILED', 'IN_PROGRESS') and attempted_at > :since %s
                ) counted
                 where failures >= :max""".formatted(column, resetClause))
                .param("key", key)
                .param("window", (double) limits.window().toSeconds())
                .param("since", Timestamp.from(since))
                .param("max", max)
                .query(Timestamp.class).optional().orElse(null);
        if (lastLockingFailure == null) {
            return Optional.empty();
        }
        Instant until = lastLockingFailure.toInstant().plus(limits.lock());
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
