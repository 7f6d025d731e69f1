package org.takatuf.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ThrottleUnitTest {

    final Throttle throttle = new Throttle(new ThrottleSettings(
            new ThrottleSettings.Limit(2, Duration.ofHours(1)), new ThrottleSettings.Limit(4, Duration.ofHours(1)),
            new ThrottleSettings.Limit(3, Duration.ofHours(1)), null, new ThrottleSettings.Limit(1, Duration.ofMinutes(10)),
            null, 1000));

    @Test
    void failuresPerAccountAndAddressBlockThatPairOnly() {
        throttle.signInFailed("Sara@Example.org", "1.1.1.1");
        assertThat(throttle.signInBlocked("sara@example.org", "1.1.1.1")).isEmpty();
        throttle.signInFailed("sara@example.org ", "1.1.1.1");
        assertThat(throttle.signInBlocked("sara@example.org", "1.1.1.1")).isPresent();
        assertThat(throttle.signInBlocked("sara@example.org", "2.2.2.2")).isEmpty();
        assertThat(throttle.signInBlocked("omar@example.org", "1.1.1.1")).isEmpty();
    }

    @Test
    void theCeilingPerAccountSparesAddressesWhereTheOwnerSignedIn() {
        throttle.signInSucceeded("huda@example.org", "9.9.9.9");
        throttle.signInFailed("huda@example.org", "3.3.3.1");
        throttle.signInFailed("huda@example.org", "3.3.3.2");
        throttle.signInFailed("huda@example.org", "3.3.3.3");
        assertThat(throttle.signInBlocked("huda@example.org", "3.3.3.4")).isPresent();
        assertThat(throttle.signInBlocked("huda@example.org", "9.9.9.9")).isEmpty();
    }

    @Test
    void theWaitIsRoundedUpToWholeSecondsAndMinutes() {
        assertThat(throttle.signUp("4.4.4.4")).isEmpty();
        Throttle.Wait wait = throttle.signUp("4.4.4.4").orElseThrow();
        assertThat(wait.seconds()).isBetween(590L, 600L);
        assertThat(wait.minutes()).isEqualTo(10);
        assertThat(new Throttle.Wait(Duration.ofMillis(1)).seconds()).isEqualTo(1);
    }

    @Test
    void missingLimitsTakeTheDocumentedDefaults() {
        ThrottleSettings defaults = new ThrottleSettings(null, null, null, null, null, null, 100);
        assertThat(defaults.signInPerAccountAndAddress()).isEqualTo(new ThrottleSettings.Limit(5, Duration.ofMinutes(15)));
        assertThat(defaults.signInPerAccount().attempts()).isGreaterThan(defaults.signInPerAccountAndAddress().attempts());
    }
}
