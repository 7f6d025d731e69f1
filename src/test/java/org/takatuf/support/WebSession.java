package org.takatuf.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * One browser for MockMvc: keeps the cookies that answers set (the Spring Session cookie among them)
 * and sends them back, so that tests see sessions exactly as the server keeps them in PostgreSQL.
 */
public final class WebSession {

    public static final String SESSION_COOKIE = "__Host-TAKATUF_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final MockMvc mvc;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String remoteAddress = "127.0.0.1";

    public WebSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    public WebSession from(String address) {
        this.remoteAddress = address;
        return this;
    }

    public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String address = remoteAddress;
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.entrySet().stream().map(e -> new Cookie(e.getKey(), e.getValue())).toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        remember(result.getResponse());
        return result;
    }

    private void remember(MockHttpServletResponse response) {
        List<String> headers = response.getHeaders("Set-Cookie");
        for (String header : headers) {
            String[] parts = header.split(";");
            String[] pair = parts[0].split("=", 2);
            boolean expired = header.toLowerCase().contains("max-age=0");
            if (expired || pair.length < 2 || pair[1].isEmpty()) {
                cookies.remove(pair[0].trim());
            } else {
                cookies.put(pair[0].trim(), pair[1].trim());
            }
        }
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }

    /** The session cookie's value, or null. */
    public String sessionCookie() {
        return cookies.get(SESSION_COOKIE);
    }

    public void useSessionCookie(String value) {
        cookies.put(SESSION_COOKIE, value);
    }

    /** The CSRF token of a form in an HTML page. */
    public static String csrf(MvcResult page) throws Exception {
        Matcher m = CSRF.matcher(page.getResponse().getContentAsString());
        if (!m.find()) {
            throw new AssertionError("No CSRF token in the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
