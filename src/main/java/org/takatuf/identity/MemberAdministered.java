package org.takatuf.identity;

/**
 * An administrator changed another account ({@code action}: disable, enable, grant-moderator, revoke-moderator,
 * grant-admin, revoke-admin). The audit log (moderation) records it with the administrator.
 */
public record MemberAdministered(MemberId admin, MemberId member, String action) {
}
