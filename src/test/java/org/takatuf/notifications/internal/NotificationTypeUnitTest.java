package org.takatuf.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationTypeUnitTest {

    @Test
    void argumentsPeopleWroteAreBidiIsolatedAfterTheCount() {
        assertThat(NotificationType.GROUP_REQUEST.messageArguments(2, "رائدات بيروت", "Sami 3"))
                .containsExactly(2, "\u2068رائدات بيروت\u2069", "\u2068Sami 3\u2069");
    }

    @Test
    void approvedHoursAreANumberAndTakeNoMarks() {
        assertThat(NotificationType.HOURS_APPROVED.messageArguments(1, "2.5")).containsExactly(1, "2.5");
    }

    @Test
    void aTypeWithoutArgumentsHasTheCountOnly() {
        assertThat(NotificationType.CASE_ASSIGNED.messageArguments(3)).containsExactly(3);
    }

    @Test
    void theRecordOfAStoredNotificationUsesItsType() {
        Inbox.Notification n = new Inbox.Notification(1, NotificationType.CAMPAIGN_UPDATE, 4, new String[] {"Winter 2026"}, "/c",
                java.time.Instant.EPOCH, false);
        assertThat(n.messageArguments()).containsExactly(4, "\u2068Winter 2026\u2069");
        assertThat(n.arguments()).containsExactly("Winter 2026");
    }
}
