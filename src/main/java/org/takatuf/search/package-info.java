/**
 * One search page and API over every module's public indexed entities.
 *
 * <p>It queries the common fields of {@link org.takatuf.core.search.PublicSearchable} across all indexed
 * types, so it needs no module's types; it depends on {@code identity} only for
 * {@link org.takatuf.identity.RouteSecurity}, to declare who may use its routes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.search;
