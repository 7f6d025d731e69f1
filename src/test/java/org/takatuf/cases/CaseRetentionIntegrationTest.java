package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.cases.internal.CaseRetention;
import org.takatuf.cases.internal.CasesSettings;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.MutableClock;

/** Closed cases are anonymised once the configured period has passed (quality line 14), with the clock moved. */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class CaseRetentionIntegrationTest {

    @Autowired
    CasesFixtures fixtures;
    @Autowired
    CaseManagement cases;
    @Autowired
    CaseRetention retention;
    @Autowired
    CasesSettings settings;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aClosedCaseLosesItsDetailsAfterTheRetentionPeriodAndAnOpenOneNever() throws Exception {
        CurrentMember admin = fixtures.member("retention-org");
        Organisation org = fixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
        CaseManagement.Submitted closed = fixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, CasesFixtures.secrets(), true);
        CaseManagement.Submitted open = fixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, CasesFixtures.secrets(), true);
        UUID id = closed.caseId();
        cases.claim(admin.id(), org, id);
        cases.verify(admin.id(), org, id, "زيارة منزلية للسيدة", null);
        cases.give(admin.id(), org, id, "دفعنا إيجار شهرين لصاحب البيت");
        cases.close(admin.id(), org, id, "انتهت المساعدة");

        clock.advance(settings.retention().minus(Duration.ofDays(1)));
        retention.anonymiseDue();
        assertThat(anonymised(id)).isFalse();

        clock.advance(Duration.ofDays(2));
        assertThat(retention.anonymiseDue()).isPositive();
        assertThat(anonymised(id)).isTrue();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM case_report WHERE id = ? AND enc_beneficiary_name IS NULL AND enc_phone IS NULL
                          AND enc_address IS NULL AND enc_location IS NULL AND enc_notes IS NULL AND enc_reporter_contact IS NULL
                          AND enc_follow_token IS NULL AND phone_hash IS NULL AND summary = '' AND public_summary IS NULL
                          AND area IS NULL AND approx_latitude IS NULL""").param(id).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ? AND note IS NOT NULL").param(id).query(Long.class).single())
                .isZero();
        // what remains is statistics: category, city, household size, dates
        assertThat(jdbc.sql("SELECT category || '|' || city || '|' || household_size || '|' || status FROM case_report WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("FOOD|BEIRUT|4|CLOSED");
        mvc.perform(get("/cases/follow/" + closed.followToken())).andExpect(status().isNotFound());

        assertThat(anonymised(open.caseId())).isFalse();
        mvc.perform(get("/cases/follow/" + open.followToken())).andExpect(status().isOk());
        // running again changes nothing
        assertThat(retention.anonymiseDue()).isZero();
    }

    boolean anonymised(UUID id) {
        return jdbc.sql("SELECT anonymised_at IS NOT NULL FROM case_report WHERE id = ?").param(id).query(Boolean.class).single();
    }
}
