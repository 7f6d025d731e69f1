package org.takatuf.advocacy;

/** A complaint's supporters reached a milestone (100, 1,000, 10,000 by default); published once per milestone. */
public record ComplaintMilestoneReached(ComplaintId complaint, CompanyId company, int threshold) {
}
