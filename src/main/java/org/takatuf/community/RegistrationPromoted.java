package org.takatuf.community;

import java.util.UUID;

import org.takatuf.identity.MemberId;

/** A place freed up and the first member on an event's waitlist got it. */
public record RegistrationPromoted(UUID event, String title, MemberId member) {
}
