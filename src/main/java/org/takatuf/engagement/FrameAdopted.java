package org.takatuf.engagement;

import java.util.UUID;

/** A member made a profile picture with a solidarity frame (counted; the picture itself is never kept). */
public record FrameAdopted(UUID frame, String tag, long adoptions) {
}
