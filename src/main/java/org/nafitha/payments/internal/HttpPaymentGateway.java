package org.nafitha.payments.internal;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.ChargeId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.nafitha.payments.Money;

/**
 * The gateway's server-to-server API over HTTP ({@link GatewayClient}): start a payment, ask about
 * one by our reference, refund, fetch a day's settlement file.
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

    private final GatewayClient gateway;

    HttpPaymentGateway(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @Override
    public Started start(Charge charge, String returnUrl, String notifyUrl) {
        var request = new StartRequest(charge.id().toString(), charge.amount().minor(),
                charge.amount().currency().getCurrencyCode(), charge.method().name(), returnUrl, notifyUrl,
                charge.expiresAt());
        try {
            var response = gateway.post("/api/payments").contentType(MediaType.APPLICATION_JSON).body(request)
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
            gateway.post("/api/refunds").contentType(MediaType.APPLICATION_JSON)
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
            return gateway.get("/api/settlements/{day}", day).exchange((request, response) -> {
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
            var response = gateway.get("/api/payments?merchantReference={ref}", charge.toString()).retrieve()
                    .body(StatusResponse.class);
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
