package org.takatuf.volunteering;

import java.util.UUID;

/** Identifies a shift of an opportunity. */
public record ShiftId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
