package dev.netlint.core.config;

import dev.netlint.core.source.Location;

/** A configuration that cannot be used; the message starts with {@code file:line:column:} (exit code 2). */
public final class ConfigException extends Exception {

    public ConfigException(Location at, String message) {
        super(at + ": " + message);
    }

    public ConfigException(String message) {
        super(message);
    }
}
