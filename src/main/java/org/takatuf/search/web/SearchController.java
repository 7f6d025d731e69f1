package org.takatuf.search.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.takatuf.core.UserInputException;
import org.takatuf.search.PublicSearch;
import org.takatuf.search.SearchResults;

/** The search page: the form alone without {@code q}; the hits, or a message saying what to correct, with it. */
@Controller
class SearchController {

    private final PublicSearch search;
    private final MessageSource messages;

    SearchController(PublicSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
                  Locale locale, HttpServletResponse response) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("maxLength", PublicSearch.MAX_QUERY_LENGTH);
        if (q == null) {
            return "search/results";
        }
        try {
            SearchResults results = search.search(q, page);
            model.addAttribute("results", results);
            java.util.Map<String, String> typeLabels = new java.util.HashMap<>();
            // a module may add an indexed type before its label exists: show the type's own name then
            results.hits().forEach(h -> typeLabels.computeIfAbsent(h.type(),
                    type -> messages.getMessage("search.type." + type, null, type, locale)));
            model.addAttribute("typeLabels", typeLabels);
            model.addAttribute("previousUrl", results.hasPrevious() ? pageUrl(results.query(), results.page() - 1) : null);
            model.addAttribute("nextUrl", results.hasNext() ? pageUrl(results.query(), results.page() + 1) : null);
        } catch (UserInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "search/results";
    }

    private static String pageUrl(String q, int page) {
        return UriComponentsBuilder.fromPath("/search").queryParam("q", q).queryParam("page", page).encode().toUriString();
    }
}
