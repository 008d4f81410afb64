package dev.netlint.core.testing;

import dev.netlint.core.source.Location;
import org.assertj.core.configuration.Configuration;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * AssertJ configuration for this module's tests (registered in {@code META-INF/services}): a {@link Location} prints
 * with both ends, so a failed position assertion shows which end differs instead of two equal-looking starts.
 */
public final class LocationRepresentation extends Configuration {

    @Override
    public Representation representation() {
        return new StandardRepresentation() {
            @Override
            protected String fallbackToStringOf(Object object) {
                if (object instanceof Location l) {
                    return l.file() + ":" + l.line() + ":" + l.column() + "-" + l.endLine() + ":" + l.endColumn();
                }
                return super.fallbackToStringOf(object);
            }
        };
    }
}
