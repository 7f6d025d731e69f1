package org.takatuf.directory;

import java.util.UUID;

/**
 * A business offers goods or services in kind to a campaign or a case ("the restaurant that answered with
 * 100 meals"). {@code targetType} is {@code campaign} or {@code case}; {@code targetRef} the target's id or
 * address as the campaigns and cases modules publish it. Those modules can listen to record the pledge.
 */
public record InKindOffered(UUID offer, BusinessId business, String targetType, String targetRef, String what, int quantity) {
}
