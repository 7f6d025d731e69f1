package org.takatuf.cases.internal;

import java.util.List;

/**
 * A report as submitted by the form or the API. Keys (category, urgency, city) are the enums' keys.
 * {@code beneficiaryName}, {@code phone}, {@code address}, the exact point, {@code notes} and
 * {@code reporterContact} are protected details: they are encrypted and never logged.
 */
public record CaseCommand(String category, String urgency, String city, String area, Integer householdSize, String summary,
                          String beneficiaryName, String phone, String address, Double latitude, Double longitude, String notes,
                          String reporterContact, boolean consentSummary, boolean consentPhotos, String submissionKey,
                          List<byte[]> photos) {

    @Override
    public String toString() {
        return "CaseCommand[" + category + ", " + city + "]";
    }
}
