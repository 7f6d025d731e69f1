package org.takatuf.identity;

/** A person created an account (not yet verified). */
public record MemberSignedUp(MemberId member) {
}
