package org.takatuf.advocacy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.takatuf.advocacy.ComplaintId;
import org.takatuf.advocacy.Sector;
import org.takatuf.core.ConflictException;
import org.takatuf.identity.MemberId;

/** A complaint as stored; state changes go through {@link ComplaintManagement}, guarded by the checks here. */
public record Complaint(UUID id, long number, UUID companyId, UUID authorId, String title, String whatHappened, Outcome outcome,
                        String outcomeDetails, Sector sector, String hashtag, ComplaintStatus status, Instant createdAt,
                        Instant updatedAt, Instant sentAt, Instant answeredAt, Instant closedAt, boolean companyProposesResolved,
                        Instant hiddenAt, String hiddenReason) {

    public ComplaintId complaintId() {
        return new ComplaintId(id);
    }

    public boolean isAuthor(MemberId member) {
        return member != null && member.value().equals(authorId);
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Seen by everyone: sent and not hidden by a moderator. */
    public boolean isPublic() {
        return status.isPublic() && !isHidden();
    }

    /** When the complainant may escalate without an answer. */
    public Instant deadline(Duration answerDeadline) {
        return sentAt == null ? null : sentAt.plus(answerDeadline);
    }

    /** How long the company took to answer, or has been taking so far. */
    public Duration waiting(Instant now) {
        if (sentAt == null) {
            return Duration.ZERO;
        }
        Instant end = answeredAt != null ? answeredAt : (closedAt != null ? closedAt : now);
        return Duration.between(sentAt, end).isNegative() ? Duration.ZERO : Duration.between(sentAt, end);
    }

    public boolean canEscalate(Instant now, Duration answerDeadline) {
        return status == ComplaintStatus.ANSWERED
                || (status == ComplaintStatus.SENT && !now.isBefore(deadline(answerDeadline)));
    }

    void requireStatus(String refusal, ComplaintStatus... allowed) {
        for (ComplaintStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException(refusal);
    }
}
