package org.takatuf.site.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Switches off the resource-URL rewriting that Thymeleaf's auto-configuration registers whenever the resource
 * chain is on (it is, for the version-less {@code /webjars/...} paths of webjars-locator-lite). We use no
 * versioned asset URLs, so the filter rewrote nothing, yet it tried every link of every page as a static file in
 * the application jar: profiling the campaign page (JFR, docs/performance.md) put 80 % of its CPU there.
 * The web jars are still served version-less by the resource handler itself.
 */
@Configuration(proxyBeanMethods = false)
class NoResourceUrlRewriting {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
