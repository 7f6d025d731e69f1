package org.takatuf.giving;

import java.util.UUID;

import org.takatuf.campaigns.CampaignId;
import org.takatuf.identity.MemberId;

/** A pledge was confirmed by the organisation and is now in the ledger (for money). */
public record PledgeConfirmed(UUID pledgeId, CampaignId campaign, MemberId donor) {
}
