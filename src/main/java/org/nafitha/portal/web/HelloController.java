package org.nafitha.portal.web;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The machine's limit for benchmarks: the same server stack (Tomcat, Spring MVC, the security
 * chain) answering with no work at all. Only with the {@code bench} profile.
 */
@RestController
@Profile("bench")
class HelloController {

    @GetMapping("/bench/hello")
    String hello() {
        return "hello";
    }
}
