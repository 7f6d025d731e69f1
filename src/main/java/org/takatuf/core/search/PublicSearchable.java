package org.takatuf.core.search;

/**
 * An entity that appears in the one platform-wide search. Every indexed entity maps these
 * properties to index fields of the same names, so that the search module can query all of them
 * at once without knowing their types:
 *
 * <ul>
 *   <li>{@code searchType}: keyword, projectable (member, organisation, opportunity, …)</li>
 *   <li>{@code searchTitle}: full text with {@link ArabicAnalysisConfigurer#ARABIC_EXACT}, projectable</li>
 *   <li>{@code searchText}: full text with {@link ArabicAnalysisConfigurer#ARABIC}: every public word</li>
 *   <li>{@code searchSnippet}, {@code searchUrl}: projectable, not searched</li>
 *   <li>{@code searchVisible}: boolean; only visible entities are returned</li>
 * </ul>
 */
public interface PublicSearchable {

    String getSearchType();

    String getSearchTitle();

    String getSearchText();

    String getSearchSnippet();

    String getSearchUrl();

    boolean isSearchVisible();
}
