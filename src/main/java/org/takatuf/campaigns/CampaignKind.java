package org.takatuf.campaigns;

/** What a campaign collects. */
public enum CampaignKind {
    /** An amount of money in one currency. */
    FUNDRAISING,
    /** Items with quantities (meals, blankets, phone credit). */
    IN_KIND,
    /** Both. */
    MIXED;

    public boolean takesMoney() {
        return this != IN_KIND;
    }

    public boolean takesItems() {
        return this != FUNDRAISING;
    }

    public String messageKey() {
        return "campaigns.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
