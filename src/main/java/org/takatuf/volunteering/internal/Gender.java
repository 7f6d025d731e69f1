package org.takatuf.volunteering.internal;

/** A volunteer's gender, asked only so that women-only or men-only shifts can be offered to the right people. */
public enum Gender {
    FEMALE, MALE
}
