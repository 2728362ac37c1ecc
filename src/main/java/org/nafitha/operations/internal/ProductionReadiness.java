package org.nafitha.operations.internal;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * With the {@code prod} profile the node refuses to start while anything of the demo is left: the
 * demo data, the dev outbox standing in for SMS or e-mail, a demo key generated at start, a known
 * demo secret, H2, the payment gateway's simulator, or a public base URL that is not the ministry's own. It runs once the
 * configuration is read and before anything touches a database, and names every setting missing.
 */
public class ProductionReadiness implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "prod";
    static final String DEMO_COURIER_KEY = "demo-courier-key-not-secret";
    /** The payments module's defaults (PaymentsProperties), fit for the simulator only. */
    static final String DEMO_GATEWAY_API_KEY = "demo-gateway-api-key";
    static final String DEMO_NOTIFICATION_KEY = "demo-notification-key";
    /** application.yml's stand-in for coturn's shared secret, so a bare machine can try a video meeting. */
    static final String DEVELOPMENT_TURN_SECRET = "nafitha-development-turn-secret";
    /** application-demo.yml's VAPID private key: anyone could push in the ministry's name with it. */
    static final String DEMO_VAPID_PRIVATE_KEY = "yIpywthCid82fC9mZHfqnzQGLrT1hdjHsnW4Am4yuww";

    /** One setting production needs, and how its absence shows in the configuration. */
    record Requirement(String setting, String why, Predicate<Environment> unmet) {
    }

    /** What keeps this configuration from production, one line per setting; empty when it is ready. */
    static List<String> unmet(Environment env) {
        return ProductionRequirements.ALL.stream().filter(r -> r.unmet().test(env)).map(r -> r.setting() + ": " + r.why()).toList();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) return;
        var unmet = unmet(environment);
        if (!unmet.isEmpty()) throw new NotReadyForProduction(unmet);
    }

    /** After the configuration files and profiles are read (ConfigDataEnvironmentPostProcessor). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Thrown at start-up; the message lists every unmet setting. */
    static final class NotReadyForProduction extends IllegalStateException {

        NotReadyForProduction(List<String> unmet) {
            super("The prod profile refuses to start; set:\n  - " + String.join("\n  - ", unmet));
        }
    }
}
