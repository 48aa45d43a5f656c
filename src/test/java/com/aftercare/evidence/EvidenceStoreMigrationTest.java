package com.aftercare.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.support.IntegrationTest;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V52 moves every attachment's content out of case_attachment into the evidence store's table,
 * under the attachment's id, before it drops the column: a database migrated from before keeps
 * every photo. Run on a schema of its own, migrated to V41, given an attachment, then to V52.
 */
@IntegrationTest
@DisplayName("V52: attachments uploaded before keep their content in the evidence store")
class EvidenceStoreMigrationTest {

    @Autowired
    DataSource dataSource;
    @Test
    void content_moves_to_evidence_content_under_the_attachment_id_and_the_old_column_goes() throws Exception {
        String schema = "v52_check_" + UUID.randomUUID().toString().substring(0, 8);
        migrate(schema, "41");
        UUID id = UUID.randomUUID();
        byte[] content = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 3};
        try (Connection connection = dataSource.getConnection()) {
            var jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            // Only the attachment matters here: its case (and that case's order) are not made, so foreign keys are off.
            jdbc.execute("set session_replication_role = replica");
            jdbc.update("insert into " + schema + ".case_attachment (id, case_id, kind, filename, content_type, size_bytes, sha256,"
                    + " content, description, uploaded_at, uploaded_by) values (?, ?, 'PHOTO', 'old.png', 'image/png', ?, ?, ?, null, ?,"
                    + " 'agent')", id, UUID.randomUUID(), content.length, "a".repeat(64), content,
                    Timestamp.from(Instant.parse("2026-01-02T10:00:00Z")));
            jdbc.execute("set session_replication_role = origin");

            migrate(schema, "52");

            assertThat(jdbc.queryForObject("select content from " + schema + ".evidence_content where key = ?", byte[].class, id))
                    .isEqualTo(content);
            assertThat(jdbc.queryForObject("select content_type || ' ' || size_bytes || ' ' || sha256 from " + schema
                    + ".evidence_content where key = ?", String.class, id)).isEqualTo("image/png 12 " + "a".repeat(64));
            assertThat(jdbc.queryForObject("select stored_at from " + schema + ".evidence_content where key = ?", Timestamp.class, id))
                    .isEqualTo(Timestamp.from(Instant.parse("2026-01-02T10:00:00Z")));
            assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ? "
                    + "and table_name = 'case_attachment' and column_name = 'content'", Long.class, schema)).isZero();
            jdbc.execute("drop schema " + schema + " cascade");
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).locations("classpath:db/migration")
                .target(target).load().migrate();
    }
}
