package org.nafitha.payments.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.ChargeId;
import org.nafitha.payments.PaymentsProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.nafitha.payments.Money;

/**
 * The gateway's server-to-server API over HTTP: start a payment, ask about one by our reference.
 * The simulator speaks the same API; a real acquirer's adapter replaces this bean.
 */
@Component
class HttpPaymentGateway implements PaymentGateway {

    record StartRequest(String merchantReference, long amountMinor, String currency, String method,
                        String returnUrl, String notifyUrl, Instant expiresAt) {
    }

    record StartResponse(String paymentId, @Nullable String redirectUrl, @Nullable String billNumber,
                         @Nullable Instant expiresAt) {
    }

    record StatusResponse(String merchantReference, String status, long amountMinor, String currency) {
    }

    private final PaymentsProperties properties;
    private final PublicAddress address;
    private final RestClient http;

    HttpPaymentGateway(PaymentsProperties properties, PublicAddress address) {
        this.properties = properties;
        this.address = address;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    @Override
    public Started start(Charge charge, String returnUrl, String notifyUrl) {
        var request = new StartRequest(charge.id().toString(), charge.amount().minor(),
                charge.amount().currency().getCurrencyCode(), charge.method().name(), returnUrl, notifyUrl,
                charge.expiresAt());
        try {
            var response = http.post().uri(address.gateway() + "/api/payments")
                    .header("X-Merchant-Id", properties.merchantId()).header("X-Api-Key", properties.gatewayApiKey())
                    .contentType(MediaType.APPLICATION_JSON).body(request)
                    .retrieve().body(StartResponse.class);
            if (response == null) throw new GatewayUnavailable("empty answer to start " + charge.id(), null);
            return new Started(response.redirectUrl(), response.billNumber(), response.expiresAt());
        } catch (RestClientException e) {
            throw new GatewayUnavailable("start " + charge.id() + ": " + e.getMessage(), e);
        }
    }

    record RefundRequest(String merchantReference, String refundId, long amountMinor, String currency) {
    }

    @Override
    public void refund(ChargeId charge, Money amount, UUID refundId) {
        try {
            http.post().uri(address.gateway() + "/api/refunds")
                    .header("X-Merchant-Id", properties.merchantId()).header("X-Api-Key", properties.gatewayApiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new RefundRequest(charge.toString(), refundId.toString(), amount.minor(),
                            amount.currency().getCurrencyCode()))
                    .retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            throw new GatewayUnavailable("refund " + refundId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T settlement(LocalDate day, Function<InputStream, T> reader) {
        try {
            return http.get().uri(address.gateway() + "/api/settlements/{day}", day)
                    .header("X-Merchant-Id", properties.merchantId()).header("X-Api-Key", properties.gatewayApiKey())
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new GatewayUnavailable("settlement " + day + ": " + response.getStatusCode(), null);
                        }
                        return reader.apply(response.getBody());
                    });
        } catch (RestClientException e) {
            throw new GatewayUnavailable("settlement " + day + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Report> query(ChargeId charge) {
        try {
            var response = http.get().uri(address.gateway() + "/api/payments?merchantReference={ref}", charge.toString())
                    .header("X-Merchant-Id", properties.merchantId()).header("X-Api-Key", properties.gatewayApiKey())
                    .retrieve().body(StatusResponse.class);
            if (response == null) return Optional.empty();
            return Optional.of(new Report(charge, Outcome.valueOf(response.status()), response.amountMinor(),
                    response.currency()));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) return Optional.empty();
            throw new GatewayUnavailable("query " + charge + ": " + e.getMessage(), e);
        } catch (RestClientException e) {
            throw new GatewayUnavailable("query " + charge + ": " + e.getMessage(), e);
        }
    }
}
