package org.takatuf.advocacy.internal;

import org.takatuf.advocacy.Sector;

/** What the complaint form sends; checked by {@link ComplaintManagement}. */
public record ComplaintCommand(String companyName, String country, Sector sector, String title, String whatHappened,
                               Outcome outcome, String outcomeDetails, String hashtag) {
}
