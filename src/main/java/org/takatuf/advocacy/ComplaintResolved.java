package org.takatuf.advocacy;

import org.takatuf.identity.MemberId;

/** The complainant confirmed that the company resolved the complaint. */
public record ComplaintResolved(ComplaintId complaint, CompanyId company, MemberId complainant) {
}
