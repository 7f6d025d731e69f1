package org.takatuf.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person types to create an account. */
public record SignUpForm(
        @NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(max = 254, message = "{signup.email.invalid}") String email,
        @NotBlank(message = "{signup.name.required}") @Size(max = 100, message = "{signup.name.too-long}") String displayName,
        @NotBlank(message = "{password.too-short}") String password) {
}
