package org.takatuf.platform.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.takatuf.platform.PlatformProperties;

/**
 * With {@code takatuf.mail-catcher.enabled=true} (the embedded default and the tests) all mail goes
 * over real SMTP to a server inside the application; otherwise Spring Boot's mail sender uses
 * {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "takatuf.mail-catcher.enabled", havingValue = "true")
class MailCatcherConfiguration {

    @Bean(destroyMethod = "close")
    GreenMailCatcher mailCatcher(PlatformProperties properties) {
        return new GreenMailCatcher(properties.mailCatcher().port());
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMailCatcher catcher) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(catcher.smtpPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
