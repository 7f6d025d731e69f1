package org.takatuf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberFixtures;
import org.takatuf.identity.Role;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.WebSession;

/**
 * The role × route table (quality line 6, ASVS 8.2.1): every route of every module, as Spring MVC
 * knows it, must be a row of {@code src/test/resources/routes.csv}, and every row must be a route.
 * Each row is checked for an anonymous visitor, a member and an administrator: GET routes are really
 * requested (with signed-in sessions), other methods are checked against the access rules.
 */
@IntegrationTest
class RouteAccessIntegrationTest {

    enum Who { ANONYMOUS, MEMBER, ADMIN }

    record Row(String method, String pattern, Map<Who, String> expected, int line) {
        String key() {
            return method + " " + pattern;
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    final Map<Who, WebSession> sessions = new LinkedHashMap<>();
    final Map<Who, Authentication> authentications = new LinkedHashMap<>();

    @BeforeEach
    void signIn() throws Exception {
        sessions.put(Who.ANONYMOUS, new WebSession(mvc).from("10.9.0.1"));
        authentications.put(Who.ANONYMOUS, new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (Who who : List.of(Who.MEMBER, Who.ADMIN)) {
            MemberFixtures.TestMember member = who == Who.ADMIN
                    ? fixtures.member("routes-admin", Role.ADMIN) : fixtures.member("routes-member");
            WebSession session = new WebSession(mvc).from("10.9.0.2");
            String csrf = WebSession.csrf(session.perform(request(HttpMethod.GET, "/login")));
            MockHttpServletResponse signedIn = session.perform(request(HttpMethod.POST, "/login")
                    .param("email", member.email()).param("password", member.password()).param("_csrf", csrf)).getResponse();
            assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
            sessions.put(who, session);
            CurrentMember current = fixtures.current(member.id());
            authentications.put(who, new UsernamePasswordAuthenticationToken(current, null, current.getAuthorities()));
        }
    }

    @Test
    void everyRouteIsInTheTableAndEveryRowIsARoute() throws Exception {
        Set<String> routes = routes();
        Set<String> rows = new TreeSet<>(rows().stream().map(Row::key).toList());
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(routes);
        assertThat(missing).as("Routes missing from src/test/resources/routes.csv; add a row for each "
                + "(method,pattern,anonymous,member,admin):\n" + String.join("\n", missing)).isEmpty();
        assertThat(stale).as("Rows of routes.csv that match no route any more:\n" + String.join("\n", stale)).isEmpty();
    }

    @Test
    void everyRouteAnswersEachRoleAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            for (Who who : Who.values()) {
                String expected = row.expected().get(who);
                String actual = isRequested(row) ? requested(row, who) : ruled(row, who);
                if (!expected.equals(actual)) {
                    wrong.add("routes.csv line " + row.line() + ": " + row.key() + " as " + who.name().toLowerCase()
                            + " is " + actual + ", the table says " + expected);
                }
            }
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    /**
     * quality.md line 8 (ASVS 3.5.1): every route that changes something refuses a signed-in administrator's
     * request that carries the session cookie but no CSRF token, before any controller runs. The only
     * exemptions are the ones SecurityConfiguration names: payment webhooks (signed payloads) and the RFC 8058
     * one-click unsubscribe (signed link); bearer-token API calls carry no cookie, so they are not in this sweep.
     */
    @Test
    void everyRouteThatChangesSomethingRefusesARequestWithoutItsCsrfToken() throws Exception {
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (Row row : rows()) {
            if (isRequested(row) || row.pattern().startsWith("/api/v1/payments/")
                    || row.pattern().equals("/notifications/one-click-unsubscribe")) {
                continue;
            }
            String path = concrete(row.pattern());
            MockHttpServletResponse response = sessions.get(Who.ADMIN)
                    .perform(request(HttpMethod.valueOf(row.method()), path)).getResponse();
            checked++;
            if (response.getStatus() != 403) {
                open.add("routes.csv line " + row.line() + ": " + row.key() + " answered " + response.getStatus()
                        + " without a CSRF token");
            }
        }
        assertThat(checked).as("routes that change something").isGreaterThan(50);
        assertThat(open).as(String.join("\n", open)).isEmpty();
    }

    static boolean isRequested(Row row) {
        return row.method().equals("GET") || row.method().equals("ANY");
    }

    /** What a real GET answers: ok, login (sign-in page or 401) or forbidden. */
    String requested(Row row, Who who) throws Exception {
        String path = concrete(row.pattern());
        var request = request(HttpMethod.GET, path);
        if (row.pattern().equals("/error")) {
            request.requestAttr("jakarta.servlet.error.status_code", 400).requestAttr("jakarta.servlet.error.request_uri", "/x");
        }
        MockHttpServletResponse response = sessions.get(who).perform(request).getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 401 || (location != null && (location.endsWith("/login") || location.contains("/login?")))) {
            return "login";
        }
        if (status == 403) {
            return "forbidden";
        }
        if (status >= 500) {
            return "error " + status;
        }
        if (status == 404 && !row.pattern().contains("{")) {
            return "missing (404)";
        }
        return "ok";
    }

    /** What the access rules say for a method that changes things (not sent, so nothing changes). */
    String ruled(Row row, Who who) {
        boolean allowed = privileges.isAllowed("", concrete(row.pattern()), row.method(), authentications.get(who));
        if (allowed) {
            return "ok";
        }
        return who == Who.ANONYMOUS ? "login" : "forbidden";
    }

    static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}/]+}", UUID.randomUUID().toString()).replace("/**", "/x").replace("*", "x");
    }

    Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                Set<String> methods = new TreeSet<>();
                entry.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : entry.getKey().getPatternValues()) {
                    methods.forEach(m -> routes.add(m + " " + pattern));
                }
            }
        }
        return routes;
    }

    static List<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RouteAccessIntegrationTest.class.getResourceAsStream("/routes.csv"), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 5) {
                    throw new AssertionError("routes.csv line " + number + " needs 5 cells: " + line);
                }
                Map<Who, String> expected = new LinkedHashMap<>();
                expected.put(Who.ANONYMOUS, cells[2].trim());
                expected.put(Who.MEMBER, cells[3].trim());
                expected.put(Who.ADMIN, cells[4].trim());
                for (String outcome : expected.values()) {
                    if (!Set.of("ok", "login", "forbidden").contains(outcome)) {
                        throw new AssertionError("routes.csv line " + number + ": unknown outcome " + outcome);
                    }
                }
                rows.add(new Row(cells[0].trim(), cells[1].trim(), expected, number));
            }
        }
        return rows;
    }
}
