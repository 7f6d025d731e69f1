package org.takatuf.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.advocacy.AdvocacyFixtures;
import org.takatuf.advocacy.AdvocacyTestConfiguration;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;

/** The demo complaints of the seed story, written as on the embedded default's first start. */
@IntegrationTest
@Import(AdvocacyTestConfiguration.class)
class AdvocacyDemoDataIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ComplaintManagement complaints;
    @Autowired
    SupportManagement supports;
    @Autowired
    CompanyManagement companies;
    @Autowired
    Clock clock;
    @Autowired
    AdvocacyFixtures fixtures;
    @Autowired
    MockMvc mvc;

    @Test
    void theStoryBecomesAResolvedTelecomComplaintAnEscalatedCounterfeitAndAWaitingOne() throws Exception {
        List<MemberId> crowd = fixtures.bulkMembers(12);
        AdvocacyDemoData demo = new AdvocacyDemoData(jdbc, members, accounts, complaints, supports, companies, clock);
        String suffix = TestData.suffix();
        AdvocacyDemoData.Seeded seeded = demo.seed(suffix, crowd);

        Complaint telecom = complaints.find(seeded.telecom()).orElseThrow();
        assertThat(telecom.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(telecom.hashtag()).startsWith("كلنا_أكرم");
        assertThat(supports.counts(telecom.id())).isEqualTo(new SupportManagement.Counts(12, 3));
        assertThat(companies.medianResponse(telecom.companyId())).isPresent();
        assertThat(complaints.find(seeded.counterfeit()).orElseThrow().status()).isEqualTo(ComplaintStatus.UNRESOLVED);
        assertThat(complaints.find(seeded.bank()).orElseThrow().status()).isEqualTo(ComplaintStatus.SENT);
        assertThat(complaints.evidence(seeded.counterfeit())).hasSize(2);

        mvc.perform(get("/complaints/" + telecom.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("أمل للاتصالات"))).andExpect(content().string(containsString("حُلّت")))
                .andExpect(content().string(containsString("أصلحنا الخط المعطل")));
        mvc.perform(get("/complaints").param("status", "unresolved")).andExpect(content().string(containsString("مقلّدة")));
        mvc.perform(get("/companies/" + telecom.companyId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("يومان")));
    }
}
