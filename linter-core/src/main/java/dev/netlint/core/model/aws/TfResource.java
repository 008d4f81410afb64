package dev.netlint.core.model.aws;

import dev.netlint.core.model.ModelElement;

/**
 * A Terraform resource of the common model. {@code address} is Terraform's own
 * ({@code aws_security_group.nodes}, {@code aws_subnet.private[0]}), which is also how findings name it.
 */
public interface TfResource extends ModelElement {

    String address();

    @Override
    default String describe() {
        return address();
    }
}
