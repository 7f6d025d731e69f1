package org.takatuf.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.Role;
import org.takatuf.identity.VerificationStatus;
import org.takatuf.search.PublicSearch;

/**
 * The demo content of the embedded default, created on a start with an empty database. In CI's
 * external-PostgreSQL pass other test contexts may have stored members first: then the demo is
 * (rightly) not created and the content checks are skipped.
 */
@SpringBootTest(properties = "takatuf.demo.enabled=true")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DemoDataIntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    Members members;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    PublicSearch search;

    @Autowired
    MockMvc mvc;

    @Test
    void firstStartCreatesAccountsAndOrganisationsThroughTheDomain() throws Exception {
        Assumptions.assumeTrue(demo.createdThisStart(), "the database already had members: no demo content expected");

        Member admin = members.findByEmail("admin@takatuf.local").orElseThrow();
        assertThat(admin.hasRole(Role.ADMIN)).isTrue();
        assertThat(admin.isEmailVerified()).isTrue();
        for (DemoData.Account account : DemoData.ACCOUNTS) {
            Member member = members.findByEmail(account.email()).orElseThrow();
            assertThat(member.isEmailVerified()).isTrue();
            assertThat(member.getCity()).isEqualTo(account.city());
        }

        List<Organisation> all = organisations.all();
        assertThat(all).extracting(Organisation::getName).contains("بنك الطعام في الرياض", "مقايضة لبنان — LibanTroc");
        assertThat(all).filteredOn(Organisation::isVerified).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all).filteredOn(o -> o.getStatus() == VerificationStatus.PENDING).isNotEmpty();
        assertThat(organisations.pendingRequests(admin.memberId())).isNotEmpty();

        // the pages and the search show it
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("بنك الطعام في الرياض")));
        mvc.perform(get("/organisations").param("verified", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("عدّاؤو القاهرة")));
        assertThat(search.search("اكرم", 0).hits()).extracting(h -> h.title()).contains("شركة نبض للاتصالات");
        assertThat(search.search("ادعم المحلي", 0).total()).isPositive();
    }

    @Test
    void theDemoAccountsArePrintedAtEveryStart(CapturedOutput output) {
        demo.run(null); // what every start does after the first: nothing created, the accounts printed
        assertThat(output.getOut() + output.getErr()).contains("Takatuf demo").contains("/dev/mail");
        if (demo.createdThisStart()) {
            assertThat(output.getOut() + output.getErr()).contains("admin@takatuf.local").contains(DemoData.ADMIN_PASSWORD)
                    .contains("organiser@takatuf.local").contains(DemoData.PASSWORD);
        }
    }

    @Test
    void theDemoAccountsSignInWithThePrintedPasswords() throws Exception {
        Assumptions.assumeTrue(demo.createdThisStart());
        mvc.perform(formLogin("/login").userParameter("email").user("admin@takatuf.local").password(DemoData.ADMIN_PASSWORD))
                .andExpect(authenticated().withRoles("MEMBER", "ADMIN"));
        mvc.perform(formLogin("/login").userParameter("email").user("organiser@takatuf.local").password(DemoData.PASSWORD))
                .andExpect(authenticated());
    }
}
