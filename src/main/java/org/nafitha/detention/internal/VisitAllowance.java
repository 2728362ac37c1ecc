package org.nafitha.detention.internal;

import java.time.YearMonth;

import org.springframework.stereotype.Component;

/** In-person visits left in a month: the detainee's quota less every visit of that month not refused. */
@Component
public class VisitAllowance {

    private final DetentionRequests requests;

    VisitAllowance(DetentionRequests requests) {
        this.requests = requests;
    }

    public int left(Detainee d, YearMonth month) {
        if (!d.visitsAllowed()) return 0;
        return Math.max(0, d.monthlyVisits() - requests.visitsIn(d.id(), month));
    }
}
