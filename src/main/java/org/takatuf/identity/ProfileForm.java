package org.takatuf.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable part of a member's profile. */
public record ProfileForm(
        @NotBlank(message = "{signup.name.required}") @Size(max = 100, message = "{signup.name.too-long}") String displayName,
        @Size(max = 100, message = "{profile.city.too-long}") String city,
        @Size(max = 1000, message = "{profile.bio.too-long}") String bio,
        @Size(max = 200, message = "{profile.languages.too-long}") String languages,
        @Pattern(regexp = "ar|en", message = "{profile.locale.invalid}") String preferredLocale) {
}
