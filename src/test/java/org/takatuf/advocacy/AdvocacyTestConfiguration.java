package org.takatuf.advocacy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.takatuf.volunteering.MutableClock;

/** The advocacy tests share one context: a clock they move, fixtures, and a counter of published milestones. */
@TestConfiguration(proxyBeanMethods = false)
public class AdvocacyTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    AdvocacyFixtures advocacyFixtures(org.takatuf.identity.AccountProvisioning accounts,
                                      org.takatuf.advocacy.internal.ComplaintManagement complaints,
                                      org.takatuf.advocacy.internal.CompanyManagement companies,
                                      org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new AdvocacyFixtures(accounts, complaints, companies, jdbc);
    }

    @Bean
    Milestones milestones() {
        return new Milestones();
    }

    /** Every {@link ComplaintMilestoneReached} as published, in whichever thread, per complaint and threshold. */
    public static class Milestones {

        private final Map<String, AtomicInteger> published = new ConcurrentHashMap<>();

        @EventListener
        void on(ComplaintMilestoneReached event) {
            published.computeIfAbsent(event.complaint() + "/" + event.threshold(), k -> new AtomicInteger()).incrementAndGet();
        }

        public int times(ComplaintId complaint, int threshold) {
            AtomicInteger n = published.get(complaint + "/" + threshold);
            return n == null ? 0 : n.get();
        }
    }
}
