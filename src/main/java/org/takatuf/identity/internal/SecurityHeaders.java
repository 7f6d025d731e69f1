package org.takatuf.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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
 * The security headers of every answer (ASVS 3.4), one set for pages and one for the JSON API under {@code /api/v1/},
 * written by the security chain and by the pledge API's lean lane alike.
 * <ul>
 * <li>Pages: Spring Security's defaults (no sniffing, no framing, no caching, HSTS on every answer, the XSS auditor
 * off) and our content-security, referrer and permissions policies.</li>
 * <li>The API: the set of OWASP's REST Security Cheat Sheet ("Security Headers": no-store, nosniff, HSTS, no framing
 * and a content-security policy that allows nothing). The headers that only a browser rendering a document acts on
 * (referrer and permissions policies, the legacy XSS auditor switch, {@code Pragma} and {@code Expires} for HTTP/1.0
 * caches) are left out: on the pledge path they were a third of the bytes Tomcat wrote per answer, and writing the
 * headers was a tenth of the application's CPU (docs/performance.md, "Run 17").</li>
 * </ul>
 * A value already set by the handler (a {@code Cache-Control} that allows caching, say) is kept in both sets.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The API answers JSON only: nothing may be loaded by it, nothing may frame it. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /** The JSON API; {@code /api/docs} (a redirect to the Swagger UI, a page) is not part of it. */
    static final String API_PATHS = "/api/v1/";

    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    /** The API's headers, name and value, in the order they are written. */
    private static final String[][] API = {
            {"X-Content-Type-Options", "nosniff"},
            {"Cache-Control", "no-store"},
            {"Strict-Transport-Security", HSTS},
            {"X-Frame-Options", "DENY"},
            {"Content-Security-Policy", API_CSP}};

    private static final List<HeaderWriter> PAGES = pages();

    /** The writer for the security chain: the API's set under {@link #API_PATHS}, the pages' set elsewhere. */
    static final HeaderWriter WRITER = (request, response) -> {
        if (ThrottleFilter.path(request).startsWith(API_PATHS)) {
            writeApi(response);
        } else {
            PAGES.forEach(writer -> writer.writeHeaders(request, response));
        }
    };

    private SecurityHeaders() {
    }

    /** The API's set, each header unless the answer already has it. */
    static void writeApi(HttpServletResponse response) {
        for (String[] header : API) {
            if (!response.containsHeader(header[0])) {
                response.setHeader(header[0], header[1]);
            }
        }
    }

    private static List<HeaderWriter> pages() {
        HstsHeaderWriter hsts = new HstsHeaderWriter(31_536_000, true);
        hsts.setRequestMatcher(AnyRequestMatcher.INSTANCE);
        return List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(),
                hsts, new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new ContentSecurityPolicyHeaderWriter(CSP),
                new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
                new PermissionsPolicyHeaderWriter("camera=(), microphone=(), geolocation=(self)"));
    }
}
