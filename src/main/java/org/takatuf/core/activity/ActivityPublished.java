package org.takatuf.core.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something public happened that followers may want in their feed: a group posted, an event was
 * announced, a member commented. Any module publishes it; the engagement module listens and files it
 * under each of its {@code sources} (the member who acted, the group, the hashtags of its text), so
 * that whoever follows one of them sees it. Private things are never published this way.
 *
 * @param id      the thing itself (a post, an event, a comment): one feed entry per id
 * @param kind    what happened, dotted ({@code community.post}, {@code community.event}, {@code engagement.comment})
 * @param sources who or what it is filed under, e.g. {@code member:<uuid>}, {@code group:<uuid>}
 * @param title   a short title (may be empty)
 * @param text    the public text; hashtags in it become sources too
 * @param link    the site path where it can be seen
 */
public record ActivityPublished(UUID id, String kind, List<Source> sources, UUID actor, String title, String text,
                                String link, Instant at) {

    /** A followable source: a member, an organisation, a group, a campaign, a tag, ... */
    public record Source(String type, String key) {

        public static Source member(UUID id) {
            return new Source("member", id.toString());
        }

        public static Source of(String type, UUID id) {
            return new Source(type, id.toString());
        }
    }
}
