/**
 * Shared kernel: money, typed ids, Arabic text tools, Hijri dates, uploads and file storage, the
 * error model. An open module: every sub-package is part of its API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.takatuf.core;
