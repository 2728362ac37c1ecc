package org.nafitha.registers;

import java.math.BigDecimal;
import java.util.List;

import org.nafitha.country.NationalId;

/**
 * The traffic-violation register. The bundled adapter reads {@code traffic_violation_register};
 * a deployment connected to the national traffic system provides its own bean of this type, marked {@code @Primary}.
 */
public interface ViolationRegister {

    /** The violations recorded against a person, the newest first. */
    List<Violation> of(NationalId holder);

    /**
     * Records that a violation's fine was paid through the ministry's payment gateway. True when it
     * was unpaid until now; recording it again changes nothing.
     */
    boolean recordPaid(String violationNumber);

    /** What the person still owes. */
    default BigDecimal unpaidTotal(NationalId holder) {
        return of(holder).stream().filter(v -> !v.paid()).map(Violation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
