package org.takatuf.advocacy;

/** A complaint was marked unresolved and escalated: its regulator PDF is ready for the complainant to file. */
public record ComplaintEscalated(ComplaintId complaint, CompanyId company, Sector sector, String country) {
}
