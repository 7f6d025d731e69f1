/**
 * One search page and API over every module's public indexed entities.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package org.takatuf.search;
