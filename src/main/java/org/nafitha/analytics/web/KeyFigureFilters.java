package org.nafitha.analytics.web;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.analytics.internal.KeyFigures;
import org.nafitha.cases.Channel;
import org.nafitha.catalogue.Catalogue;
import org.springframework.stereotype.Component;

/**
 * A key-figures query's filters checked against what there is: a misspelt service, channel, department
 * or office would otherwise answer with zeros, as if nothing had happened.
 */
@Component
class KeyFigureFilters {

    /** The first filter that names nothing, and what it named (the channels there are, for a channel). */
    record Unknown(AnalyticsError error, Object argument) {
    }

    private final KeyFigures figures;
    private final Catalogue catalogue;

    KeyFigureFilters(KeyFigures figures, Catalogue catalogue) {
        this.figures = figures;
        this.catalogue = catalogue;
    }

    @Nullable Unknown unknown(KeyFigures.Filter filter) {
        var serviceCode = filter.service();
        if (serviceCode != null && catalogue.find(serviceCode).isEmpty()) {
            return new Unknown(AnalyticsError.UNKNOWN_SERVICE, serviceCode);
        }
        var channelName = filter.channel();
        if (channelName != null && Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(channelName))) {
            return new Unknown(AnalyticsError.UNKNOWN_CHANNEL, Arrays.toString(Channel.values()));
        }
        var department = filter.department();
        if (department != null && catalogue.all().stream().noneMatch(s -> s.department().equals(department))) {
            return new Unknown(AnalyticsError.UNKNOWN_DEPARTMENT, department);
        }
        var officeCode = filter.office();
        if (officeCode != null && !KeyFigures.NO_OFFICE.equals(officeCode)
                && !figures.offices(Locale.ENGLISH).containsKey(officeCode)) {
            return new Unknown(AnalyticsError.UNKNOWN_OFFICE, officeCode);
        }
        return null;
    }
}
