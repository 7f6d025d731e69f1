package org.takatuf.identity;

/** A member's password was changed or reset: other sessions of the member end. */
public record PasswordChanged(MemberId member) {
}
