package org.takatuf.volunteering.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.volunteering.internal.OpportunityManagement;

/** The public JSON list of open volunteer opportunities. No coordinates, no people. */
@RestController
@Tag(name = "Volunteering", description = "Open volunteer opportunities of verified organisations")
class OpportunityApiController {

    private final OpportunityManagement opportunities;
    private final MessageSource messages;

    OpportunityApiController(OpportunityManagement opportunities, MessageSource messages) {
        this.opportunities = opportunities;
        this.messages = messages;
    }

    /** One opportunity in the list. */
    record OpportunitySummary(UUID id, String title, String description, String activityType, String activityLabel,
                              String city, String cityLabel, String area, boolean remote, String organisationName,
                              String organisationSlug, Instant nextShiftAt, int openShifts, int freePlaces, String url) {
    }

    @GetMapping("/api/v1/opportunities")
    @Operation(summary = "Open volunteer opportunities with at least one upcoming shift, soonest first",
            description = "Filters combine. Labels are in the language of Accept-Language or ?lang= (Arabic by default). "
                    + "20 per page.")
    List<OpportunitySummary> list(
            @Parameter(description = "Words to search for (Arabic spelling variants match)") @RequestParam(required = false) String q,
            @Parameter(description = "City key, e.g. riyadh, cairo, amman") @RequestParam(required = false) String city,
            @Parameter(description = "Activity key, e.g. food-distribution, tutoring") @RequestParam(required = false) String activity,
            @Parameter(description = "A day with a shift (ISO date)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "remote or in-person") @RequestParam(required = false) String place,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page, Locale locale) {
        return opportunities.list(OpportunityController.filter(q, city, activity, date, place, page)).stream()
                .map(c -> new OpportunitySummary(c.id(), c.title(), c.description(), c.activityType().key(),
                        messages.getMessage(c.activityType().messageKey(), null, locale),
                        c.city() == null ? null : c.city().key(),
                        c.city() == null ? null : messages.getMessage(c.city().messageKey(), null, locale), c.area(), c.remote(),
                        c.organisationName(), c.organisationSlug(), c.nextShiftAt(), c.openShifts(), c.freePlaces(),
                        "/opportunities/" + c.id()))
                .toList();
    }
}
