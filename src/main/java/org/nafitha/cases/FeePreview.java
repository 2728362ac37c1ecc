package org.nafitha.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.nafitha.catalogue.LocalizedText;
import org.nafitha.catalogue.ServiceDefinition;

/**
 * What an application will cost, line by line, as the "check your answers" page shows it before
 * the person submits. The payments module provides it (it holds the fee schedule); without it the
 * page shows no fee section.
 */
public interface FeePreview {

    /** The lines the service's fee schedule gives for these answers; empty for a free service. */
    List<Line> lines(ServiceDefinition service, Map<String, String> answers);

    /** One line: its bilingual label and its amount in the country profile's currency. */
    @Schema(name = "FeeLine")
    record Line(String code, LocalizedText label, BigDecimal amount) {
    }
}
