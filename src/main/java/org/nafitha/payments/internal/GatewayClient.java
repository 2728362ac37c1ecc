package org.nafitha.payments.internal;

import java.net.http.HttpClient;
import java.time.Duration;

import org.nafitha.payments.PaymentsProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Our requests to the gateway as its merchant: at its address (read per request: the simulator's is
 * this node's own port), with our merchant ID and API key, within a connect and a read timeout.
 */
@Component
class GatewayClient {

    private final PaymentsProperties properties;
    private final PublicAddress address;
    private final RestClient http;

    GatewayClient(PaymentsProperties properties, PublicAddress address) {
        this.properties = properties;
        this.address = address;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    RestClient.RequestBodySpec post(String path) {
        return http.post().uri(address.gateway() + path)
                .header("X-Merchant-Id", properties.merchantId()).header("X-Api-Key", properties.gatewayApiKey());
    }

    RestClient.RequestHeadersSpec<?> get(String path, Object... variables) {
        return http.get().uri(address.gateway() + path, variables)
                .header("X-Merchant-Id", properties.merchantId()).header("X-Api-Key", properties.gatewayApiKey());
    }
}
