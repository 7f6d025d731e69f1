package org.takatuf.advocacy.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.advocacy.Sector;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.advocacy.internal.ComplaintStatus;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.UserInputException;

/**
 * {@code GET /api/v1/complaints}: public complaints, newest sent first, 20 a page. No personal data: no
 * complainant, no private answer, only what the public page shows about the complaint and its company.
 */
@RestController
class ComplaintApiController {

    private final ComplaintManagement complaints;
    private final SiteLinks links;

    ComplaintApiController(ComplaintManagement complaints, SiteLinks links) {
        this.complaints = complaints;
        this.links = links;
    }

    record CompanyJson(UUID id, String name) {
    }

    record ComplaintJson(UUID id, long number, String title, String sector, String status, String hashtag, CompanyJson company,
                         long supporters, Instant sentAt, Instant answeredAt, Instant closedAt, String url) {
    }

    record Page(int page, int size, List<ComplaintJson> items) {
    }

    @GetMapping("/api/v1/complaints")
    Page list(@RequestParam(required = false) String sector, @RequestParam(required = false) String status,
              @RequestParam(required = false) UUID company, @RequestParam(defaultValue = "0") int page) {
        Sector s = sector == null || sector.isBlank() ? null
                : Sector.ofKey(sector).orElseThrow(() -> new UserInputException("advocacy.api.sector-unknown"));
        ComplaintStatus st = null;
        if (status != null && !status.isBlank()) {
            st = java.util.Arrays.stream(ComplaintStatus.values()).filter(x -> x.isPublic() && x.name().equalsIgnoreCase(status))
                    .findFirst().orElseThrow(() -> new UserInputException("advocacy.api.status-unknown"));
        }
        if (page < 0 || page > 1000) {
            throw new UserInputException("advocacy.api.page");
        }
        var items = complaints.list(new ComplaintManagement.Filter(s, st, company, page)).stream()
                .map(card -> {
                    var c = card.complaint();
                    return new ComplaintJson(c.id(), c.number(), c.title(), c.sector().key(), c.status().name().toLowerCase(Locale.ROOT),
                            c.hashtag(), new CompanyJson(c.companyId(), card.companyName()), card.supporters(), c.sentAt(), c.answeredAt(),
                            c.closedAt(), links.link("/complaints/" + c.id()));
                }).toList();
        return new Page(page, ComplaintManagement.PAGE_SIZE, items);
    }
}
