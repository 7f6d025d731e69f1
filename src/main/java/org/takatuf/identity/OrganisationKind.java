package org.takatuf.identity;

/** What kind of body an organisation is. */
public enum OrganisationKind {
    /** A registered charity (جمعية خيرية). */
    CHARITY,
    /** An informal initiative (مبادرة). */
    INITIATIVE,
    /** A community group (مجموعة مجتمعية), such as a barter group or a runners' club. */
    COMMUNITY_GROUP,
    /** A company, which may answer complaints and offer in-kind help. */
    COMPANY
}
