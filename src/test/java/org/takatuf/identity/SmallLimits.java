package org.takatuf.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;
import org.takatuf.support.IntegrationTest;

/**
 * An application context with small throttling limits and the second factor required for
 * administrators and moderators. Test classes with this annotation share that one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {
        "takatuf.throttle.sign-in-per-account-and-address.attempts=3",
        "takatuf.throttle.sign-in-per-account-and-address.period=1h",
        "takatuf.throttle.sign-in-per-address.attempts=6",
        "takatuf.throttle.sign-in-per-address.period=1h",
        "takatuf.throttle.sign-in-per-account.attempts=8",
        "takatuf.throttle.sign-in-per-account.period=1h",
        "takatuf.throttle.second-factor-per-account.attempts=3",
        "takatuf.throttle.second-factor-per-account.period=1h",
        "takatuf.throttle.sign-up-per-address.attempts=3",
        "takatuf.throttle.sign-up-per-address.period=1h",
        "takatuf.throttle.password-reset-per-address.attempts=2",
        "takatuf.throttle.password-reset-per-address.period=1h",
        "takatuf.throttle.writes.pledges.attempts=3",
        "takatuf.throttle.writes.pledges.period=1h",
        "takatuf.throttle.writes.comments.attempts=3",
        "takatuf.throttle.writes.comments.period=1h",
        "takatuf.throttle.writes.messages.attempts=3",
        "takatuf.throttle.writes.messages.period=1h",
        "takatuf.throttle.writes.uploads.attempts=3",
        "takatuf.throttle.writes.uploads.period=1h",
        "takatuf.throttle.writes.per-member.attempts=12",
        "takatuf.throttle.writes.per-member.period=1h",
        "takatuf.throttle.writes.per-address.attempts=12",
        "takatuf.throttle.writes.per-address.period=1h",
        "takatuf.security.require-totp-for-admins=true"})
@interface SmallLimits {
}
