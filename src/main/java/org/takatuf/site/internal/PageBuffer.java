package org.takatuf.site.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages are rendered whole before the first byte leaves. With the container's default buffer (8 KB in
 * Tomcat, 4 KB in MockMvc) a page whose header and navigation are longer than the buffer is committed
 * before its first form is reached; the form's CSRF token, created lazily, then needs a session that can no
 * longer be created ("Cannot create a session after the response has been committed"), and an error half
 * way through a page could not become a proper error page either. Our pages are far below this size.
 */
@Configuration(proxyBeanMethods = false)
class PageBuffer {

    static final int BYTES = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageBufferFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!response.isCommitted() && response.getBufferSize() < BYTES) {
                    response.setBufferSize(BYTES);
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
