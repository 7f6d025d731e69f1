package org.takatuf.search;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.UserInputException;
import org.takatuf.search.internal.SearchIndex;

/**
 * The one platform-wide search: every indexed entity, through the common fields that
 * {@link org.takatuf.core.search.PublicSearchable} documents, only those marked visible. Arabic
 * spelling variants (hamza and alef forms, ta marbuta, alef maqsura, diacritics, tatweel,
 * Arabic-Indic digits) do not matter: the index and the query go through the same analysers.
 */
@Service
public class PublicSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 500;
    static final int SNIPPET_LENGTH = 240;

    @PersistenceContext
    private EntityManager entityManager;

    private final SearchIndex index;

    PublicSearch(SearchIndex index) {
        this.index = index;
    }

    /**
     * Searches everything public.
     *
     * @throws UserInputException {@code search.query.required} for an empty query, {@code search.query.too-long}
     *                            for one longer than {@value #MAX_QUERY_LENGTH} characters
     */
    @Transactional(readOnly = true)
    public SearchResults search(String query, int page) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new UserInputException("search.query.required");
        }
        if (q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
            throw new UserInputException("search.query.too-long", MAX_QUERY_LENGTH);
        }
        int safePage = Math.clamp(page, 0, MAX_PAGE);
        index.awaitReady(Duration.ofMinutes(2));
        SearchSession session = Search.session(entityManager);
        SearchResult<SearchResults.Hit> result = session.search(indexedTypes(Search.mapping(entityManager.getEntityManagerFactory())))
                .select(f -> f.composite()
                        .from(f.field("searchType", String.class), f.field("searchTitle", String.class),
                                f.field("searchUrl", String.class), f.field("searchSnippet", String.class))
                        .asList(values -> new SearchResults.Hit((String) values.get(0), (String) values.get(1),
                                (String) values.get(2), snippet((String) values.get(3)))))
                .where(f -> f.bool()
                        .filter(f.match().field("searchVisible").matching(true))
                        // every word of the query must appear somewhere in the public text …
                        .must(f.match().field("searchText").matching(q).minimumShouldMatchPercent(100))
                        // … and a match in the title ranks first
                        .should(f.match().field("searchTitle").matching(q).boost(3.0f)))
                .fetch(safePage * PAGE_SIZE, PAGE_SIZE);
        return new SearchResults(q, result.total().hitCount(), safePage, PAGE_SIZE, result.hits());
    }

    /** Every indexed entity type: whatever module adds an indexed entity is searched without changes here. */
    static List<Class<?>> indexedTypes(SearchMapping mapping) {
        return mapping.allIndexedEntities().stream().<Class<?>>map(e -> e.javaClass()).toList();
    }

    private static String snippet(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= SNIPPET_LENGTH) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, SNIPPET_LENGTH);
        int space = flat.lastIndexOf(' ', end);
        return flat.substring(0, space > SNIPPET_LENGTH / 2 ? space : end) + "…";
    }
}
