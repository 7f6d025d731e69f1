package org.takatuf.core;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Absolute links for e-mails, QR codes and share cards. The address is the configured
 * {@code takatuf.base-url} ({@code TAKATUF_BASE_URL}) and never the request's Host header (which an
 * attacker controls: a password-reset link must not point elsewhere). When none is configured, the
 * embedded default uses {@code http://localhost:<the port the server really listens on>}.
 */
@Component
public class SiteLinks {

    private final boolean configured;
    private volatile String base;

    public SiteLinks(@Value("${takatuf.base-url:}") String configured) {
        this.configured = !configured.isBlank();
        this.base = strip(this.configured ? configured : "http://localhost:8080");
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (!configured && event.getApplicationContext().getServerNamespace() == null) {
            base = "http://localhost:" + event.getWebServer().getPort();
        }
    }

    /** {@code path} must start with "/". */
    public String link(String path) {
        return base + path;
    }

    public String base() {
        return base;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
