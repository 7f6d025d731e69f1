package org.takatuf.advocacy;

import org.takatuf.identity.MemberId;

/** A member became a verified representative of a company (by a domain e-mail or by documents an admin checked). */
public record CompanyClaimed(CompanyId company, MemberId representative, String method) {
}
