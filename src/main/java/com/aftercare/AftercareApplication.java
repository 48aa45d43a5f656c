package com.aftercare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The after-sales service: returns, delivery problems and warranty repairs, each decided by the
 * store's policy clauses.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AftercareApplication {

    public static void main(String[] args) {
        SpringApplication.run(AftercareApplication.class, args);
    }
}
