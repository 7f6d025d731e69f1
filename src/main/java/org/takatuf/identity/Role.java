package org.takatuf.identity;

/** Platform-wide roles; organisation roles are {@link OrganisationRole}. */
public enum Role {
    /** Every signed-up person. */
    MEMBER,
    /** Handles reports and keeps the platform safe. */
    MODERATOR,
    /** Verifies organisations, manages members. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
