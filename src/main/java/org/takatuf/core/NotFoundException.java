package org.takatuf.core;

/** The thing asked for does not exist or is not visible to the caller: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what, null, false, false);
    }
}
