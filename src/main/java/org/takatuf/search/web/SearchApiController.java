package org.takatuf.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.search.PublicSearch;
import org.takatuf.search.SearchResults;

/** Search as JSON; bad queries are answered 400 with a message in the request's language. */
@RestController
@Tag(name = "Search", description = "One search over everything public on Takatuf, good at Arabic spelling variants")
class SearchApiController {

    private final PublicSearch search;

    SearchApiController(PublicSearch search) {
        this.search = search;
    }

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search organisations, members' public profiles and everything else public",
            description = "Hamza and alef forms, ta marbuta, alef maqsura, diacritics, tatweel and Arabic-Indic digits do "
                    + "not matter: اكرم finds أكرم and #كلنا_أكرم. Every word must match. 20 hits per page.")
    @ApiResponse(responseCode = "200", description = "The hits of one page and the total")
    @ApiResponse(responseCode = "400", description = "Empty query or longer than 200 characters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    SearchAnswer search(@Parameter(description = "What to look for, 1 to 200 characters", example = "اكرم")
                        @RequestParam(required = false) String q,
                        @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page) {
        SearchResults results = search.search(q, page);
        return new SearchAnswer(results.query(), results.total(), results.page(),
                results.hits().stream().map(h -> new Hit(h.type(), h.title(), h.url(), h.snippet())).toList());
    }

    /** The answer: the query, the number of hits in all, this page's hits. */
    record SearchAnswer(String query, long total, int page, List<Hit> hits) {
    }

    /** A hit: {@code type} (organisation, member, …), {@code title}, {@code url} of its public page, {@code snippet}. */
    record Hit(String type, String title, String url, String snippet) {
    }

    /** The error body: the status and a message in the request's language. */
    record ApiError(int status, String message) {
    }
}
