package org.takatuf.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.identity.Members;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.support.IntegrationTest;

/**
 * The recorder under load: four threads offer views as fast as they can while a fifth drains, with a
 * queue small enough to fill. Nothing is lost silently: every offered view is either stored (the rows
 * are in the table) or counted as dropped, and offering never blocks.
 */
@IntegrationTest
class ViewRecorderLoadIntegrationTest {

    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    OrganisationManagement organisations;

    @Test
    void acceptedViewsAreAllStoredAndTheRestAreCountedAsDropped() throws Exception {
        ViewRecorder recorder = new ViewRecorder(jdbcTemplate, jdbc, members, organisations, 2_000, Duration.ofMillis(200));
        UUID target = UUID.randomUUID();
        int threads = 4;
        int each = 10_000;
        CountDownLatch done = new CountDownLatch(threads);
        AtomicLong offered = new AtomicLong();
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int n = t;
            producers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < each; i++) {
                    recorder.record(new ViewRecorder.View(Instant.now(), "campaign", target.toString(), "loadVisitor" + n + "x" + (i % 500),
                            i % 2 == 0, i % 3 == 0 ? "whatsapp" : "direct", "", null));
                    offered.incrementAndGet();
                }
                done.countDown();
            }));
        }
        AtomicBoolean draining = new AtomicBoolean(true);
        Thread drainer = Thread.ofPlatform().start(() -> {
            while (draining.get()) {
                recorder.flush();
            }
        });
        done.await();
        draining.set(false);
        drainer.join();
        recorder.flush();

        ViewRecorder.Stats stats = recorder.stats();
        assertThat(offered.get()).isEqualTo((long) threads * each);
        assertThat(stats.accepted() + stats.dropped()).isEqualTo(offered.get());
        assertThat(stats.failed()).isZero();
        assertThat(stats.queued()).isZero();
        assertThat(stats.stored()).isEqualTo(stats.accepted());
        assertThat(jdbc.sql("SELECT count(*) FROM insights_view_event WHERE target_id = ?").param(target).query(Long.class).single())
                .isEqualTo(stats.stored());
        jdbc.sql("DELETE FROM insights_view_event WHERE target_id = ?").param(target).update();
    }

    @Test
    void theSameCookieHashesDifferentlyOnEachDayAndOldSaltsAreForgotten() {
        ViewRecorder recorder = new ViewRecorder(jdbcTemplate, jdbc, members, organisations, 100, Duration.ofMillis(200));
        UUID target = UUID.randomUUID();
        Instant now = Instant.now();
        for (int daysAgo : new int[] {5, 4, 3, 0}) {
            recorder.record(new ViewRecorder.View(now.minus(Duration.ofDays(daysAgo)), "campaign", target.toString(), "sameCookie1234567",
                    false, "direct", "", null));
            recorder.flush();
        }
        assertThat(recorder.stats().failed()).isZero();
        assertThat(jdbc.sql("SELECT count(DISTINCT visitor) FROM insights_view_event WHERE target_id = ?").param(target)
                .query(Long.class).single()).isEqualTo(4);
        jdbc.sql("DELETE FROM insights_view_event WHERE target_id = ?").param(target).update();
    }
}
