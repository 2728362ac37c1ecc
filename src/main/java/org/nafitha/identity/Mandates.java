package org.nafitha.identity;

import java.util.List;

/**
 * Acting for others: a parent for a minor, a sponsor (or its representative) for a sponsored
 * resident, anyone for whom a person signed a mandate. Checked at every use against the
 * database, so a revoked mandate stops working at once, also in sessions already open.
 */
public interface Mandates {

    MandateCheck check(Actor actor, String principalNationalId, String serviceCode);

    /** The people this actor may act for in this service, for the "for whom" choice. */
    List<Represented> representedBy(Actor actor, String serviceCode);

    record Represented(String nationalId, String nameAr, String nameEn, String basis) {
    }
}
