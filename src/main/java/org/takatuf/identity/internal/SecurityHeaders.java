package org.takatuf.identity.internal;

import java.util.List;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The security headers of every answer (ASVS 3.4): Spring Security's defaults (no sniffing, no framing, no
 * caching, HSTS on every answer, the XSS auditor off) and our content-security, referrer and permissions
 * policies. One list, written by the security chain and by the pledge API's lean lane alike.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final List<HeaderWriter> WRITERS = writers();

    private SecurityHeaders() {
    }

    private static List<HeaderWriter> writers() {
        HstsHeaderWriter hsts = new HstsHeaderWriter(31_536_000, true);
        hsts.setRequestMatcher(AnyRequestMatcher.INSTANCE);
        return List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(),
                hsts, new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new ContentSecurityPolicyHeaderWriter(CSP),
                new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
                new PermissionsPolicyHeaderWriter("camera=(), microphone=(), geolocation=(self)"));
    }
}
