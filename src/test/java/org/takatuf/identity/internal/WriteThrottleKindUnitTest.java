package org.takatuf.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WriteThrottleKindUnitTest {

    /** The rule as a regular expression, as it was written before the string comparison: the oracle. */
    static final Pattern PLEDGE = Pattern.compile("/campaigns/[^/]+/give(/.*)?|/api/v1/campaigns/[^/]+/pledges/?");

    @Test
    void pledgePathsAreTheOnesTheRegularExpressionMatched() {
        for (String path : List.of("/campaigns/abc/give", "/campaigns/abc/give/", "/campaigns/abc/give/bank",
                "/campaigns/abc/give/a/b", "/campaigns/abc/giveaway", "/campaigns//give", "/campaigns/a/b/give",
                "/campaigns/abc", "/campaigns/", "/campaigns/abc/gift", "/x/campaigns/abc/give",
                "/api/v1/campaigns/abc/pledges", "/api/v1/campaigns/abc/pledges/", "/api/v1/campaigns/abc/pledges//",
                "/api/v1/campaigns//pledges", "/api/v1/campaigns/abc/pledges/1", "/api/v1/campaigns/a/b/pledges",
                "/api/v1/campaigns/abc/pledge", "/api/v1/campaigns/abc", "/campaigns/حملة/give", "", "/")) {
            assertThat(WriteThrottleFilter.isPledge(path)).as(path).isEqualTo(PLEDGE.matcher(path).matches());
        }
    }
}
