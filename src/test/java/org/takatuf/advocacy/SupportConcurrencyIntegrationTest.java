package org.takatuf.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.SupportManagement;
import org.takatuf.identity.MemberId;
import org.takatuf.support.IntegrationTest;

/**
 * Many supporters at once, each clicking twice: one support per member, the spread count equals the rows,
 * and the 100 milestone is recorded and published exactly once although many supporters cross it together.
 */
@IntegrationTest
@Import(AdvocacyTestConfiguration.class)
class SupportConcurrencyIntegrationTest {

    @Autowired
    AdvocacyFixtures fixtures;
    @Autowired
    SupportManagement supports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AdvocacyTestConfiguration.Milestones milestones;

    @Test
    void concurrentDoubleClicksCountEachSupporterOnceAndEachMilestoneOnce() throws Exception {
        Complaint c = fixtures.sentComplaint(fixtures.member("viral"), AdvocacyFixtures.companyName());
        List<MemberId> people = fixtures.bulkMembers(240);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (MemberId person : people) {
                for (int click = 0; click < 2; click++) {
                    boolean meToo = people.indexOf(person) % 4 == 0;
                    results.add(pool.submit(() -> supports.support(person, c.id(), meToo, meToo ? "حدث معي الشيء نفسه" : null)));
                }
            }
            long changed = 0;
            for (Future<Boolean> r : results) {
                if (r.get()) {
                    changed++;
                }
            }
            assertThat(changed).isEqualTo(240);
        } finally {
            pool.shutdown();
        }
        long rows = jdbc.sql("SELECT count(*) FROM advocacy_support WHERE complaint_id = ?").param(c.id()).query(Long.class).single();
        assertThat(rows).isEqualTo(240);
        assertThat(supports.counts(c.id())).isEqualTo(new SupportManagement.Counts(240, 60));
        assertThat(supports.milestonesReached(c.id())).containsExactly(100);
        assertThat(milestones.times(c.complaintId(), 100)).isEqualTo(1);
        assertThat(milestones.times(c.complaintId(), 1000)).isZero();
        // the count is spread over several rows: no single hot row
        long slots = jdbc.sql("SELECT count(*) FROM advocacy_support_count WHERE complaint_id = ?").param(c.id()).query(Long.class).single();
        assertThat(slots).isGreaterThan(1);
    }

    @Test
    void newAccountsAreLimitedAgainstPileOns() {
        var fresh = fixtures.member("fresh-account");
        List<Complaint> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(fixtures.sentComplaint(fixtures.member("pile-" + i), AdvocacyFixtures.companyName()));
        }
        for (int i = 0; i < 20; i++) {
            assertThat(supports.support(fresh.id(), many.get(i).id(), false, null)).isTrue();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> supports.support(fresh.id(), many.get(20).id(), false, null))
                .isInstanceOf(org.takatuf.advocacy.internal.RateLimitedException.class);
        assertThat(supports.counts(many.get(20).id()).supporters()).isZero();
    }
}
