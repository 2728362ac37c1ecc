package org.nafitha.analytics.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.AnalyticsProperties;
import org.springframework.stereotype.Service;

/**
 * The figures anyone may read, without signing in: per service, volumes, time to decision,
 * satisfaction and digital take-up. A count below the threshold is never published, nor a figure
 * computed from fewer cases than it (a median of three decisions tells about three people).
 */
@Service
public class PublishedFigures {

    /**
     * One line: a null count is suppressed (fewer than the threshold, but some); a null median,
     * satisfaction or take-up rests on too few cases to publish.
     */
    @Schema(name = "PublishedFigureLine")
    public record Line(String key, @Nullable Long submitted, @Nullable Long completed,
                       @Nullable Integer medianDays, @Nullable Double satisfaction, @Nullable Double digitalTakeUp) {
    }

    private final KeyFigures figures;
    private final AnalyticsProperties properties;

    PublishedFigures(KeyFigures figures, AnalyticsProperties properties) {
        this.figures = figures;
        this.properties = properties;
    }

    public int threshold() {
        return properties.suppressBelow();
    }

    /** Every service with cases in the months, by code. */
    public List<Line> services(YearMonth from, YearMonth to) {
        var lines = new ArrayList<Line>();
        figures.byService(new KeyFigures.Filter(from.atDay(1), to.atEndOfMonth(), null, null, null))
                .forEach((service, f) -> lines.add(line(service, f)));
        return lines;
    }

    /** A service month by month, the oldest first. */
    public List<Line> months(String service, YearMonth from, YearMonth to) {
        var lines = new ArrayList<Line>();
        for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            lines.add(line(m.toString(), figures.of(new KeyFigures.Filter(m.atDay(1), m.atEndOfMonth(), service, null, null))));
        }
        return lines;
    }

    private Line line(String key, KeyFigures.Figures f) {
        int min = properties.suppressBelow();
        long decided = f.completed() + f.refused();
        return new Line(key, f.submitted() >= min || f.submitted() == 0 ? f.submitted() : null,
                f.completed() >= min || f.completed() == 0 ? f.completed() : null,
                decided >= min ? f.medianDays() : null,
                f.satisfaction().answers() >= min ? f.satisfaction().mean() : null,
                f.submitted() >= min ? f.digitalTakeUp() : null);
    }
}
