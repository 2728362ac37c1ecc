package org.nafitha.issuance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseParties;
import org.nafitha.cases.CaseReference;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.identity.Actor;
import org.nafitha.issuance.DeliveryStatus;
import org.nafitha.issuance.IssuanceProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The applicant chooses how an approved document reaches them: home delivery (district, address,
 * map point, fee) or pickup at one of the offices. One choice per case, enforced by the database.
 */
@Service
public class ArrangingDelivery {

    @Schema(name = "DeliveryChoice", example = """
            {"method": "HOME", "district": "حي الملقا", "address": "شارع أنس بن مالك، مبنى ١٤، شقة ٣، الرياض 13521",
             "latitude": 24.8121, "longitude": 46.6113}""")
    public record Choice(@Nullable String method, @Nullable String district, @Nullable String address,
                         @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String office) {
    }

    public sealed interface Outcome permits Arranged, Invalid, NotFound, Conflict {
    }

    public record Arranged(Delivery delivery, boolean created) implements Outcome {
    }

    /** Field name and message key. */
    public record Invalid(List<String[]> errors) implements Outcome {
    }

    public record NotFound() implements Outcome {
    }

    public record Conflict() implements Outcome {
    }

    private final CaseParties parties;
    private final IssuedDocuments documents;
    private final Catalogue catalogue;
    private final Deliveries deliveries;
    private final IssuanceProperties properties;
    private final Clock clock;

    ArrangingDelivery(CaseParties parties, IssuedDocuments documents, Catalogue catalogue, Deliveries deliveries,
                      IssuanceProperties properties, Clock clock) {
        this.parties = parties;
        this.documents = documents;
        this.catalogue = catalogue;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Outcome arrange(CaseReference reference, Actor actor, Choice choice, String idempotencyKey) {
        var retried = deliveries.byKey(idempotencyKey);
        if (retried.isPresent()) {
            return retried.get().reference().equals(reference) ? new Arranged(retried.get(), false) : new Conflict();
        }
        if (!parties.onApplicantSide(reference, actor)) return new NotFound();
        var document = documents.forCase(reference);
        var service = document.flatMap(d -> catalogue.find(d.serviceCode())).filter(ServiceDefinition::delivery);
        if (service.isEmpty()) return new NotFound();
        var errors = DeliveryChoiceRules.check(choice, properties);
        if (!errors.isEmpty()) return new Invalid(errors);
        var home = "HOME".equals(choice.method());
        var delivery = new Delivery(UUID.randomUUID(), reference, document.get().holderId(), service.get().department(),
                home ? Delivery.Method.HOME : Delivery.Method.PICKUP,
                home ? choice.district().strip() : null, home ? choice.address().strip() : null,
                home ? choice.latitude() : null, home ? choice.longitude() : null, home ? null : choice.office(),
                home ? properties.deliveryFee() : BigDecimal.ZERO, DeliveryStatus.PREPARED, null, null, 0, 0);
        if (!deliveries.add(delivery, idempotencyKey, clock.instant())) return new Conflict();
        return new Arranged(delivery, true);
    }
}
