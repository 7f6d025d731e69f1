package org.takatuf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.support.IntegrationTest;

@IntegrationTest
class TakatufApplicationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homePageIsArabicAndRightToLeftByDefault() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lang=\"ar\" dir=\"rtl\"")))
                .andExpect(content().string(Matchers.containsString("تكاتف")));
    }

    @Test
    void englishOnRequest() throws Exception {
        mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("lang=\"en\" dir=\"ltr\"")));
    }

    @Test
    void everyPageHasAShareCardEvenWithoutOneOfItsOwn() throws Exception {
        mvc.perform(get("/organisations").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<meta property=\"og:title\" content=\"Takatuf\">")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*<meta property=\"og:url\" content=\"http://[^\"]+/organisations\">.*")));
    }

    @Test
    void aPathThatDoesNotExistIsAPlainNotFoundPageInTheReadersLanguage() throws Exception {
        mvc.perform(get("/no-such-page")).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("لم نجد الصفحة")))
                .andExpect(content().string(Matchers.containsString("lang=\"ar\" dir=\"rtl\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        mvc.perform(get("/no-such-page").param("lang", "en")).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("We could not find the page")));
        mvc.perform(get("/api/v1/no-such-thing")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    @Test
    void aBrokenLinkIsA400() throws Exception {
        mvc.perform(get("/verify-email").param("token", "nope")).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("الرابط غير صالح")));
        mvc.perform(get("/reset-password").param("token", "nope")).andExpect(status().isBadRequest());
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("UP")));
    }
}
