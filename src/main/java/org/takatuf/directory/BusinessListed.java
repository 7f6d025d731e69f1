package org.takatuf.directory;

import java.util.UUID;

/** A business page was opened (city and category are keys). */
public record BusinessListed(BusinessId business, UUID owner, String city, String category, boolean homeBased, boolean womenOwned) {
}
