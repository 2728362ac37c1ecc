package org.nafitha.documents.ocr;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(OcrProperties.class)
class OcrConfiguration {

    @Bean
    OcrEngine ocrEngine(OcrProperties properties) {
        return new TesseractOcr(properties);
    }

    @Bean
    PageReader pageReader(OcrEngine engine, OcrProperties properties) {
        return new PageReader(engine, properties);
    }
}
