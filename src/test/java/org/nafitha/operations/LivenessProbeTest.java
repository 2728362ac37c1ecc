package org.nafitha.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What an orchestrator sees: liveness 503 while the node is broken, 200 again once it is not. */
@NafithaTest
class LivenessProbeTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void aBrokenNodeFailsItsLivenessProbeAndPassesItAgainWhenCorrect() {
        var api = new ApiClient(port);
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        try {
            AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
            var probe = api.get("/actuator/health/liveness", null);
            assertThat(probe.status()).isEqualTo(503);
            assertThat(probe.text("status")).isEqualTo("DOWN");
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
        assertThat(api.get("/actuator/health/liveness", null).text("status")).isEqualTo("UP");
    }
}
