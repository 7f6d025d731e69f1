package org.takatuf.community.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.community.internal.Events;
import org.takatuf.community.internal.Groups;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.UserInputException;
import org.takatuf.core.calendar.CalendarFiles;
import org.takatuf.identity.CurrentMember;

/** Events: list, page, creation (single or weekly), registration and cancellation, attendees and check-in, calendar file, photos. */
@Controller
class EventController {

    private final Events events;
    private final Groups groups;
    private final MessageSource messages;
    private final SiteLinks links;

    EventController(Events events, Groups groups, MessageSource messages, SiteLinks links) {
        this.events = events;
        this.groups = groups;
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/events")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        List<Events.Event> upcoming = events.upcoming(page, 30);
        model.addAttribute("events", upcoming);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", upcoming.size() == 30);
        return "community/events";
    }

    @GetMapping("/events/new")
    String form(@RequestParam(required = false) UUID group, @AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("form", new Events.Form("", "", "", "", null, LocalTime.of(7, 0), 90, 50, group, 1, "Africa/Cairo"));
        model.addAttribute("myGroups", moderated(me));
        return "community/event-form";
    }

    @PostMapping("/events")
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
                  @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String onlineUrl,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                  @RequestParam(defaultValue = "60") int durationMinutes, @RequestParam(defaultValue = "20") int capacity,
                  @RequestParam(required = false) UUID groupId, @RequestParam(defaultValue = "1") int weeks,
                  @RequestParam(defaultValue = "Africa/Cairo") String zone, @AuthenticationPrincipal CurrentMember me, Model model,
                  RedirectAttributes redirect, Locale locale) {
        Events.Form form = new Events.Form(title, description, place, onlineUrl, date, start, durationMinutes, capacity, groupId, weeks, zone);
        try {
            List<UUID> ids = events.create(me, form);
            redirect.addFlashAttribute("flash", messages.getMessage("community.event.created", null, locale));
            return "redirect:/events/" + ids.getFirst();
        } catch (UserInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", e);
            model.addAttribute("myGroups", moderated(me));
            return "community/event-form";
        }
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Events.Event event = events.visible(id, me == null ? null : me.id()).orElseThrow(() -> new NotFoundException("event"));
        model.addAttribute("event", event);
        model.addAttribute("group", event.groupId() == null ? null : groups.byId(event.groupId()).orElse(null));
        model.addAttribute("registration", events.registration(id, me == null ? null : me.id()).orElse(null));
        model.addAttribute("organiser", me != null && events.isOrganiser(me.id(), event));
        model.addAttribute("series", events.nextInSeries(event, 4));
        model.addAttribute("photos", events.photos(id));
        model.addAttribute("og", new org.takatuf.core.OpenGraph(event.title(), event.description(), links.base() + "/events/" + id, null));
        return "community/event";
    }

    @PostMapping("/events/{id}/register")
    String register(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        Events.Registration registration = events.register(me, id);
        redirect.addFlashAttribute("flash", messages.getMessage(registration.status() == Events.Status.CONFIRMED
                ? "community.event.registered" : "community.event.waitlisted", null, locale));
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/cancel")
    String cancel(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        events.cancel(me, id);
        redirect.addFlashAttribute("flash", messages.getMessage("community.event.cancelled", null, locale));
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id}/attendees")
    String attendees(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Events.Event event = events.find(id).orElseThrow(() -> new NotFoundException("event"));
        model.addAttribute("attendees", events.attendees(me, id));
        model.addAttribute("event", event);
        return "community/attendees";
    }

    @PostMapping("/events/{id}/check-in/{memberId}")
    String checkIn(@PathVariable UUID id, @PathVariable UUID memberId, @AuthenticationPrincipal CurrentMember me) {
        events.checkIn(me, id, memberId);
        return "redirect:/events/" + id + "/attendees";
    }

    @PostMapping("/events/{id}/photos")
    String addPhoto(@PathVariable UUID id, @RequestParam(required = false) MultipartFile photo, @AuthenticationPrincipal CurrentMember me)
            throws IOException {
        if (photo == null || photo.isEmpty()) {
            throw new UserInputException("community.event.photo.none");
        }
        events.addPhoto(me, id, photo.getBytes());
        return "redirect:/events/" + id + "#photos";
    }

    @GetMapping("/events/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId, @AuthenticationPrincipal CurrentMember me) throws IOException {
        events.visible(id, me == null ? null : me.id()).orElseThrow(() -> new NotFoundException("event"));
        Events.Photo photo = events.photos(id).stream().filter(p -> p.id().equals(photoId)).findFirst()
                .orElseThrow(() -> new NotFoundException("photo"));
        try (InputStream in = events.photo(photo).orElseThrow(() -> new NotFoundException("photo"))) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                    .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7))).body(in.readAllBytes());
        }
    }

    @GetMapping("/events/{id}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me) {
        Events.Event event = events.visible(id, me == null ? null : me.id()).orElseThrow(() -> new NotFoundException("event"));
        String ics = CalendarFiles.of("-//Takatuf//Community//AR", new CalendarFiles.Entry(event.id() + "@takatuf", event.startsAt(),
                event.endsAt(), event.title(), event.place(), event.description(),
                links.base() + "/events/" + event.id()));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("event-" + id + ".ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    private List<Groups.Group> moderated(CurrentMember me) {
        return groups.mine(me.id()).stream()
                .filter(g -> groups.membership(me.id(), g.id()).map(Groups.Membership::canModerate).orElse(false)).toList();
    }
}
