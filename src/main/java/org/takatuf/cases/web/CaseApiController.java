package org.takatuf.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.cases.internal.CaseCommand;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.cases.internal.CaseReport;
import org.takatuf.cases.internal.ReportLimiter;
import org.takatuf.core.NotFoundException;
import org.takatuf.identity.CurrentMember;

/**
 * Cases for partner organisations. Reading without a token gives published summaries only (no name,
 * phone, address or exact point ever leaves through this API). Submitting needs a bearer token; a
 * partner reads the status and timeline of the cases it submitted.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases", description = "Humanitarian cases: public summaries, and submission by partners with a bearer token")
class CaseApiController {

    private final CaseManagement cases;
    private final MessageSource messages;
    private final ReportLimiter limiter;

    CaseApiController(CaseManagement cases, MessageSource messages, ReportLimiter limiter) {
        this.cases = cases;
        this.messages = messages;
        this.limiter = limiter;
    }

    /** A published case as anyone may see it. The position is rounded to two decimals (about 1 km). */
    record PublicCase(UUID id, String category, String categoryLabel, String urgency, String city, String cityLabel, String area,
                      BigDecimal approxLatitude, BigDecimal approxLongitude, int householdSize, String summary, String status,
                      String organisation, Instant reportedAt, String url) {
    }

    /** A case as the partner that submitted it follows it. */
    record SubmittedCase(UUID id, String category, String city, String status, String statusLabel, String organisation,
                         Instant reportedAt, List<Step> timeline) {
    }

    /** A step of the timeline, in the language asked. */
    record Step(Instant at, String text, String note) {
    }

    /** What a partner submits. Protected fields are encrypted on arrival and never returned. */
    record Submission(@Schema(description = "food, rent-shelter, medical-surgery, education, winter, disability, debts, other") String category,
                      @Schema(description = "critical, high or normal") String urgency,
                      @Schema(description = "City key, e.g. beirut, tripoli, amman") String city,
                      @Schema(description = "District") String area,
                      Integer householdSize,
                      @Schema(description = "What is needed, without names (may be published with consent)") String summary,
                      @Schema(description = "Protected") String beneficiaryName,
                      @Schema(description = "Protected") String phone,
                      @Schema(description = "Protected") String address,
                      @Schema(description = "Protected; only a 2-decimal rounding is ever public") Double latitude,
                      @Schema(description = "Protected; only a 2-decimal rounding is ever public") Double longitude,
                      @Schema(description = "Protected: health, children, violence") String notes,
                      boolean consentSummary, boolean consentPhotos) {
        @Override
        public String toString() {
            return "Submission[" + category + ", " + city + "]";
        }
    }

    /** The answer to a submission. */
    record Accepted(UUID id, String url) {
    }

    @GetMapping
    @Operation(summary = "Published case summaries, newest first",
            description = "The same for every caller, with or without a token: only what organisations published with the "
                    + "reporter's consent. 20 per page. Labels follow Accept-Language or ?lang= (Arabic by default).")
    List<PublicCase> list(@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page, Locale locale) {
        return cases.published(page).stream().map(c -> publicCase(c, locale)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case", description = "A published case's summary for anyone; for the partner that submitted it "
            + "(bearer token), its status and timeline. Anything else is 404.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No such case, or not visible to this caller")
    Object one(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Locale locale) {
        if (me != null) {
            var own = cases.reportedBy(me.id()).stream().filter(c -> c.getId().equals(id)).findFirst();
            if (own.isPresent()) {
                CaseReport c = own.get();
                return new SubmittedCase(c.getId(), c.getCategory().key(), c.getCity().key(), c.getStatus().key(),
                        messages.getMessage(c.getStatus().messageKey(), null, locale),
                        cases.organisationName(c.getHandlingOrgId()).orElse(null), c.getReportedAt(),
                        cases.steps(c.getId(), true).stream().map(s -> new Step(s.at(), cases.text(s, locale), s.note())).toList());
            }
        }
        return cases.publishedCase(id).map(c -> publicCase(c, locale)).orElseThrow(() -> new NotFoundException("case"));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a case (bearer token)",
            description = "Send the same Idempotency-Key again (a retry) and the first case is answered, not a second one.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid (message in the caller's language)")
    @ApiResponse(responseCode = "401", description = "No valid token")
    @ApiResponse(responseCode = "429", description = "Too many reports from this account in the last hour (Retry-After)")
    ResponseEntity<?> submit(@RequestBody Submission body, @AuthenticationPrincipal CurrentMember me,
                             @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Locale locale) {
        java.util.Optional<java.time.Duration> wait = limiter.attempt("member:" + me.uuid());
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(ReportLimiter.seconds(wait.get())))
                    .body(java.util.Map.of("status", 429, "message", messages.getMessage("cases.error.too-many", null, locale)));
        }
        CaseManagement.Submitted submitted = cases.report(me.id(), new CaseCommand(body.category(), body.urgency(), body.city(),
                body.area(), body.householdSize(), body.summary(), body.beneficiaryName(), body.phone(), body.address(),
                body.latitude(), body.longitude(), body.notes(), null, body.consentSummary(), body.consentPhotos(),
                idempotencyKey, List.of()), locale);
        return ResponseEntity.status(submitted.replay() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new Accepted(submitted.caseId(), "/api/v1/cases/" + submitted.caseId()));
    }

    private PublicCase publicCase(CaseReport c, Locale locale) {
        return new PublicCase(c.getId(), c.getCategory().key(), messages.getMessage(c.getCategory().messageKey(), null, locale),
                c.getUrgency().key(), c.getCity().key(), messages.getMessage(c.getCity().messageKey(), null, locale), c.getArea(),
                c.getApproxLatitude(), c.getApproxLongitude(), c.getHouseholdSize(), c.getPublicSummary(), c.getStatus().key(),
                cases.organisationName(c.getHandlingOrgId()).orElse(null), c.getReportedAt(), "/cases/" + c.getId());
    }
}
