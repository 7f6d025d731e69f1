package org.takatuf.search;

import java.util.List;

/**
 * One page of search hits.
 *
 * @param query the query as searched (trimmed)
 * @param total how many visible entities match in all
 * @param page the page number, from 0
 * @param size hits per page
 */
public record SearchResults(String query, long total, int page, int size, List<Hit> hits) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /**
     * One thing found.
     *
     * @param type what it is ({@code organisation}, {@code member}, …)
     * @param title its name or title
     * @param url the path of its public page
     * @param snippet a short public text about it, possibly empty
     */
    public record Hit(String type, String title, String url, String snippet) {
    }
}
