package com.aftercare.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and binaries. Used only when
 * {@code spring.datasource.url} is not set.
 *
 * @param dataDirectory the cluster's data directory, kept between runs unless {@code clean}
 * @param workingDirectory where the PostgreSQL binaries are unpacked
 * @param port a fixed port, or 0 for any free one
 * @param clean wipe the data directory at start (tests)
 * @param database the database the service uses inside the cluster
 */
@ConfigurationProperties("aftercare.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("data/postgres-binaries") Path workingDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("aftercare") String database) {
}
