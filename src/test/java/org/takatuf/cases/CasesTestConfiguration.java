package org.takatuf.cases;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.volunteering.MutableClock;

/** The cases integration tests share one application context with a clock they can move (retention). */
@TestConfiguration(proxyBeanMethods = false)
public class CasesTestConfiguration {

    @Bean
    @Primary
    MutableClock casesClock() {
        return new MutableClock();
    }

    @Bean
    CasesFixtures casesFixtures(AccountProvisioning accounts, OrganisationManagement organisations, CaseManagement cases,
                                JdbcClient jdbc) {
        return new CasesFixtures(accounts, organisations, cases, jdbc);
    }
}
