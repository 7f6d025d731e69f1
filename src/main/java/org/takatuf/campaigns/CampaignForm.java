package org.takatuf.campaigns;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an organiser types. {@code goal} is a decimal amount in {@code currency} (Arabic digits accepted);
 * {@code items} holds one needed item per line, "quantity name" (for example "100 وجبة").
 */
public record CampaignForm(String organisationSlug, CampaignKind kind, String title, String story, String goal,
                           String currency, LocalDate deadline, UUID caseId, String items, String bankName, String bankIban,
                           String bankHolder) {

    public static CampaignForm empty() {
        return new CampaignForm(null, CampaignKind.FUNDRAISING, "", "", "", "SAR", null, null, "", "", "", "");
    }
}
