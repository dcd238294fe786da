package io.github.outlookcontacts.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Syncs an Outlook contact folder into a CSV change log; configured by application.yml. */
@SpringBootApplication
public class ContactsToCsvApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContactsToCsvApplication.class, args);
    }
}
