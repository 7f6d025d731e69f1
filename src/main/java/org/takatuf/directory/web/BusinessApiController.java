package org.takatuf.directory.web;

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
import org.takatuf.directory.internal.Directory;

/** The public JSON list of small and home businesses: what their public page shows, nothing more. */
@RestController
@Tag(name = "Support local", description = "Small and home businesses")
class BusinessApiController {

    private final Directory directory;
    private final MessageSource messages;

    BusinessApiController(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** One business in the list. */
    record BusinessSummary(UUID id, String slug, String name, String story, String category, String categoryLabel, boolean homeBased,
                           boolean womenOwned, String city, String cityLabel, String currency, String deliveryArea, String whatsapp,
                           String instagram, String website, String openingHours, long endorsements, String url) {
    }

    @GetMapping("/api/v1/businesses")
    @Operation(summary = "Businesses, most endorsed first",
            description = "Filters combine. Labels are in the language of Accept-Language or ?lang= (Arabic by default). 24 per page.")
    List<BusinessSummary> list(
            @Parameter(description = "Words to search for (Arabic spelling variants match)") @RequestParam(required = false) String q,
            @Parameter(description = "City key, e.g. amman, beirut, cairo") @RequestParam(required = false) String city,
            @Parameter(description = "Category key, e.g. hijabs, sweets, decorations") @RequestParam(required = false) String category,
            @Parameter(description = "true: home-based only") @RequestParam(required = false) String home,
            @Parameter(description = "true: women-owned only") @RequestParam(required = false) String women,
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page, Locale locale) {
        return directory.browse(DirectoryController.filter(q, city, category, home, women, page)).stream().map(c -> {
            var b = c.business();
            return new BusinessSummary(b.getId(), b.getSlug(), b.getName(), b.getStory(), b.getCategory().key(),
                    messages.getMessage(b.getCategory().messageKey(), null, locale), b.isHomeBased(), b.isWomenOwned(), b.getCity().key(),
                    messages.getMessage(b.getCity().messageKey(), null, locale), b.getCity().currency, b.getDeliveryArea(),
                    b.getWhatsapp(), b.getInstagram(), b.getWebsite(), b.getOpeningHours(), c.endorsements(), "/local/" + b.getSlug());
        }).toList();
    }
}
