package org.takatuf.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded default.
 *
 * @param dataDir where the embedded database, the search index and uploaded files live
 *                (property {@code takatuf.data-dir}, environment {@code TAKATUF_DATA_DIR})
 * @param embeddedDb the embedded PostgreSQL server, used when no {@code spring.datasource.url} is set
 * @param mailCatcher the local SMTP server whose messages are readable at {@code /dev/mail}
 */
@ConfigurationProperties("takatuf")
public record PlatformProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue MailCatcher mailCatcher) {

    /**
     * @param port TCP port on 127.0.0.1; 0 picks a free one (tests)
     * @param clean delete the data directory when the application stops (tests only)
     */
    public record EmbeddedDb(@DefaultValue("54329") int port, @DefaultValue("false") boolean clean) {
    }

    /**
     * @param enabled run an SMTP server inside the application and send all mail to it
     * @param port SMTP port on 127.0.0.1; 0 picks a free one (tests)
     */
    public record MailCatcher(@DefaultValue("false") boolean enabled, @DefaultValue("2525") int port) {
    }

    public Path resolve(String child) {
        return dataDir.toAbsolutePath().normalize().resolve(child);
    }
}
