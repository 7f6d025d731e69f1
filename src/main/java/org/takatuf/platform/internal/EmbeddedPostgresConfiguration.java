package org.takatuf.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.takatuf.platform.PlatformProperties;

/**
 * The embedded default: a real PostgreSQL server started from binaries shipped on Maven Central,
 * with its data under {@code <data-dir>/postgres}. Active only while no {@code spring.datasource.url}
 * is configured (the {@code postgres} profile and production set one).
 *
 * <p>Two traps of the library are closed here: it turns {@code fsync} and {@code synchronous_commit}
 * off (we turn them on, so that an answered write survives a crash), and it wipes data directories
 * inside its working directory whose lock is stale (ours lives outside it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException {
        Path runtime = properties.resolve("runtime");
        Path dataDirectory;
        if (properties.embeddedDb().clean()) {
            // tests: a throw-away server per application context, removed when the context closes
            dataDirectory = Files.createTempDirectory(Files.createDirectories(properties.resolve("tmp")), "postgres-");
        } else {
            dataDirectory = properties.resolve("postgres");
        }

        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgresServer.start(dataDirectory, runtime, properties.embeddedDb().port(),
                properties.embeddedDb().clean());
        log.info("Embedded PostgreSQL ready on 127.0.0.1:{} with data in {} ({} ms)", postgres.getPort(),
                dataDirectory, (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("takatuf-embedded");
        return new HikariDataSource(config);
    }
}
