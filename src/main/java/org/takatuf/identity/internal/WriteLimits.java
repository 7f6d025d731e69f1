package org.takatuf.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on every write (quality.md line 22, ASVS 2.4.1), property prefix {@code takatuf.throttle.writes}: each
 * is counted per signed-in member, or per client address for an anonymous write. A write is counted under the
 * first kind it is, and always under {@code perMember} / {@code perAddress} too.
 *
 * @param pledges    pledges: {@code POST /campaigns/{id}/give…} and {@code POST /api/v1/campaigns/{id}/pledges}
 * @param comments   comments, replies, reactions and edits ({@code /engage/comments…})
 * @param messages   private messages (any write whose path has a {@code messages} segment)
 * @param uploads    any multipart request (photos, documents, frames)
 * @param perMember  all writes of one signed-in member together
 * @param perAddress all anonymous writes from one client address together
 * @param trackedKeys at most this many members and addresses are remembered per kind
 */
@ConfigurationProperties("takatuf.throttle.writes")
public record WriteLimits(ThrottleSettings.Limit pledges, ThrottleSettings.Limit comments, ThrottleSettings.Limit messages,
                          ThrottleSettings.Limit uploads, ThrottleSettings.Limit perMember, ThrottleSettings.Limit perAddress,
                          @DefaultValue("100000") int trackedKeys) {

    public WriteLimits {
        pledges = orDefault(pledges, 30, Duration.ofMinutes(10));
        comments = orDefault(comments, 30, Duration.ofMinutes(10));
        messages = orDefault(messages, 60, Duration.ofMinutes(10));
        uploads = orDefault(uploads, 60, Duration.ofHours(1));
        perMember = orDefault(perMember, 300, Duration.ofMinutes(10));
        perAddress = orDefault(perAddress, 120, Duration.ofMinutes(10));
    }

    private static ThrottleSettings.Limit orDefault(ThrottleSettings.Limit limit, int attempts, Duration period) {
        return limit != null ? limit : new ThrottleSettings.Limit(attempts, period);
    }
}
