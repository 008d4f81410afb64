package dev.netlint.core.source;

/** Anything a finding can point at. */
public interface HasLocation {
    Location location();
}
