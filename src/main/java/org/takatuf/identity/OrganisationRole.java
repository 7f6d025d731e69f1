package org.takatuf.identity;

/** A member's role inside one organisation. */
public enum OrganisationRole {
    /** Edits the organisation, invites members, requests verification. */
    ADMIN,
    /** Acts for the organisation. */
    MEMBER
}
