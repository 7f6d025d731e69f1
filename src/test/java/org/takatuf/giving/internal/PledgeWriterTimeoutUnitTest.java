package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request waits for its batch without a timeout of its own (a timed wait in a virtual thread costs two wake-ups of
 * the scheduler's delay thread): the writer's watchdog must fail it once the write timeout has passed, whether the
 * draft is still queued or in the batch that the database does not answer.
 */
class PledgeWriterTimeoutUnitTest {

    static PledgeWriter.Draft draft() {
        return new PledgeWriter.Draft(PledgeWriter.newId(), UUID.randomUUID(), UUID.randomUUID(), PledgeMethod.BANK_TRANSFER,
                100L, "SAR", null, null, false, null, null, "key-" + UUID.randomUUID(), "hash", PledgeWriter.newReference(),
                "{}", Instant.now(), null);
    }

    @Test
    void aRequestWhoseBatchHangsIsFailedWithATimeoutAndTheOnesBehindItToo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DataSource hanging = mock(DataSource.class);
        when(hanging.getConnection()).thenAnswer(call -> {
            release.await(); // the database does not answer
            throw new java.sql.SQLException("released");
        });
        GivingSettings settings = new GivingSettings(Duration.ofDays(7), Duration.ofDays(2), Duration.ofMillis(300),
                100_000_000_000L, "");
        PledgeWriter writer = new PledgeWriter(mock(JdbcClient.class), hanging, 1, 1, settings);
        writer.start();
        try {
            CompletableFuture<PledgeWriter.Outcome> inBatch = writer.submit(draft(), (d, r) -> d);
            CompletableFuture<PledgeWriter.Outcome> queued = writer.submit(draft(), (d, r) -> d);
            for (CompletableFuture<PledgeWriter.Outcome> waiting : java.util.List.of(inBatch, queued)) {
                // a generous bound so that a broken watchdog fails the test instead of hanging it; no time is asserted
                assertThatThrownBy(() -> waiting.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TimeoutException.class);
            }
        } finally {
            release.countDown();
            writer.stop();
        }
        assertThat(writer.isRunning()).isFalse();
    }

    @Test
    void aStoppedWriterRefusesAtOnce() {
        PledgeWriter writer = new PledgeWriter(mock(JdbcClient.class), mock(DataSource.class), 8, 1,
                new GivingSettings(Duration.ofDays(7), Duration.ofDays(2), Duration.ofSeconds(10), 100_000_000_000L, ""));
        assertThat(writer.submit(draft(), (d, r) -> d)).isCompletedExceptionally();
    }

}
