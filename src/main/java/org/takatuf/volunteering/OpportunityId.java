package org.takatuf.volunteering;

import java.util.UUID;

/** Identifies a volunteer opportunity. */
public record OpportunityId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
