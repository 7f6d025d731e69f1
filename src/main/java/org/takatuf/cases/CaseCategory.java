package org.takatuf.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a family needs help with. Labels are messages {@code cases.category.<key>}. */
public enum CaseCategory {
    FOOD, RENT_SHELTER, MEDICAL_SURGERY, EDUCATION, WINTER, DISABILITY, DEBTS, OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "cases.category." + key();
    }

    public static Optional<CaseCategory> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
