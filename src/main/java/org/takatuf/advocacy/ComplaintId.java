package org.takatuf.advocacy;

import java.util.UUID;

/** Identifies a complaint. */
public record ComplaintId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
