package dev.netlint.core.model.aws;

import dev.netlint.core.model.Value;
import dev.netlint.core.source.Location;
import java.util.Map;

/**
 * A Terraform {@code helm_release}: which chart it installs and the chart values it sets, so settings of cluster
 * add-ons installed this way (the AWS Load Balancer Controller's {@code enableServiceMutatorWebhook},
 * {@code defaultTargetType}, {@code ingressClass}) are read where they were written. {@code values} holds dotted keys
 * ({@code ingressClassConfig.default}) from {@code set} blocks and from {@code values = [yamlencode({...})]}, each
 * located at its value; {@code otherValues} is true when some values come from something netlint cannot read
 * ({@code file()}, a variable), so a key missing from {@code values} is unknown rather than left at the chart's default.
 */
public record HelmRelease(String address, Value<String> chart, Value<String> version, Map<String, Value<String>> values,
                          boolean otherValues, Location location) implements TfResource {

    public HelmRelease {
        values = Map.copyOf(values);
    }

    /** A chart value: known or unknown where written; absent (at the release) when not set and nothing else may set it. */
    public Value<String> value(String key) {
        Value<String> value = values.get(key);
        if (value != null) {
            return value;
        }
        return otherValues ? Value.unknown("values of " + address + " are not all known", location)
                : Value.absent(location);
    }

    /** True when the chart is the AWS Load Balancer Controller's (by name, from any repository). */
    public boolean isLoadBalancerController() {
        String name = chart.orNull();
        return name != null && (name.equals("aws-load-balancer-controller")
                || name.endsWith("/aws-load-balancer-controller"));
    }
}
