package com.aftercare.evidence.internal;

import com.aftercare.evidence.EvidenceStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The default store: the content in {@code evidence_content}, in the same database and the same
 * transaction as the case that refers to it. The upload is streamed into the statement (the
 * container keeps a large upload on disk), not copied into memory again.
 */
@Component
@ConditionalOnProperty(name = "aftercare.evidence.store", havingValue = "postgres", matchIfMissing = true)
class PostgresEvidenceStore implements EvidenceStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PostgresEvidenceStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void put(UUID key, String contentType, long size, String sha256, InputStream content) {
        jdbc.update("""
                insert into evidence_content (key, content_type, size_bytes, sha256, content, stored_at)
                values (?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, key);
            ps.setString(2, contentType);
            ps.setLong(3, size);
            ps.setString(4, sha256);
            ps.setBinaryStream(5, content, size);
            ps.setTimestamp(6, Timestamp.from(clock.instant()));
        });
    }

    @Override
    public Optional<InputStream> open(UUID key) {
        // PostgreSQL sends a bytea whole: it is in memory once, as the stream's buffer.
        List<byte[]> found = jdbc.query("select content from evidence_content where key = ?", (rs, n) -> rs.getBytes(1), key);
        return found.stream().findFirst().map(ByteArrayInputStream::new);
    }

    @Override
    public boolean delete(UUID key) {
        return jdbc.update("delete from evidence_content where key = ?", key) > 0;
    }

    @Override
    public boolean transactional() {
        return true;
    }
}
