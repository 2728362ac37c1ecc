package org.nafitha.operations.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import java.util.Arrays;
import org.springframework.core.env.EnumerablePropertySource;

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

    static final List<Requirement> REQUIREMENTS = List.of(
            new Requirement("spring.profiles.active", "the demo profile loads demo people, staff, offices and data",
                    env -> env.acceptsProfiles(Profiles.of("demo"))),
            new Requirement("spring.datasource.url", "H2 is for a demo on one machine; production runs PostgreSQL",
                    env -> env.getProperty("spring.datasource.url", "jdbc:h2:").toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")),
            new Requirement("nafitha.sms.smpp.host", "without an SMS centre, codes and notices go to the dev outbox",
                    env -> blank(env, "nafitha.sms.smpp.host")),
            new Requirement("spring.mail.host", "without a mail server, e-mails go to the dev outbox",
                    env -> blank(env, "spring.mail.host")),
            new Requirement("nafitha.identity.token-secret", "without it each node generates a DEMO API token key",
                    env -> blank(env, "nafitha.identity.token-secret")),
            new Requirement("nafitha.transparency.signing-key", "without it a DEMO key signs the verifiable log",
                    env -> blank(env, "nafitha.transparency.signing-key")),
            new Requirement("nafitha.documents.encryption-key", "without it a DEMO key encrypts the document store",
                    env -> blank(env, "nafitha.documents.encryption-key")),
            new Requirement("nafitha.issuance.keystore", "without it a DEMO key signs issued documents",
                    env -> blank(env, "nafitha.issuance.keystore") || blank(env, "nafitha.issuance.keystore-password")),
            new Requirement("nafitha.issuance.public-base-url", "links and QR codes must point to the ministry's https address",
                    env -> !env.getProperty("nafitha.issuance.public-base-url", "").startsWith("https://")
                            || env.getProperty("nafitha.issuance.public-base-url", "").contains("localhost")),
            new Requirement("nafitha.issuance.couriers", "a courier still signs with the published demo key",
                    env -> env instanceof ConfigurableEnvironment c && c.getPropertySources().stream()
                            .anyMatch(source -> source instanceof EnumerablePropertySource<?> e
                                    && Arrays.stream(e.getPropertyNames())
                                    .filter(name -> name.startsWith("nafitha.issuance.couriers."))
                                    .anyMatch(name -> DEMO_COURIER_KEY.equals(env.getProperty(name))))),
            new Requirement("nafitha.payments.gateway-url", "without it payments go to the gateway simulator on this node",
                    env -> blank(env, "nafitha.payments.gateway-url")),
            new Requirement("nafitha.payments.simulator", "the gateway simulator takes card numbers and confirms any payment",
                    env -> env.getProperty("nafitha.payments.simulator", Boolean.class, false)),
            new Requirement("nafitha.payments.gateway-api-key", "requests to the gateway would carry the published demo key",
                    env -> blank(env, "nafitha.payments.gateway-api-key")
                            || DEMO_GATEWAY_API_KEY.equals(env.getProperty("nafitha.payments.gateway-api-key"))),
            new Requirement("nafitha.payments.notification-key", "anyone could sign a payment notification with the published demo key",
                    env -> blank(env, "nafitha.payments.notification-key")
                            || DEMO_NOTIFICATION_KEY.equals(env.getProperty("nafitha.payments.notification-key"))),
            new Requirement("nafitha.meetings.turn-secret", "anyone could mint TURN credentials with the published development secret",
                    env -> blank(env, "nafitha.meetings.turn-secret")
                            || DEVELOPMENT_TURN_SECRET.equals(env.getProperty("nafitha.meetings.turn-secret"))),
            new Requirement("nafitha.push.vapid-private-key", "push is on without the ministry's own VAPID key pair",
                    env -> env.getProperty("nafitha.push.enabled", Boolean.class, false)
                            && (blank(env, "nafitha.push.vapid-public-key") || blank(env, "nafitha.push.vapid-private-key")
                            || DEMO_VAPID_PRIVATE_KEY.equals(env.getProperty("nafitha.push.vapid-private-key")))),
            new Requirement("nafitha.portal.design-page", "the style page with its demo data is open to everyone",
                    env -> env.getProperty("nafitha.portal.design-page", Boolean.class, false)));

    /** What keeps this configuration from production, one line per setting; empty when it is ready. */
    static List<String> unmet(Environment env) {
        return REQUIREMENTS.stream().filter(r -> r.unmet().test(env)).map(r -> r.setting() + ": " + r.why()).toList();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) return;
        var unmet = unmet(environment);
        if (!unmet.isEmpty()) throw new NotReadyForProduction(unmet);
    }

    private static boolean blank(Environment env, String key) {
        var value = env.getProperty(key);
        return value == null || value.isBlank();
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
