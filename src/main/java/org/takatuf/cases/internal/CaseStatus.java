package org.takatuf.cases.internal;

import java.util.Locale;

/** Where a case stands. Labels are messages {@code cases.status.<key>}. */
public enum CaseStatus {
    /** Reported, nobody handles it yet. */
    NEW,
    /** An organisation claimed it and is checking it. */
    CLAIMED,
    /** The organisation checked it (a note says how). */
    VERIFIED,
    /** The organisation took it on. */
    ADOPTED,
    /** Help given or nothing more to do. */
    CLOSED,
    /** Not a case the organisations can take (a reason was sent to the reporter). */
    REJECTED,
    /** A duplicate of another report. */
    MERGED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "cases.status." + key();
    }

    public boolean isOpen() {
        return this == NEW || this == CLAIMED || this == VERIFIED || this == ADOPTED;
    }
}
