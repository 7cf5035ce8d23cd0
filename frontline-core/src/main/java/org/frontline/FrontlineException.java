package org.frontline;

/** The project's one exception: a sentence of context (naming the file, line or field) wrapping the cause. */
public class FrontlineException extends RuntimeException {
    public FrontlineException(String message) {
        super(message);
    }

    public FrontlineException(String message, Throwable cause) {
        super(message, cause);
    }
}
