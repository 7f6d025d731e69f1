package org.takatuf.advocacy.internal;

import java.time.Instant;
import java.util.UUID;

import org.takatuf.advocacy.CompanyId;
import org.takatuf.advocacy.Sector;

/**
 * A company or public service as complainants named it. Created with its first complaint; claimed when a
 * member proves to represent it. The official e-mail domain is set by an administrator only.
 */
public record Company(UUID id, String name, String country, Sector sector, String officialDomain, Instant createdAt,
                      Instant claimedAt) {

    public CompanyId companyId() {
        return new CompanyId(id);
    }

    public boolean isClaimed() {
        return claimedAt != null;
    }
}
