package org.frontline.app.serve;

import org.frontline.FrontlineException;

/** A request parameter the API cannot use; becomes a 400 whose JSON names {@link #parameter()}. */
public final class BadParameter extends FrontlineException {
    private final String parameter;

    public BadParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public BadParameter(String parameter, String message, Throwable cause) {
        super(message, cause);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
