package org.nafitha.operations.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.nafitha.operations.internal.ProductionReadiness.Requirement;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** Every setting production needs, each with why and how its absence (or a demo value) shows. */
final class ProductionRequirements {

    private ProductionRequirements() {
    }

    static final List<Requirement> ALL = List.of(
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
            new Requirement("nafitha.documents.store", "documents would be kept under ./data on this node's disk: use s3, "
                    + "or an absolute store-dir on storage every node mounts",
                    env -> !"s3".equals(env.getProperty("nafitha.documents.store"))
                            && !Path.of(env.getProperty("nafitha.documents.store-dir", "./data/documents")).isAbsolute()),
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
                                    .anyMatch(name -> ProductionReadiness.DEMO_COURIER_KEY.equals(env.getProperty(name))))),
            new Requirement("nafitha.payments.gateway-url", "without it payments go to the gateway simulator on this node",
                    env -> blank(env, "nafitha.payments.gateway-url")),
            new Requirement("nafitha.payments.simulator", "the gateway simulator takes card numbers and confirms any payment",
                    env -> env.getProperty("nafitha.payments.simulator", Boolean.class, false)),
            new Requirement("nafitha.payments.gateway-api-key", "requests to the gateway would carry the published demo key",
                    env -> blank(env, "nafitha.payments.gateway-api-key")
                            || ProductionReadiness.DEMO_GATEWAY_API_KEY.equals(env.getProperty("nafitha.payments.gateway-api-key"))),
            new Requirement("nafitha.payments.notification-key", "anyone could sign a payment notification with the published demo key",
                    env -> blank(env, "nafitha.payments.notification-key")
                            || ProductionReadiness.DEMO_NOTIFICATION_KEY.equals(env.getProperty("nafitha.payments.notification-key"))),
            new Requirement("nafitha.meetings.turn-secret", "anyone could mint TURN credentials with the published development secret",
                    env -> blank(env, "nafitha.meetings.turn-secret")
                            || ProductionReadiness.DEVELOPMENT_TURN_SECRET.equals(env.getProperty("nafitha.meetings.turn-secret"))),
            new Requirement("nafitha.push.vapid-private-key", "push is on without the ministry's own VAPID key pair",
                    env -> env.getProperty("nafitha.push.enabled", Boolean.class, false)
                            && (blank(env, "nafitha.push.vapid-public-key") || blank(env, "nafitha.push.vapid-private-key")
                            || ProductionReadiness.DEMO_VAPID_PRIVATE_KEY.equals(env.getProperty("nafitha.push.vapid-private-key")))),
            new Requirement("nafitha.portal.design-page", "the style page with its demo data is open to everyone",
                    env -> env.getProperty("nafitha.portal.design-page", Boolean.class, false)));

    private static boolean blank(Environment env, String key) {
        var value = env.getProperty(key);
        return value == null || value.isBlank();
    }
}
