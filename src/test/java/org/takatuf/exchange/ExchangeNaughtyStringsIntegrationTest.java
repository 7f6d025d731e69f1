package org.takatuf.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestAccounts;

/**
 * The Big List of Naughty Strings through every text field of the listing form and the business form, and
 * through the public filters (a quarter of the list): never a 5xx, never echoed unescaped, and the title or name comes back into
 * the re-rendered form unchanged. Every 40th string is also stored and its public page rendered.
 */
@IntegrationTest
class ExchangeNaughtyStringsIntegrationTest {

    static List<String> naughty;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ExchangeNaughtyStringsIntegrationTest.class.getResourceAsStream("/blns/blns.json")) {
            naughty = new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        }
        assertThat(naughty).hasSizeGreaterThan(400);
    }

    @Test
    void theListingFormSurvivesEveryStringAndRoundTripsIt() throws Exception {
        CurrentMember poster = TestAccounts.create(accounts, "naughty");
        List<String> problems = new ArrayList<>();
        int saved = 0;
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            boolean store = i % 40 == 0 && !s.isBlank();
            if (store && saved % 3 == 0 && saved > 0) {
                poster = TestAccounts.create(accounts, "naughty"); // a new account posts 3 listings a day
            }
            MvcResult result = mvc.perform(multipart("/exchange/listings").with(user(poster)).with(csrf()).param("kind", "offer-thing")
                    .param("category", "other").param("condition", "good").param("swap", "true").param("title", s)
                    .param("description", s).param("wantedInReturn", s).param("area", s.length() > 80 ? s.substring(0, 80) : s)
                    .param("city", store ? "beirut" : "nowhere")).andReturn();
            check(problems, s, result);
            int status = result.getResponse().getStatus();
            if (status == 400 && !store && isPrintable(s) && !s.isBlank() && s.length() <= 140) {
                String echoed = Jsoup.parse(result.getResponse().getContentAsString()).select("#title").attr("value");
                if (!echoed.equals(s)) {
                    problems.add("round trip changed '" + s + "' into '" + echoed + "'");
                }
            }
            if (store && status == 302) {
                saved++;
                check(problems, s, mvc.perform(get(result.getResponse().getRedirectedUrl())).andReturn());
            }
            if (i % 4 == 0) { // the filters share one code path: a quarter of the list is enough here
                check(problems, s, mvc.perform(get("/exchange").param("q", s).param("city", s).param("kind", s)).andReturn());
                check(problems, s, mvc.perform(get("/api/v1/listings").param("q", s).param("category", s)).andReturn());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(saved).isGreaterThan(5);
    }

    @Test
    void theBusinessFormSurvivesEveryStringAndRoundTripsIt() throws Exception {
        CurrentMember owner = TestAccounts.create(accounts, "naughty-owner");
        List<String> problems = new ArrayList<>();
        int saved = 0;
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            boolean store = i % 40 == 0 && !s.isBlank();
            MvcResult result = mvc.perform(post("/local/businesses").with(user(owner)).with(csrf()).param("name", s).param("story", s)
                    .param("category", "crafts").param("city", "amman").param("deliveryArea", s).param("openingHours", s)
                    .param("instagram", store ? "" : s).param("whatsapp", store ? "" : "not a number " + s)).andReturn();
            check(problems, s, result);
            int status = result.getResponse().getStatus();
            if (status == 400 && isPrintable(s) && !s.isBlank() && s.length() <= 120) {
                String echoed = Jsoup.parse(result.getResponse().getContentAsString()).select("#name").attr("value");
                if (!echoed.equals(s)) {
                    problems.add("round trip changed '" + s + "' into '" + echoed + "'");
                }
            }
            if (store && status == 302) {
                saved++;
                String page = result.getResponse().getRedirectedUrl();
                check(problems, s, mvc.perform(get(page)).andReturn());
                check(problems, s, mvc.perform(post(page + "/endorse").with(user(TestAccounts.create(accounts, "fan"))).with(csrf())
                        .param("line", s.length() > 140 ? s.substring(0, 140) : s)).andReturn());
                check(problems, s, mvc.perform(post(page + "/products").with(user(owner)).with(csrf()).param("name", s).param("price", s)).andReturn());
            }
            if (i % 4 == 2) {
                check(problems, s, mvc.perform(get("/local").param("q", s).param("city", s).param("category", s)).andReturn());
                check(problems, s, mvc.perform(get("/api/v1/businesses").param("q", s)).andReturn());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(saved).isGreaterThan(5);
    }

    static void check(List<String> problems, String s, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            problems.add(status + " for " + s);
        }
        if (s.contains("<") && result.getResponse().getContentAsString().contains(s)) {
            problems.add("unescaped echo of " + s);
        }
    }

    static boolean isPrintable(String s) {
        return s.codePoints().noneMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.SURROGATE || cp == 0xFEFF);
    }
}
