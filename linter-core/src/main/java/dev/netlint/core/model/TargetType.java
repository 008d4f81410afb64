package dev.netlint.core.model;

import java.util.Optional;

/**
 * How the AWS Load Balancer Controller registers a load balancer's targets (RULES.md §1.7, §1.8), spelled as its
 * target-type annotations, IngressClassParams' {@code spec.targetType}, the Helm value {@code defaultTargetType} and
 * {@code --default-target-type} spell it. Text that is neither spelling is kept as written ({@link #read}): netlint
 * treats it as known but neither instance nor ip.
 */
public enum TargetType {
    INSTANCE("instance"),
    IP("ip");

    private final String spelling;

    TargetType(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    /** The target type spelled exactly {@code text} (case matters), or empty. */
    public static Optional<TargetType> parse(String text) {
        for (TargetType type : values()) {
            if (type.spelling.equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** {@code text} as a target type, keeping the spelling for messages. */
    public static Spelled<TargetType> read(String text) {
        return new Spelled<>(parse(text), text);
    }

    /** This target type in its own spelling. */
    public Spelled<TargetType> spelled() {
        return new Spelled<>(Optional.of(this), spelling);
    }

    @Override
    public String toString() {
        return spelling;
    }
}
