package org.takatuf.community.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.community.internal.Events;
import org.takatuf.community.internal.Groups;

/** The public JSON lists: groups (all, without members) and upcoming public events. */
@RestController
class CommunityApiController {

    private final Groups groups;
    private final Events events;

    CommunityApiController(Groups groups, Events events) {
        this.groups = groups;
        this.events = events;
    }

    record GroupJson(UUID id, String slug, String name, String description, String city, String visibility, boolean womenOnly,
                     int members, String url) {
    }

    record EventJson(UUID id, String title, String description, Instant startsAt, Instant endsAt, String place, boolean online,
                     int capacity, int freePlaces, UUID group, String url, String calendar) {
    }

    @GetMapping("/api/v1/groups")
    List<GroupJson> groups(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
        return groups.list(q, page).stream().map(g -> new GroupJson(g.id(), g.slug(), g.name(), g.description(), g.city(),
                g.visibility().name(), g.womenOnly(), g.memberCount(), "/groups/" + g.slug())).toList();
    }

    /** Online events give no link here: the link is for registered members on the event's page. */
    @GetMapping("/api/v1/events")
    List<EventJson> events(@RequestParam(defaultValue = "0") int page) {
        return events.upcoming(page, 50).stream().map(e -> new EventJson(e.id(), e.title(), e.description(), e.startsAt(), e.endsAt(),
                e.place(), e.isOnline(), e.capacity(), e.freePlaces(), e.groupId(), "/events/" + e.id(),
                "/events/" + e.id() + "/calendar.ics")).toList();
    }
}
