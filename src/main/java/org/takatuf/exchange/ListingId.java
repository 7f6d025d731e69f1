package org.takatuf.exchange;

import java.util.UUID;

/** The identity of a mutual-aid listing. */
public record ListingId(UUID value) {
}
