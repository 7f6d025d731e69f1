package org.takatuf.advocacy;

import java.time.Duration;

import org.takatuf.identity.MemberId;

/**
 * A verified representative answered a complaint, in public or privately to the complainants.
 * {@code sinceSent} is the time from sending to this answer.
 */
public record CompanyResponded(ComplaintId complaint, CompanyId company, MemberId representative, boolean publicly,
                               Duration sinceSent) {
}
