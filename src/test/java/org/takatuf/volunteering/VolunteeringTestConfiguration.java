package org.takatuf.volunteering;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The volunteering integration tests share one application context with a clock they can move. */
@TestConfiguration(proxyBeanMethods = false)
public class VolunteeringTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    VolunteeringFixtures volunteeringFixtures(org.takatuf.identity.MemberManagement memberManagement,
                                              org.takatuf.identity.Members members,
                                              org.takatuf.identity.OrganisationManagement organisations,
                                              org.takatuf.volunteering.internal.VolunteerManagement volunteers,
                                              org.takatuf.volunteering.internal.OpportunityManagement opportunities,
                                              org.springframework.jdbc.core.simple.JdbcClient jdbc, MutableClock clock) {
        return new VolunteeringFixtures(memberManagement, members, organisations, volunteers, opportunities, jdbc, clock);
    }
}
