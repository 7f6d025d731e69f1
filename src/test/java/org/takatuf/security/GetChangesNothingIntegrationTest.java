package org.takatuf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.takatuf.support.Eventually;
import org.takatuf.support.WebSession;

/**
 * quality.md line 8, second half (ASVS 3.5.3): GET never changes anything.
 * <p>
 * A context of its own with the demo content loaded (every module's objects exist, so path variables get
 * real ids) on an embedded PostgreSQL of its own (the shared CI database stays free of demo content), and
 * the scheduled jobs switched off so that only requests could change the data. A crawler follows every
 * same-site link it finds, starting from every GET row of {@code routes.csv} and the pages of the demo
 * content, as an anonymous visitor, a member, an organiser and an administrator, with at most
 * {@value #PER_PATTERN} addresses per route pattern. Every table is fingerprinted (row count and an MD5 of
 * its rows) before and after; only the tables that record reads are allowed to change, each for a
 * stated reason.
 */
@SpringBootTest(properties = {
        "takatuf.demo.enabled=true",
        "spring.datasource.url=",
        "takatuf.data-dir=target/test-data-get-sweep"})
@AutoConfigureMockMvc
class GetChangesNothingIntegrationTest {

    static final int PER_PATTERN = 3;

    /** Tables a read may write to, and why. */
    static final Map<String, String> RECORDS_OF_READS = Map.of(
            "spring_session", "sessions of the crawling visitors",
            "spring_session_attributes", "sessions of the crawling visitors",
            "case_access_log", "quality.md line 13: every read of a case's protected details is recorded",
            "audit_log", "quality.md line 24: openings of protected data are audited",
            "engagement_share", "visits that arrive through a share link (?ref=) are counted",
            "insights_view_event", "views of public pages are recorded for the organisation's insights (docs/insights.md)",
            "insights_salt", "the day's salt of the insights visitor hash is stored at the first view of the day");

    @TestConfiguration
    static class NoScheduledJobs {
        /** The scheduled jobs (reminders, expiry, digests, milestones) would change data while the crawler runs. */
        @Bean
        TaskScheduler taskScheduler() {
            return new TaskScheduler() {
                @Override
                public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> schedule(Runnable task, java.time.Instant startTime) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, java.time.Instant startTime, Duration period) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, java.time.Instant startTime, Duration delay) {
                    return null;
                }

