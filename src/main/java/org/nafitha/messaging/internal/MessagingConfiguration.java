package org.nafitha.messaging.internal;

import java.time.Clock;

import org.nafitha.messaging.MailGateway;
import org.nafitha.messaging.PushGateway;
import org.nafitha.messaging.PushProperties;
import org.nafitha.messaging.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Picks the channels: an SMS centre when {@code nafitha.sms.smpp.host} is set, a mail server when
 * {@code spring.mail.host} is; otherwise the dev outbox stands in for either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SmppProperties.class, PushProperties.class})
@EnableScheduling
class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    @Bean
    @ConditionalOnProperty(prefix = "nafitha.sms.smpp", name = "host")
    SmppSmsGateway smppSmsGateway(SmppProperties smpp, ApplicationEventPublisher events, Clock clock) {
        return new SmppSmsGateway(smpp, events, clock);
    }

    /**
     * The SMS centre on the status page: up while the session is bound (it re-binds every few seconds).
     * Down is {@code DEGRADED}, which keeps the node's own health up: without SMS it still serves.
     */
    @Bean
    @ConditionalOnProperty(prefix = "nafitha.sms.smpp", name = "host")
    HealthIndicator smsCentreHealthIndicator(SmppSmsGateway gateway, SmppProperties smpp) {
        return () -> (gateway.isBound() ? Health.up() : Health.status(DEGRADED).withDetail("reason", "not bound"))
                .withDetail("centre", smpp.host() + ":" + smpp.port()).build();
    }

    /** A dependency that is down while the node still serves without it (see management.endpoint.health.status). */
    static final Status DEGRADED = new Status("DEGRADED");

    @Bean
    @ConditionalOnExpression("'${nafitha.sms.smpp.host:}'.isEmpty()")
    SmsGateway devOutboxSms(DevOutbox outbox) {
        log.warn("No SMS centre configured: text messages are kept in the dev outbox only");
        return outbox::keep;
    }

    @Bean
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    MailGateway smtpMailGateway(JavaMailSenderImpl sender,
                                @Value("${nafitha.mail.from:Nafitha <no-reply@nafitha.example>}") String from) {
        return new SmtpMailGateway(sender, from);
    }

    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
    MailGateway devOutboxMail(DevOutbox outbox) {
        log.warn("No mail server configured: e-mails are kept in the dev outbox only");
        return outbox::keep;
    }

    /** Web Push when {@code nafitha.push.enabled}; otherwise it delivers to no platform. */
    @Bean
    PushGateway webPushGateway(PushProperties push) {
        return new WebPushGateway(push);
    }
}
