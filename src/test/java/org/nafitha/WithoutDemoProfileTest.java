package org.nafitha;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without the demo profile: no demo data loaders and no dev outbox, on the page or in the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithoutDemoProfileTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theDevOutboxAndTheDemoDataAreNotThere() {
        var api = new ApiClient(port);
        assertThat(api.get("/api/v1/dev/outbox?to=1000000008", null).status()).isEqualTo(404);
        assertThat(api.get("/dev/outbox", null).status()).isEqualTo(404);
        assertThat(context.getBeansOfType(ApplicationRunner.class).keySet())
                .noneMatch(name -> name.toLowerCase().contains("demo"));
        assertThat(api.get("/actuator/health", null).text("status")).isEqualTo("UP");
    }
}
