package org.takatuf.community;

import java.time.Instant;
import java.util.UUID;

import org.takatuf.identity.MemberId;

/** An event a member registered for starts within a day (sent once per registration). */
public record EventReminderDue(UUID event, String title, Instant startsAt, String place, MemberId member) {
}
