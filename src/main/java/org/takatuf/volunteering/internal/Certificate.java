package org.takatuf.volunteering.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A certificate of verified hours, frozen when issued; anyone with the code can verify it. */
public record Certificate(String code, UUID memberId, String holderName, int totalMinutes, int shiftCount, String organisations,
                          LocalDate firstDay, LocalDate lastDay, Locale locale, Instant issuedAt) {

    public String hours() {
        return MatchScorer.hours(totalMinutes);
    }
}
