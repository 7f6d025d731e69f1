package org.takatuf.identity;

/** Where an organisation stands with the platform's verification. */
public enum VerificationStatus {
    /** Created, never asked to be verified. */
    UNVERIFIED,
    /** Documents submitted, waiting for an administrator. */
    PENDING,
    /** An administrator checked the documents: the badge is shown. */
    VERIFIED,
    /** The last request was refused, with a reason; a new request may be made. */
    REJECTED
}
