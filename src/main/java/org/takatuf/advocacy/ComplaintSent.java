package org.takatuf.advocacy;

import java.time.Instant;

/** A complaint with evidence became public and was sent to the company: its response timer starts. */
public record ComplaintSent(ComplaintId complaint, CompanyId company, Instant sentAt) {
}
