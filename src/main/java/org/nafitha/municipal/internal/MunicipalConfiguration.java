package org.nafitha.municipal.internal;

import org.nafitha.municipal.MunicipalProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(MunicipalProperties.class)
class MunicipalConfiguration {

    @Bean
    Matching beneficiaryMatching(MunicipalProperties properties) {
        return new Matching(new MatchScorer(properties.matching()));
    }
}
