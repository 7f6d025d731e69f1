package org.takatuf.volunteering;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fixed taxonomy of volunteer activities. The code is stored (smallint) and never changes; the
 * label is the message {@code volunteering.activity.<key>}.
 */
public enum ActivityType {
    FOOD_DISTRIBUTION(1),
    TUTORING(2),
    MEDICAL_SUPPORT(3),
    ELDERLY_CARE(4),
    REFUGEE_SUPPORT(5),
    DISASTER_RELIEF(6),
    ENVIRONMENT(7),
    EVENTS(8),
    TRANSLATION(9),
    DRIVING_DELIVERY(10),
    TECHNOLOGY(11),
    FUNDRAISING(12),
    CHILDREN_AND_YOUTH(13),
    DISABILITY_SUPPORT(14);

    public final short code;

    ActivityType(int code) {
        this.code = (short) code;
    }

    /** {@code food-distribution}: used in URLs and message keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "volunteering.activity." + key();
    }

    public static ActivityType ofCode(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("activity type " + code));
    }

    public static Optional<ActivityType> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
