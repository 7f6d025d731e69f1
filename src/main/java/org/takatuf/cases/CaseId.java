package org.takatuf.cases;

import java.util.UUID;

/** Identifies a humanitarian case; other modules keep this, never the case itself. */
public record CaseId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
