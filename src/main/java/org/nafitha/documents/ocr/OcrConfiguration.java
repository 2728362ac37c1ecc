package org.nafitha.documents.ocr;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
@EnableConfigurationProperties(OcrProperties.class)
class OcrConfiguration {

    /** The executor of the OCR listener: a platform thread per Tesseract process allowed, no more. */
    static final String LISTENERS = "ocrListeners";

    /**
     * Reading a scan takes seconds of a core: it gets its own threads, as many as the processes
     * allowed at once, so a pile of uploads never holds the listeners that notify people and issue
     * documents. What waits stays in the event publication registry.
     */
    @Bean(LISTENERS)
    ThreadPoolTaskExecutor ocrListeners(ThreadPoolTaskExecutorBuilder builder,
                                                                                OcrProperties properties) {
        return builder.threadNamePrefix("ocr-").corePoolSize(properties.parallel()).maxPoolSize(properties.parallel()).build();
    }

    @Bean
    OcrEngine ocrEngine(OcrProperties properties) {
        return new TesseractOcr(properties);
    }

    /** OCR on the status page: Tesseract answers and has every language the archive reads with. */
    @Bean
    HealthIndicator ocrHealthIndicator(OcrEngine engine) {
        return () -> engine instanceof TesseractOcr tesseract ? tesseract.health() : Health.unknown().build();
    }

    @Bean
    PageReader pageReader(OcrEngine engine, OcrProperties properties) {
        return new PageReader(engine, properties);
    }
}
