package org.takatuf.core;

/**
 * Input that a user can correct. The message is a key of the message bundles; the web layer answers
 * with a 4xx and the translated text, never a stack trace.
 */
public class UserInputException extends RuntimeException {

    private final transient Object[] arguments;

    public UserInputException(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
