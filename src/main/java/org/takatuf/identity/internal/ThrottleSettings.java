package org.takatuf.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on attempts (ASVS 6.3.1, 2.4.1), property prefix {@code takatuf.throttle}. Each limit is a
 * number of attempts that refills evenly over a period.
 *
 * @param signInPerAccountAndAddress failed sign-ins for one account from one client address; the
 *                                   account's owner at another address is not affected
 * @param signInPerAddress           failed sign-ins from one client address, whatever the account
 * @param signInPerAccount           failed sign-ins for one account from all addresses together (the
 *                                   higher ceiling against distributed guessing); addresses where the
 *                                   account signed in successfully before are exempt
 * @param secondFactorPerAccount     wrong second-factor codes for one account
 * @param signUpPerAddress           sign-up forms sent from one client address
 * @param passwordResetPerAddress    password-reset requests sent from one client address
 * @param trackedKeys                at most this many accounts and addresses are remembered
 */
@ConfigurationProperties("takatuf.throttle")
public record ThrottleSettings(
        Limit signInPerAccountAndAddress,
        Limit signInPerAddress,
        Limit signInPerAccount,
        Limit secondFactorPerAccount,
        Limit signUpPerAddress,
        Limit passwordResetPerAddress,
        @DefaultValue("100000") int trackedKeys) {

    public ThrottleSettings {
        signInPerAccountAndAddress = orDefault(signInPerAccountAndAddress, 5, Duration.ofMinutes(15));
        signInPerAddress = orDefault(signInPerAddress, 30, Duration.ofMinutes(15));
        signInPerAccount = orDefault(signInPerAccount, 100, Duration.ofHours(1));
        secondFactorPerAccount = orDefault(secondFactorPerAccount, 5, Duration.ofMinutes(15));
        signUpPerAddress = orDefault(signUpPerAddress, 10, Duration.ofHours(1));
        passwordResetPerAddress = orDefault(passwordResetPerAddress, 5, Duration.ofHours(1));
    }

    private static Limit orDefault(Limit limit, int attempts, Duration period) {
        return limit != null ? limit : new Limit(attempts, period);
    }

    /** {@code attempts} allowed per {@code period} (15 minutes when not given), refilled evenly. */
    public record Limit(int attempts, Duration period) {
        public Limit {
            period = period == null ? Duration.ofMinutes(15) : period;
            if (attempts < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A limit needs at least one attempt and a positive period");
            }
        }
    }
}
