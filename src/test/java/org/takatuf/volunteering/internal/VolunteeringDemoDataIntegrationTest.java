package org.takatuf.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/** The demo content (normally written on the embedded default's first start) written for an organisation of this test. */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class VolunteeringDemoDataIntegrationTest {

    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    VolunteerManagement volunteers;
    @Autowired
    OpportunityManagement opportunities;
    @Autowired
    Matching matching;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void storiesBecomeOpportunitiesAndDemoVolunteersMatchThem() throws Exception {
        CurrentMember admin = fixtures.member("مدير بنك الطعام");
        Organisation bank = fixtures.verifiedOrganisation(admin);
        VolunteeringDemoData demo = new VolunteeringDemoData(jdbc, members, accounts, organisations, volunteers,
                opportunities, clock);
        demo.seed(List.of(), List.of(bank));

        List<Opportunity> created = opportunities.ofOrganisation(bank.organisationId());
        assertThat(created).extracting(Opportunity::getTitle).contains("تعبئة سلال رمضان الغذائية", "حملة ملابس الشتاء للاجئين",
                "منظمو سباق الجمعة", "ركن الإرشاد للعدّاءات");
        Opportunity marshals = created.stream().filter(o -> o.getTitle().equals("منظمو سباق الجمعة")).findFirst().orElseThrow();
        assertThat(opportunities.shiftsOf(marshals.getId())).hasSize(8)
                .allSatisfy(s -> assertThat(s.localDate().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY));
        assertThat(members.findByEmail("volunteer-1@takatuf.local")).get()
                .satisfies(m -> assertThat(volunteers.profileOf(m.memberId())).isPresent());
        long matched = created.stream().flatMap(o -> opportunities.shiftsOf(o.getId()).stream())
                .mapToLong(s -> matching.volunteersFor(s, 50).size()).sum();
        assertThat(matched).isPositive();
        mvc.perform(get("/api/v1/opportunities").param("q", "سلال رمضان").param("city", "cairo")).andExpect(status().isOk())
                .andExpect(content().string(containsString("تعبئة سلال رمضان الغذائية")));
    }
}
