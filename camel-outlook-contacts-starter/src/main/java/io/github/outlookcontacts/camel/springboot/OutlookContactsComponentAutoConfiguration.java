package io.github.outlookcontacts.camel.springboot;

import java.util.Map;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import io.github.outlookcontacts.camel.OutlookContactsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the outlook-contacts component from {@code camel.component.outlook-contacts.*}, and hands it the
 * application's {@link AccessTokenProvider} and {@link StateRepository} beans when there is exactly one of each and
 * the properties name none.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, OutlookContactsComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, OutlookContactsComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.outlook-contacts" })
public class OutlookContactsComponentAutoConfiguration {

    static final String PREFIX = "camel.component.outlook-contacts";

    @Lazy
    @Bean
    public ComponentCustomizer configureOutlookContactsComponent(ApplicationContext applicationContext,
            OutlookContactsComponentConfiguration configuration, ObjectProvider<AccessTokenProvider> tokenProviders,
            ObjectProvider<StateRepository<String, String>> stateRepositories) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelContext camelContext = target.getCamelContext();
                Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
                // Spring Boot switches of ComponentConfigurationPropertiesCommon, not component options.
                options.remove("enabled");
                options.remove("customizer");
                putIfAbsent(options, "tokenProvider", tokenProviders.getIfUnique());
                putIfAbsent(options, "stateRepository", stateRepositories.getIfUnique());
                // Fails on an option the component does not have: the properties class and the component drifted.
                CamelPropertiesHelper.setCamelProperties(camelContext, target, options, true);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        PREFIX + ".customizer") && target instanceof OutlookContactsComponent;
            }
        };
    }

    private static void putIfAbsent(Map<String, Object> options, String option, Object bean) {
        if (bean != null) {
            options.putIfAbsent(option, bean);
        }
    }
}
