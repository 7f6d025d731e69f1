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
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("UP")));
    }
}
