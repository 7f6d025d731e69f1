/**
 * The shell every page lives in: layout, home page, language switch, error pages, PWA manifest and
 * the demo content of the embedded default.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity", "platform", "search"})
package org.takatuf.site;
