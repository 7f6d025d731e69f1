package org.takatuf.identity;

import java.util.UUID;

/** Identifies an organisation; other modules keep this, never the organisation itself. */
public record OrganisationId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
