/**
 * Members, sign-up and sign-in, roles, profiles, organisations and their verification, API tokens,
 * second factor.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package org.takatuf.identity;
