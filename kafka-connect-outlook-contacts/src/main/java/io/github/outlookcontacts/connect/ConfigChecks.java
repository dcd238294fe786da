package io.github.outlookcontacts.connect;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;

/**
 * What {@code validate()} adds to ConfigDef's per-key checks: the component's own checks of the connection and
 * credentials, reported on the key their message names first (else on {@code graph.base.url}), before any call to Graph.
 */
final class ConfigChecks {

    private ConfigChecks() {
    }

    /** Adds the connection problem, if any, to the key it concerns; keys that already failed are left alone. */
    static Config withConnectionCheck(Config config, Map<String, String> props,
                                      java.util.function.Function<Map<String, String>, AbstractConfig> parse) {
        if (config.configValues().stream().anyMatch(v -> !v.errorMessages().isEmpty())) {
            return config;
        }
        String problem = GraphConnectionConfig.check(parse.apply(props));
        if (problem != null) {
            ConfigValue target = find(config.configValues(), problem);
            target.addErrorMessage(problem);
        }
        return config;
    }

    /** The key the message names first. */
    private static ConfigValue find(List<ConfigValue> values, String problem) {
        String first = GraphConnectionConfig.BASE_URL;
        int at = Integer.MAX_VALUE;
        for (ConfigValue value : values) {
            int index = problem.indexOf(value.name());
            if (index >= 0 && index < at) {
                at = index;
                first = value.name();
            }
        }
        return value(values, first);
    }

    static ConfigValue value(List<ConfigValue> values, String key) {
        return values.stream().filter(v -> v.name().equals(key)).findFirst().orElseThrow();
    }
}
