package org.takatuf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Takatuf (تكاتف): an Arabic-first community solidarity platform.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Takatuf", sharedModules = "core")
public class TakatufApplication {

    public static void main(String[] args) {
        SpringApplication.run(TakatufApplication.class, args);
    }
}
