package com.aftercare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole service on its embedded PostgreSQL, driven through MockMvc. Every class with this
 * annotation shares one Spring context and so one database: tests make their own data with
 * unique keys rather than counting rows. {@link ApiTokens} gives a bearer token per role.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import(ApiTokens.class)
public @interface IntegrationTest {
}
