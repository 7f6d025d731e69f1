package org.takatuf.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class NoticesUnitTest {

    @Test
    void anOpportunitysTitleIsBidiIsolatedAndTheStoredArgumentsStayBare() {
        Object[] stored = {"Food packing 2026!", "Fri 09:00"};
        Notices.Notice notice = new Notices.Notice(1, "volunteering.notice.reminder", stored, null, Instant.EPOCH, false);
        assertThat(notice.messageArguments()).containsExactly("\u2068Food packing 2026!\u2069", "Fri 09:00");
        assertThat(notice.arguments()).containsExactly("Food packing 2026!", "Fri 09:00");
    }

    @Test
    void approvedHoursAreANumberAndTakeNoMarks() {
        assertThat(Notices.messageArguments("volunteering.notice.hours-approved", new Object[] {"2.5"})).containsExactly("2.5");
    }
}
