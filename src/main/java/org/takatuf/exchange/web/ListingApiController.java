package org.takatuf.exchange.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.exchange.internal.ListingManagement;

/** The public JSON list of open listings. No owner, no contact, no address: city and area in words only. */
@RestController
@Tag(name = "Exchange", description = "Open mutual-aid listings: offers, asks, services and jobs")
class ListingApiController {

    private final ListingManagement listings;
    private final MessageSource messages;

    ListingApiController(ListingManagement listings, MessageSource messages) {
        this.listings = listings;
        this.messages = messages;
    }

    /** One listing in the list. */
    record ListingSummary(UUID id, String kind, String kindLabel, String category, String categoryLabel, String condition,
                          boolean swap, String title, String description, String wantedInReturn, String pay, String city,
                          String cityLabel, String area, Instant postedAt, String url) {
    }

    @GetMapping("/api/v1/listings")
    @Operation(summary = "Open listings, newest first",
            description = "Filters combine. Labels are in the language of Accept-Language or ?lang= (Arabic by default). 24 per page.")
    List<ListingSummary> list(
            @Parameter(description = "Words to search for (Arabic spelling variants match)") @RequestParam(required = false) String q,
            @Parameter(description = "offer-thing, ask-thing, offer-service, ask-service or job") @RequestParam(required = false) String kind,
            @Parameter(description = "Category key, e.g. clothes, furniture, tutoring") @RequestParam(required = false) String category,
            @Parameter(description = "City key, e.g. beirut, amman, cairo") @RequestParam(required = false) String city,
            @Parameter(description = "true: only things given for free") @RequestParam(required = false) String free,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page, Locale locale) {
        return listings.list(ExchangeController.filter(q, kind, category, city, null, free, page), null).stream()
                .map(l -> new ListingSummary(l.getId(), l.getKind().key(), messages.getMessage(l.getKind().messageKey(), null, locale),
                        l.getCategory().key(), messages.getMessage(l.getCategory().messageKey(), null, locale),
                        l.getCondition() == null ? null : l.getCondition().key(), l.isSwap(), l.getTitle(), l.getDescription(),
                        l.getWantedInReturn(), l.getPay(), l.getCity().key(), messages.getMessage(l.getCity().messageKey(), null, locale),
                        l.getArea(), l.getCreatedAt(), "/exchange/listings/" + l.getId()))
                .toList();
    }
}
