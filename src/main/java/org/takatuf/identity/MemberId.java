package org.takatuf.identity;

import java.util.UUID;

/** Identifies a member; other modules keep this, never the member itself. */
public record MemberId(UUID value) {

    public static MemberId of(String value) {
        return new MemberId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
