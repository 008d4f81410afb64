package dev.netlint.core.engine;

/** A request that cannot be run as given (a path that does not exist): a usage error, not a finding. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
