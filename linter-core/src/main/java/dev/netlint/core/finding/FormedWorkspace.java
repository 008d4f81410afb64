package dev.netlint.core.finding;

/**
 * A workspace netlint formed for a run without configured {@code workspaces}: its name (the folder or file it is
 * built around, as displayed) and why it holds what it holds. {@code --verbose} and the JSON summary list them.
 */
public record FormedWorkspace(String name, String why) {}
