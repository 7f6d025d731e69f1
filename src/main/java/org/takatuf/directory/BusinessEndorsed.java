package org.takatuf.directory;

import java.util.UUID;

/** A member (an ambassador if {@code ambassador}) endorsed a business with a short line. */
public record BusinessEndorsed(BusinessId business, UUID owner, UUID endorser, boolean ambassador) {
}
