package org.nafitha.payments;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payments: the gateway and the fee lines beyond a service's base fee.
 *
 * @param gatewayUrl         the gateway's server-to-server API; unset, the simulator on this node
 * @param merchantId         who we are to the gateway
 * @param gatewayApiKey      the key our requests to the gateway carry
 * @param notificationKey    the HMAC-SHA256 key the gateway signs its notifications with
 * @param replayWindow       how old (or early) a notification's timestamp may be
 * @param publicBaseUrl      where the gateway sends the person's browser back to, and its notifications;
 *                           unset, this node on the port it listens on
 * @param chargeLifetime     how long a started charge may wait for the person to pay by card
 * @param billLifetime       how long a bill number stays payable at a bank or an outlet
 * @param queryAfter         a charge with no notification this long after it started is asked about
 * @param fees               per service code, lines added to the base fee when their condition holds
 * @param simulator          whether this node serves the gateway simulator under {@code /simulator/gateway}
 */
@ConfigurationProperties("nafitha.payments")
public record PaymentsProperties(@Nullable URI gatewayUrl,
                                 @DefaultValue("nafitha-moi") String merchantId,
                                 @DefaultValue("demo-gateway-api-key") String gatewayApiKey,
                                 @DefaultValue("demo-notification-key") String notificationKey,
                                 @DefaultValue("5m") Duration replayWindow,
                                 @Nullable String publicBaseUrl,
                                 @DefaultValue("30m") Duration chargeLifetime,
                                 @DefaultValue("72h") Duration billLifetime,
                                 @DefaultValue("2m") Duration queryAfter,
                                 @Nullable Map<String, List<FeeRule>> fees,
                                 @DefaultValue("false") boolean simulator) {

    public List<FeeRule> feesOf(String serviceCode) {
        return fees == null ? List.of() : fees.getOrDefault(serviceCode, List.of());
    }

    /**
     * A fee line beyond the base fee, e.g. the ten-year passport's extra.
     *
     * @param when {@code field=value}: the line applies when the form's answer to {@code field} is
     *             {@code value}; always when blank
     */
    public record FeeRule(String code, String labelAr, String labelEn, BigDecimal amount, @Nullable String when) {

        public boolean appliesTo(Map<String, String> answers) {
            if (when == null || when.isBlank()) return true;
            var parts = when.split("=", 2);
            return parts.length == 2 && parts[1].strip().equals(answers.get(parts[0].strip()));
        }
    }
}
