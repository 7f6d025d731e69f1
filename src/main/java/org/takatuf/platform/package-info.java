/**
 * Runtime infrastructure of the embedded default: the data directory, the embedded PostgreSQL
 * server and the local mail catcher. Nothing here is used when an external server is configured.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package org.takatuf.platform;
