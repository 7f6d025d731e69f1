package org.takatuf.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/** Plain-text parts of e-mails ({@code templates/mail/*-text.txt}) are rendered in Thymeleaf's TEXT mode. */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfiguration {

    @Bean
    SpringResourceTemplateResolver mailTextTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of("mail/*-text"));
        resolver.setOrder(0);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
