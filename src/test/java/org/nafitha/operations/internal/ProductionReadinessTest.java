package org.nafitha.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nafitha.NafithaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The prod profile refuses each demo setting, one by one, and names it. */
class ProductionReadinessTest {

    /** What a ministry's node sets (values here are examples, never real secrets). */
    private static MockEnvironment ready() {
        var env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.interior.example:5432/nafitha")
                .withProperty("nafitha.sms.smpp.host", "smsc.operator.example")
                .withProperty("spring.mail.host", "smtp.interior.example")
                .withProperty("nafitha.identity.token-secret", "c2VjcmV0LWtleS1mcm9tLXRoZS12YXVsdC0zMi1ieXRlcw==")
                .withProperty("nafitha.transparency.signing-key", "MC4CAQAwBQYDK2VwBCIEIExample")
                .withProperty("nafitha.documents.encryption-key", "ZG9jdW1lbnRzLWtleS1mcm9tLXRoZS12YXVsdC0zMmI=")
                .withProperty("nafitha.documents.store", "s3")
                .withProperty("nafitha.issuance.keystore", "/run/secrets/ministry.p12")
                .withProperty("nafitha.issuance.keystore-password", "from-the-vault")
                .withProperty("nafitha.issuance.public-base-url", "https://services.interior.example")
                .withProperty("nafitha.issuance.couriers.courier1", "courier-key-from-the-vault")
                .withProperty("nafitha.payments.gateway-url", "https://gateway.bank.example/api")
                .withProperty("nafitha.payments.gateway-api-key", "gateway-key-from-the-vault")
                .withProperty("nafitha.payments.notification-key", "notification-key-from-the-vault")
                .withProperty("nafitha.meetings.turn-secret", "coturn-secret-from-the-vault");
        env.setActiveProfiles("prod");
        return env;
    }

    @Test
    void aCompleteProductionConfigurationIsReady() {
        assertThat(ProductionReadiness.unmet(ready())).isEmpty();
    }

    @Test
    void documentsOnTheNodesDiskAreReadyOnlyOnStorageNamedByAnAbsolutePath() {
        var env = ready();
        env.setProperty("nafitha.documents.store", "filesystem");
        env.setProperty("nafitha.documents.store-dir", "/srv/nafitha/documents");
        assertThat(ProductionReadiness.unmet(env)).as("a volume every node mounts").isEmpty();
    }

    static Stream<Arguments> demoSettings() {
        return Stream.of(
                refused("spring.profiles.active", env -> env.setActiveProfiles("prod", "demo")),
                refused("spring.datasource.url", env -> env.setProperty("spring.datasource.url",
                        "jdbc:h2:file:./data/nafitha;MODE=PostgreSQL")),
                refused("spring.datasource.url", env -> env.getPropertySources().forEach(s ->
                        ((MapPropertySource) s).getSource().remove("spring.datasource.url"))),
                refused("nafitha.sms.smpp.host", env -> env.setProperty("nafitha.sms.smpp.host", "")),
                refused("spring.mail.host", env -> env.setProperty("spring.mail.host", " ")),
                refused("nafitha.identity.token-secret", env -> env.setProperty("nafitha.identity.token-secret", "")),
                refused("nafitha.transparency.signing-key", env -> env.setProperty("nafitha.transparency.signing-key", "")),
                refused("nafitha.documents.encryption-key", env -> env.setProperty("nafitha.documents.encryption-key", "")),
                refused("nafitha.documents.store", env -> env.getPropertySources().forEach(s ->
                        ((MapPropertySource) s).getSource().remove("nafitha.documents.store"))),
                refused("nafitha.documents.store", env -> {
                    env.setProperty("nafitha.documents.store", "filesystem");
                    env.setProperty("nafitha.documents.store-dir", "./data/documents");
                }),
                refused("nafitha.issuance.keystore", env -> env.setProperty("nafitha.issuance.keystore", "")),
                refused("nafitha.issuance.keystore", env -> env.setProperty("nafitha.issuance.keystore-password", "")),
                refused("nafitha.issuance.public-base-url", env -> env.setProperty("nafitha.issuance.public-base-url",
                        "http://localhost:8080")),
                refused("nafitha.issuance.public-base-url", env -> env.setProperty("nafitha.issuance.public-base-url",
                        "http://services.interior.example")),
                refused("nafitha.issuance.couriers", env -> env.setProperty("nafitha.issuance.couriers.courier1",
                        ProductionReadiness.DEMO_COURIER_KEY)),
                refused("nafitha.payments.gateway-url", env -> env.setProperty("nafitha.payments.gateway-url", "")),
                refused("nafitha.payments.simulator", env -> env.setProperty("nafitha.payments.simulator", "true")),
                refused("nafitha.payments.gateway-api-key", env -> env.setProperty("nafitha.payments.gateway-api-key",
                        ProductionReadiness.DEMO_GATEWAY_API_KEY)),
                refused("nafitha.payments.notification-key", env -> env.setProperty("nafitha.payments.notification-key",
                        ProductionReadiness.DEMO_NOTIFICATION_KEY)),
                refused("nafitha.payments.notification-key", env -> env.setProperty("nafitha.payments.notification-key", "")),
                refused("nafitha.meetings.turn-secret", env -> env.setProperty("nafitha.meetings.turn-secret",
                        ProductionReadiness.DEVELOPMENT_TURN_SECRET)),
                refused("nafitha.meetings.turn-secret", env -> env.setProperty("nafitha.meetings.turn-secret", "")),
                refused("nafitha.push.vapid-private-key", env -> env.setProperty("nafitha.push.enabled", "true")),
                refused("nafitha.push.vapid-private-key", env -> {
                    env.setProperty("nafitha.push.enabled", "true");
                    env.setProperty("nafitha.push.vapid-public-key", "BNZ4oGUEhSrPZ8XQ5yEhzDtrcrXaXBpyVuBQyUjtHmwEVuRSrVdbkb1XMFsf5r5xFLklIantU-89_O96J2Hsymw");
                    env.setProperty("nafitha.push.vapid-private-key", ProductionReadiness.DEMO_VAPID_PRIVATE_KEY);
                }),
                refused("nafitha.portal.design-page", env -> env.setProperty("nafitha.portal.design-page", "true")));
    }

    private static Arguments refused(String setting, Consumer<MockEnvironment> change) {
        return Arguments.of(setting, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoSettings")
    void eachDemoSettingIsRefusedByName(String setting, Consumer<MockEnvironment> change) {
        var env = ready();
        change.accept(env);
        assertThat(ProductionReadiness.unmet(env)).singleElement().asString().startsWith(setting + ": ");
    }

    @Test
    void theApplicationRefusesToStartWithTheProdProfileAndTheDefaults() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NafithaApplication.class)
                .web(WebApplicationType.NONE).profiles("prod").run())
                .isInstanceOf(ProductionReadiness.NotReadyForProduction.class)
                .hasMessageContaining("nafitha.identity.token-secret")
                .hasMessageContaining("nafitha.issuance.public-base-url")
                .hasMessageContaining("nafitha.sms.smpp.host");
    }

    @Test
    void withoutTheProdProfileNothingIsChecked() {
        var env = new MockEnvironment();
        new ProductionReadiness().postProcessEnvironment(env, new SpringApplication());
        assertThat(ProductionReadiness.unmet(env)).isNotEmpty();
    }
}
