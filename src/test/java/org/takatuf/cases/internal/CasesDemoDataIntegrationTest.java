package org.takatuf.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.cases.CaseCategory;
import org.takatuf.cases.CasesFixtures;
import org.takatuf.cases.CasesTestConfiguration;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.support.IntegrationTest;

/** The demo cases (normally written on the embedded default's first start) seeded for an organisation of this test. */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class CasesDemoDataIntegrationTest {

    @Autowired
    CasesFixtures fixtures;
    @Autowired
    CaseManagement cases;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedsStoriesFillTheNeedsPageAndTheQueue() {
        CurrentMember admin = fixtures.member("demo-libantroc");
        CurrentMember reporter = fixtures.member("demo-reporter");
        Organisation org = fixtures.organisation(admin, true);
        List<UUID> made = new CasesDemoData(cases, organisations, members, jdbc).seed(org, admin.id(), reporter.id());

        assertThat(made).hasSize(19);
        assertThat(cases.needs()).anySatisfy(g -> {
            assertThat(g.city()).isEqualTo(CaseCity.BEIRUT);
            assertThat(g.category()).isEqualTo(CaseCategory.FOOD);
            assertThat(g.cases()).isGreaterThanOrEqualTo(5);
        });
        assertThat(cases.needs()).anyMatch(g -> g.city() == CaseCity.TRIPOLI && g.category() == CaseCategory.MEDICAL_SURGERY);
        assertThat(cases.published(0).stream().map(CaseReport::getId)).contains(made.get(0), made.get(1), made.get(2));
        assertThat(cases.queue(admin.id(), org).stream().map(q -> q.report().getId())).contains(made.get(0), made.get(11))
                .doesNotContain(made.get(3));
        assertThat(cases.reportedBy(reporter.id())).hasSize(6);
    }
}
