package org.takatuf.advocacy;

import org.takatuf.identity.MemberId;

/** A member joined a complaint, with their own experience ({@code meToo}) or simply as a supporter. */
public record ComplaintSupported(ComplaintId complaint, CompanyId company, MemberId supporter, boolean meToo) {
}
