package org.takatuf.campaigns;

import java.time.Instant;
import java.util.UUID;

import org.takatuf.core.Money;
import org.takatuf.identity.MemberId;

/**
 * A member fundraising for a campaign on a page of their own: an optional sub-goal (campaign currency) and a
 * personal message. {@link #referral()} is what the pledges brought by the page carry.
 */
public record Ambassador(UUID id, CampaignId campaignId, MemberId memberId, String memberName, String code, Money goal,
                         String message, boolean hidden, Instant createdAt) {

    public static final String PREFIX = "amb-";

    public String referral() {
        return PREFIX + code;
    }

    /** The ambassador code in a referral ({@code amb-<code>} or {@code amb-<code>.<channel>}), or null. */
    public static String codeOf(String referral) {
        if (referral == null || !referral.startsWith(PREFIX)) {
            return null;
        }
        String rest = referral.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        String code = dot < 0 ? rest : rest.substring(0, dot);
        return code.matches("^[0-9a-z]{4,12}$") ? code : null;
    }

    /**
     * The channel a referral names: the referral itself when it is no ambassador's ({@code whatsapp}), the part
     * after the code for an ambassador's link shared on a channel ({@code amb-<code>.whatsapp}), and empty for
     * an ambassador's page itself ({@code amb-<code>}).
     */
    public static String channelOf(String referral) {
        if (codeOf(referral) == null) {
            return referral;
        }
        int dot = referral.indexOf('.');
        return dot < 0 ? "" : referral.substring(dot + 1);
    }

    /** An ambassador with what they brought, for the page and the leaderboard. */
    public record Standing(Ambassador ambassador, Money raised, long donors) {

        /** Percent of the sub-goal, 0 to 100 (0 without a sub-goal). */
        public int percent() {
            Money goal = ambassador.goal();
            if (goal == null || goal.minorUnits() <= 0) {
                return 0;
            }
            return (int) Math.min(100, raised.minorUnits() * 100 / goal.minorUnits());
        }
    }
}
