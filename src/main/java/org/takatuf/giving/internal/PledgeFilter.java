package org.takatuf.giving.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.takatuf.core.UserInputException;

/**
 * The statuses the organisation's management page shows a campaign's pledges by: all, the ones waiting for the
 * organisation (pledged, or received and not yet confirmed: the ones bulk confirmation takes), confirmed, refunded,
 * expired. Its {@link #param()} is the {@code status} parameter of the page, its paging links and its CSV.
 */
public enum PledgeFilter {
    ALL(EnumSet.allOf(PledgeStatus.class)),
    WAITING(EnumSet.of(PledgeStatus.PLEDGED, PledgeStatus.RECEIVED)),
    CONFIRMED(EnumSet.of(PledgeStatus.CONFIRMED)),
    REFUNDED(EnumSet.of(PledgeStatus.REFUNDED)),
    EXPIRED(EnumSet.of(PledgeStatus.EXPIRED));

    private final Set<PledgeStatus> statuses;

    PledgeFilter(Set<PledgeStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<PledgeStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "giving.manage.filter." + param();
    }

    /** The filter a {@code status} parameter names; none (or blank) is all; anything else is a localised 400. */
    public static PledgeFilter parse(String param) {
        if (param == null || param.isBlank()) {
            return ALL;
        }
        for (PledgeFilter f : values()) {
            if (f.param().equals(param)) {
                return f;
            }
        }
        throw new UserInputException("giving.manage.bad-filter");
    }
}
