package org.takatuf.giving.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PledgeApiPathUnitTest {

    @Test
    void theCampaignOfAPledgePathInCanonicalForm() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
        assertThat(PledgeApi.campaignIn("/api/v1/campaigns/00000000-0000-0000-0000-0000000000d1/pledges")).isEqualTo(id);
        assertThat(PledgeApi.campaignIn("/api/v1/campaigns/00000000-0000-0000-0000-0000000000D1/pledges")).isEqualTo(id);
    }

    @Test
    void anyOtherPathIsNotOne() {
        for (String path : List.of("/api/v1/campaigns/00000000-0000-0000-0000-0000000000d1/pledges/",
                "/api/v1/campaigns/00000000-0000-0000-0000-0000000000d1/pledge",
                "/api/v1/campaigns/00000000-0000-0000-0000-0000000000d1",
                "/api/v1/campaigns//pledges",
                "/api/v1/campaigns/0-0-0-0-0/pledges",
                "/api/v1/campaigns/00000000-0000-0000-0000-0000000000g1/pledges",
                // Arabic-Indic digits are digits to Character.digit, not to a UUID
                "/api/v1/campaigns/00000000-0000-0000-0000-0000000000\u0661\u0662/pledges",
                "/api/v1/campaigns/00000000+0000-0000-0000-0000000000d1/pledges",
                "/api/v2/campaigns/00000000-0000-0000-0000-0000000000d1/pledges",
                "/api/v1/campaigns/00000000-0000-0000-0000-0000000000d1/pledgesX",
                "")) {
            assertThat(PledgeApi.campaignIn(path)).as(path).isNull();
        }
    }
}
