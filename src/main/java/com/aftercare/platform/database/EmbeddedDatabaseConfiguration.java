package com.aftercare.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. With a URL set, none of this exists and
 * Spring Boot's own data source talks to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "embedded")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties);
        createDatabaseIfMissing(server, properties.database());
        log.info("Embedded PostgreSQL 17 on port {} with its data in {}", server.port(), properties.dataDirectory());
        return server;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server, EmbeddedPostgresProperties properties) {
        var dataSource = new HikariDataSource();
        // Batched inserts as one multi-row statement: an import of 100,000 orders is insert-bound.
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()) + "&reWriteBatchedInserts=true");
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("aftercare-embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgresServer server, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("aftercare.embedded-postgres.database must be a plain lower-case name, not " + database);
        }
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + database + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database + " in the embedded PostgreSQL", e);
        }
    }
}
