package org.takatuf.identity.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.core.NotFoundException;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationFilter;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;

/** The public organisation directory as JSON. Nothing private (contact e-mail, members, documents) is included. */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations", description = "Charities, initiatives, community groups and companies on Takatuf")
class OrganisationApiController {

    private final OrganisationManagement organisations;

    OrganisationApiController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List organisations", description = "Sorted by name, 20 per page by default (at most 100).")
    @ApiResponse(responseCode = "200", description = "One page of organisations")
    @ApiResponse(responseCode = "400", description = "A parameter cannot be read (unknown kind, page not a number)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    OrganisationPage list(@Parameter(description = "Only this kind") @RequestParam(required = false) OrganisationKind kind,
                          @Parameter(description = "Only this city, e.g. الرياض") @RequestParam(required = false) String city,
                          @Parameter(description = "Only verified organisations") @RequestParam(defaultValue = "false") boolean verified,
                          @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
                          @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        Page<Organisation> result = organisations.list(
                new OrganisationFilter(kind, city == null || city.length() > 100 ? null : city, verified), page, size);
        return new OrganisationPage(result.getTotalElements(), result.getNumber(), result.getSize(),
                result.getContent().stream().map(OrganisationSummary::of).toList());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One organisation by its slug")
    @ApiResponse(responseCode = "200", description = "The organisation")
    @ApiResponse(responseCode = "404", description = "No organisation has this slug",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    OrganisationDetails one(@PathVariable String slug) {
        return organisations.bySlug(slug).map(OrganisationDetails::of).orElseThrow(() -> new NotFoundException("organisation"));
    }

    /** One page of the list. */
    record OrganisationPage(long total, int page, int size, List<OrganisationSummary> items) {
    }

    /** An organisation in a list; {@code url} is the path of its public page. */
    record OrganisationSummary(String slug, String name, OrganisationKind kind, String city, boolean verified, String url) {

        static OrganisationSummary of(Organisation o) {
            return new OrganisationSummary(o.getSlug(), o.getName(), o.getKind(), o.getCity(), o.isVerified(),
                    "/organisations/" + o.getSlug());
        }
    }

    /** An organisation's public details. */
    record OrganisationDetails(String slug, String name, OrganisationKind kind, String city, String description,
                               String website, boolean verified, Instant verifiedAt, String url) {

        static OrganisationDetails of(Organisation o) {
            return new OrganisationDetails(o.getSlug(), o.getName(), o.getKind(), o.getCity(), o.getDescription(),
                    o.getWebsite(), o.isVerified(), o.getVerifiedAt(), "/organisations/" + o.getSlug());
        }
    }

    /** The error body of every /api/v1 endpoint: the status and a message in the request's language. */
    record ApiError(int status, String message) {
    }
}
