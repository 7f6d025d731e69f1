package org.takatuf.core;

/** A request that is valid but clashes with the current state (409); the message is a bundle key. */
public class ConflictException extends UserInputException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
