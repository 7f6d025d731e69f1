package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.support.IntegrationTest;

/** The public needs page hides every group of fewer than five cases (quality line 15). */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class CaseNeedsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    CaseManagement cases;

    @Test
    void aGroupAppearsOnlyFromFiveCases() throws Exception {
        for (int i = 0; i < 4; i++) {
            fixtures.report(CaseCategory.DISABILITY, CaseCity.KHARTOUM, CasesFixtures.secrets(), false);
        }
        assertThat(cases.needs()).noneMatch(g -> g.city() == CaseCity.KHARTOUM && g.category() == CaseCategory.DISABILITY);
        assertThat(page()).doesNotContain("الخرطوم");

        fixtures.report(CaseCategory.DISABILITY, CaseCity.KHARTOUM, CasesFixtures.secrets(), false);
        assertThat(cases.needs()).filteredOn(g -> g.city() == CaseCity.KHARTOUM && g.category() == CaseCategory.DISABILITY)
                .singleElement().satisfies(g -> {
                    assertThat(g.cases()).isEqualTo(5);
                    assertThat(g.people()).isEqualTo(20);
                });
        assertThat(page()).contains("الخرطوم").contains("إعاقة").contains("5 حالات").contains("20 فردًا");
        assertThat(cases.needs()).allMatch(g -> g.cases() >= CaseManagement.MIN_GROUP);
    }

    String page() throws Exception {
        return mvc.perform(get("/cases/needs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
