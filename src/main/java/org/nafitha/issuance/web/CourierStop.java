package org.nafitha.issuance.web;

import org.nafitha.issuance.internal.Delivery;

/** One delivery on a courier's list of the day, as the courier API shows it: blanks rather than nulls. */
record CourierStop(String id, String reference, String method, String district, String address, Object latitude,
                   Object longitude, String status) {

    static CourierStop of(Delivery d) {
        return new CourierStop(d.id().toString(), d.reference().value(), d.method().name(),
                d.district() == null ? "" : d.district(), d.address() == null ? "" : d.address(),
                d.latitude(), d.longitude(), d.status().name());
    }
}
