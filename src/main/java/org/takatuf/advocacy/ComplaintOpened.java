package org.takatuf.advocacy;

import org.takatuf.identity.MemberId;

/** A member opened a complaint (still private to them until it has evidence and is sent). */
public record ComplaintOpened(ComplaintId complaint, CompanyId company, MemberId author, Sector sector) {
}
