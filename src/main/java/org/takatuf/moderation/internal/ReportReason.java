package org.takatuf.moderation.internal;

import java.util.Locale;
import java.util.Optional;

/** Why a member reports a public thing. */
public enum ReportReason {
    SPAM, SCAM, HATE, PRIVACY, MISLEADING, OTHER;

    public static Optional<ReportReason> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ReportReason r : values()) {
            if (r.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The bundle key of its label. */
    public String key() {
        return "moderation.reason." + name().toLowerCase(Locale.ROOT);
    }
}
