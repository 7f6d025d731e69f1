package org.takatuf.advocacy.internal;

import java.util.Locale;

/**
 * open → sent → answered → resolved (the complainant confirms) or unresolved (escalated). An open complaint
 * is a draft that only its author sees; it becomes public when it is sent, which needs evidence.
 */
public enum ComplaintStatus {
    OPEN, SENT, ANSWERED, RESOLVED, UNRESOLVED;

    public String messageKey() {
        return "advocacy.status." + name().toLowerCase(Locale.ROOT);
    }

    public boolean isPublic() {
        return this != OPEN;
    }

    public boolean isClosed() {
        return this == RESOLVED || this == UNRESOLVED;
    }
}
