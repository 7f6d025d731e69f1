package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.takatuf.identity.internal.ApiToken;
import org.takatuf.identity.internal.ApiTokens;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * An accepted token is checked again in the background once it is {@link ApiTokenManagement#RECHECKED} old, while
 * calls go on with the remembered answer; it is never used longer than {@link ApiTokenManagement#REMEMBERED} without a
 * check that succeeded; a token not yet known is read once however many calls present it together.
 */
class ApiTokenRecheckUnitTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    static final String SECRET = "tkt_recheck-secret";

    final ApiTokens tokens = mock(ApiTokens.class);
    final Members members = mock(Members.class);
    final AtomicLong nanos = new AtomicLong();
    final Ticker ticker = nanos::get;
    final Member member = new Member("donor@example.org", "x", "متبرع", Locale.forLanguageTag("ar"), NOW);
    final ApiToken token = new ApiToken(member.getId(), "bench", SECRET, NOW);

    ApiTokenRecheckUnitTest() {
        member.verifyEmail(NOW);
        when(tokens.findByTokenHash(anyString())).thenReturn(Optional.of(token));
        when(members.findById(member.getId())).thenReturn(Optional.of(member));
    }

    /** Background checks run in the calling thread, so that the test sees their outcome at once. */
    ApiTokenManagement inline() {
        return new ApiTokenManagement(tokens, members, Clock.fixed(NOW, ZoneOffset.UTC), new NoTransactions(), ticker,
                Runnable::run);
    }

    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aTokenPresentedByManyCallsAtOnceIsReadOnce() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(tokens.findByTokenHash(anyString())).thenAnswer(call -> {
            reading.countDown();
            release.await();
            return Optional.of(token);
        });
        ApiTokenManagement management = inline();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<CurrentMember>>> calls = new ArrayList<>();
            calls.add(threads.submit(() -> management.authenticate(SECRET)));
            reading.await();
            for (int i = 0; i < 31; i++) {
                calls.add(threads.submit(() -> management.authenticate(SECRET)));
            }
            Thread.sleep(50); // let the 31 reach the cache while the first one reads
            release.countDown();
            for (Future<Optional<CurrentMember>> call : calls) {
                assertThat(call.get()).map(CurrentMember::getUsername).contains("donor@example.org");
            }
        }
        verify(tokens, times(1)).findByTokenHash(anyString());
    }

    @Test
    void aRememberedTokenIsCheckedAgainInTheBackgroundWhileCallsGoOn() throws Exception {
        List<Runnable> background = new ArrayList<>();
        ApiTokenManagement management = new ApiTokenManagement(tokens, members, Clock.fixed(NOW, ZoneOffset.UTC),
                new NoTransactions(), ticker, background::add);
        assertThat(management.authenticate(SECRET)).isPresent();
        advance(ApiTokenManagement.RECHECKED.plusSeconds(1));

        // answered from memory; the check waits in the executor, and only one is started however many calls come
        assertThat(management.authenticate(SECRET)).isPresent();
        assertThat(management.authenticate(SECRET)).isPresent();
        verify(tokens, times(1)).findByTokenHash(anyString());

        List.copyOf(background).forEach(Runnable::run); // the check, and the cache's own upkeep
        verify(tokens, times(2)).findByTokenHash(anyString());
        verify(tokens, times(2)).markUsed(any(), any(), any());
    }

    @Test
    void aTokenRevokedOnAnotherNodeIsRefusedOnceTheBackgroundCheckHasSeenIt() {
        ApiTokenManagement management = inline();
        assertThat(management.authenticate(SECRET)).isPresent();
        token.revoke(NOW); // what this node's database now says

        advance(ApiTokenManagement.RECHECKED.minusSeconds(1));
        assertThat(management.authenticate(SECRET)).as("not yet due for a check").isPresent();
        advance(Duration.ofSeconds(2));
        management.authenticate(SECRET); // starts the check (inline here), which finds the token revoked
        assertThat(management.authenticate(SECRET)).isEmpty();
    }

    @Test
    void aTokenIsNeverUsedLongerThanRememberedWithoutACheckThatSucceeded() {
        List<Runnable> background = new ArrayList<>();
        ApiTokenManagement management = new ApiTokenManagement(tokens, members, Clock.fixed(NOW, ZoneOffset.UTC),
                new NoTransactions(), ticker, background::add);
        assertThat(management.authenticate(SECRET)).isPresent();
        advance(ApiTokenManagement.RECHECKED.plusSeconds(1));
        assertThat(management.authenticate(SECRET)).isPresent(); // the check is queued and never runs
        token.revoke(NOW);

        advance(ApiTokenManagement.REMEMBERED);
        assertThat(management.authenticate(SECRET)).as("expired: read again before answering").isEmpty();
    }

    @Test
    void aSuspendedMembersTokenIsForgottenAtOnce() {
        ApiTokenManagement management = inline();
        assertThat(management.authenticate(SECRET)).isPresent();
        member.disable();
        management.on(new MemberDisabled(member.memberId(), member.getEmail()));
        assertThat(management.authenticate(SECRET)).isEmpty();
    }

    @Test
    void anUnknownTokenIsNotRemembered() {
        when(tokens.findByTokenHash(anyString())).thenReturn(Optional.empty());
        ApiTokenManagement management = inline();
        assertThat(management.authenticate("tkt_unknown")).isEmpty();
        assertThat(management.authenticate("tkt_unknown")).isEmpty();
        verify(tokens, times(2)).findByTokenHash(anyString());
    }

    /** The unit test has no database: the transaction template only needs a manager that does nothing. */
    static final class NoTransactions implements PlatformTransactionManager {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }
}
