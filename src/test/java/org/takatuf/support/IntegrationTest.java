package org.takatuf.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of the whole application on a real PostgreSQL: the embedded server of the test
 * configuration, or the external one that {@code SPRING_DATASOURCE_URL} names (CI's second pass).
 * Use unique e-mail addresses and names ({@link TestData}) so that tests can share a database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