                @Override
                public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
                    return null;
                }
            };
        }
    }

    private static final Pattern HREF = Pattern.compile("(?:href|src|action|hx-get)=\"(/[^\"#]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noGetRequestChangesAnyTable() throws Exception {
        Map<String, String> before = Eventually.stable(this::fingerprint);

        Map<String, WebSession> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", new WebSession(mvc).from("10.77.0.1"));
        visitors.put("member", signedIn("youssef@takatuf.local", "takatuf-demo-2026", "10.77.0.2"));
        visitors.put("organiser", signedIn("organiser@takatuf.local", "takatuf-demo-2026", "10.77.0.3"));
        visitors.put("triager", signedIn("layla@takatuf.local", "takatuf-demo-2026", "10.77.0.4"));
        visitors.put("administrator", signedIn("admin@takatuf.local", "takatuf-admin-2026", "10.77.0.5"));
        Map<String, String> afterSignIn = Eventually.stable(this::fingerprint);

        List<PathPattern> patterns = new ArrayList<>();
        List<String> starts = new ArrayList<>(List.of("/", "/campaigns", "/cases", "/opportunities", "/complaints",
                "/exchange", "/local", "/community", "/feed", "/me", "/me/giving", "/me/cases", "/moderation", "/admin/audit"));
        PathPatternParser parser = new PathPatternParser();
        for (RouteAccessIntegrationTest.Row row : RouteAccessIntegrationTest.rows()) {
            if (RouteAccessIntegrationTest.isRequested(row)) {
                patterns.add(parser.parse(row.pattern()));
                if (!row.pattern().contains("{") && !row.pattern().contains("*")) {
                    starts.add(row.pattern());
                }
            }
        }

        Map<String, Integer> reachedPatterns = new TreeMap<>();
        int requests = 0;
        for (Map.Entry<String, WebSession> visitor : visitors.entrySet()) {
            requests += crawl(visitor.getValue(), starts, patterns, reachedPatterns);
        }
        Map<String, String> after = Eventually.stable(this::fingerprint);

        List<String> changed = new ArrayList<>();
        for (String table : new TreeSet<>(after.keySet())) {
            if (!RECORDS_OF_READS.containsKey(table) && !after.get(table).equals(afterSignIn.get(table))) {
                changed.add(table + ": " + afterSignIn.get(table) + " -> " + after.get(table));
            }
        }
        System.out.printf("GET sweep: %d requests, %d of %d GET route patterns answered 2xx/3xx with real data, %d tables%n",
                requests, reachedPatterns.size(), patterns.size(), after.size());
        System.out.println("GET sweep: patterns not reached with real data (404 for the random or missing ids, or "
                + "no link to them): " + patterns.stream().map(PathPattern::getPatternString)
                .filter(p -> !reachedPatterns.containsKey(p)).toList());
        assertThat(before).as("tables").isNotEmpty();
        assertThat(requests).as("GET requests sent").isGreaterThan(300);
        assertThat(reachedPatterns.size()).as("GET route patterns reached with real data: " + reachedPatterns.keySet())
                .isGreaterThan(patterns.size() / 2);
        assertThat(failures).as("GET requests that failed on the server:\n" + String.join("\n", failures)).isEmpty();
        assertThat(changed).as("tables changed by GET requests alone:\n" + String.join("\n", changed)).isEmpty();
    }

    final List<String> failures = new ArrayList<>();

    int crawl(WebSession visitor, List<String> starts, List<PathPattern> patterns, Map<String, Integer> reached) throws Exception {
        Deque<String> queue = new ArrayDeque<>(starts);
        Set<String> seen = new LinkedHashSet<>(starts);
        Map<String, Integer> perPattern = new HashMap<>();
        int requests = 0;
        while (!queue.isEmpty() && requests < 1500) {
            String url = queue.poll();
            MockHttpServletResponse response = visitor.perform(get(url)).getResponse();
            requests++;
            int status = response.getStatus();
            if (status >= 500) {
                failures.add(status + " GET " + url);
            }
            String pattern = patternOf(url, patterns);
            if (pattern != null && status < 400) {
                reached.merge(pattern, 1, Integer::sum);
            }
            String type = response.getContentType();
            if (status != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Matcher links = HREF.matcher(response.getContentAsString());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
                if (path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                        || path.startsWith("/fonts/") || path.startsWith("/images/") || path.equals("/logout")) {
                    continue;
                }
                String linkPattern = patternOf(path, patterns);
                String bucket = linkPattern == null ? path : linkPattern;
                if (seen.add(link) && perPattern.merge(bucket, 1, Integer::sum) <= PER_PATTERN) {
                    queue.add(link);
                }
            }
        }
        return requests;
    }

    static String patternOf(String url, List<PathPattern> patterns) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        PathContainer container = PathContainer.parsePath(path);
        PathPattern best = null;
        for (PathPattern pattern : patterns) {
            if (pattern.matches(container) && (best == null || PathPattern.SPECIFICITY_COMPARATOR.compare(pattern, best) < 0)) {
                best = pattern;
            }
        }
        return best == null ? null : best.getPatternString();
    }

    WebSession signedIn(String email, String password, String address) throws Exception {
        WebSession session = new WebSession(mvc).from(address);
        String csrf = WebSession.csrf(session.perform(get("/login")));
        MockHttpServletResponse response = session.perform(post("/login")
                .param("email", email).param("password", password).param("_csrf", csrf)).getResponse();
        assertThat(response.getRedirectedUrl()).as("sign-in of " + email).isEqualTo("/");
        return session;
    }

    /** Every table of the public schema: its row count and an MD5 of its rows in a stable order. */
    Map<String, String> fingerprint() {
        Map<String, String> prints = new TreeMap<>();
        for (String table : jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                .query(String.class).list()) {
            prints.put(table, jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \""
                    + table + "\" t").query(String.class).single());
        }
        return prints;
    }
}
