package org.takatuf.directory;

import java.util.UUID;

/** The identity of a business page. */
public record BusinessId(UUID value) {
}
