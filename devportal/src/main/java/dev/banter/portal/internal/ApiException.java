package dev.banter.portal.internal;

/** A refused API call: its HTTP status and a message naming the field and the value. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: the input is wrong. */
    public static ApiException bad(String message) {
        return new ApiException(400, message);
    }

    /** 404: there is no such thing. */
    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** 409: the thing's state forbids it. */
    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    public int status() {
        return status;
    }
}
