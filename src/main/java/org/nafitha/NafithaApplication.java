package org.nafitha;

import java.time.Clock;
import java.util.Arrays;

import org.nafitha.issuance.verifier.DocumentVerifier;
import org.nafitha.oversight.OversightSimulation;
import org.nafitha.transparency.verifier.VerifyLog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Nafitha (نافذة): one window onto a Ministry of Interior's public services.
 * A modular monolith; each top-level package below this one is a business capability.
 */
@Modulithic(systemName = "Nafitha")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NafithaApplication {

    /** The one source of "now", so that tests can move time (service-level timers, slot release). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("verify-log")) {
            // The oversight body's offline check: no database, no network, no Spring.
            VerifyLog.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("verify-document")) {
            // Anyone's offline check of an issued PDF against the ministry's certificate.
            DocumentVerifier.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("simulate-oversight")) {
            OversightSimulation.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(NafithaApplication.class, args);
    }
}
