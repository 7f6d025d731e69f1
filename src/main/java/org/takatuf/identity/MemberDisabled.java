package org.takatuf.identity;

/** An administrator disabled an account: its sessions end. */
public record MemberDisabled(MemberId member, String email) {
}
