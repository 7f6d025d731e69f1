package org.takatuf.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an organiser types to create or edit an organisation. */
public record OrganisationForm(
        @NotBlank(message = "{organisation.name.required}") @Size(max = 150, message = "{organisation.name.too-long}") String name,
        @NotNull(message = "{organisation.kind.required}") OrganisationKind kind,
        @Size(max = 4000, message = "{organisation.description.too-long}") String description,
        @Size(max = 100, message = "{profile.city.too-long}") String city,
        @Size(max = 300, message = "{organisation.website.invalid}") @Pattern(regexp = "^$|^https?://\\S+$", message = "{organisation.website.invalid}") String website,
        @Size(max = 254, message = "{signup.email.invalid}") @Email(message = "{signup.email.invalid}") String contactEmail) {
}
