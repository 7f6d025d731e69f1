package org.takatuf.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Reports per address or account: beyond the limit, a wait (the Retry-After) of up to an hour. */
class ReportLimiterUnitTest {

    @Test
    void theThirdReportOfTheHourWaitsAndOtherAddressesDoNot() {
        ReportLimiter limiter = new ReportLimiter(2);
        assertThat(limiter.attempt("10.0.0.1")).isEmpty();
        assertThat(limiter.attempt("10.0.0.1")).isEmpty();
        Duration wait = limiter.attempt("10.0.0.1").orElseThrow();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        assertThat(ReportLimiter.seconds(wait)).isBetween(1L, 3600L);
        assertThat(limiter.attempt("10.0.0.2")).isEmpty();
    }
}
