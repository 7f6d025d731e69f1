package org.takatuf.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account security switches, property prefix {@code takatuf.security}.
 *
 * @param requireTotpForAdmins administrators and moderators without a second factor are sent to
 *                             enrol one before they can open anything else (ASVS 6.3.3)
 */
@ConfigurationProperties("takatuf.security")
public record SecuritySettings(@DefaultValue("false") boolean requireTotpForAdmins) {
}
