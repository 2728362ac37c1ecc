package org.nafitha.issuance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.internal.ArrangingDelivery.Choice;

/**
 * What a delivery choice must hold: a known method; for pickup one of the pickup offices; for home
 * delivery a district, an address and a map point on the globe.
 */
final class DeliveryChoiceRules {

    private DeliveryChoiceRules() {
    }

    /** Field name and message key of each thing wrong with the choice; empty when it can be arranged. */
    static List<String[]> check(Choice c, IssuanceProperties properties) {
        var errors = new ArrayList<String[]>();
        if (!"HOME".equals(c.method()) && !"PICKUP".equals(c.method())) {
            errors.add(new String[]{"method", "issuance.delivery.error.method"});
            return errors;
        }
        if ("PICKUP".equals(c.method())) {
            if (c.office() == null || !properties.pickupOffices().contains(c.office())) {
                errors.add(new String[]{"office", "issuance.delivery.error.office"});
            }
            return errors;
        }
        if (c.district() == null || c.district().isBlank() || c.district().length() > 100) {
            errors.add(new String[]{"district", "issuance.delivery.error.district"});
        }
        if (c.address() == null || c.address().isBlank() || c.address().length() > 500) {
            errors.add(new String[]{"address", "issuance.delivery.error.address"});
        }
        if (c.latitude() == null || c.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                || c.longitude() == null || c.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            errors.add(new String[]{"location", "issuance.delivery.error.location"});
        }
        return errors;
    }
}
