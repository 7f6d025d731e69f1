package org.takatuf.identity.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.LeanApiRoute;

/** The lean lane runs first of all servlet filters, and only under {@code /api/}. */
@Configuration(proxyBeanMethods = false)
class LeanApiConfiguration {

    @Bean
    FilterRegistrationBean<LeanApiFilter> leanApiFilter(ObjectProvider<LeanApiRoute> routes, ApiTokenManagement tokens,
                                                        WriteLimiter limiter, Refusals refusals, MeterRegistry meters) {
        FilterRegistrationBean<LeanApiFilter> registration = new FilterRegistrationBean<>(
                new LeanApiFilter(routes.orderedStream().toList(), tokens, limiter, refusals, meters));
        registration.setName("leanApiFilter");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
