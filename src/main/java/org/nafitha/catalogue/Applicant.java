package org.nafitha.catalogue;

/**
 * Who a service may be applied for. Whether the person applying may act for that person is the
 * mandate's business (identity); the catalogue only says which kinds of principal make sense.
 */
public enum Applicant {
    /** The signed-in person for themselves. */
    SELF,
    /** A child, by the guardian the civil register names. */
    MINOR,
    /** A resident, by the sponsor or the sponsoring company's representative. */
    SPONSORED_RESIDENT,
    /** A company's employee, by the company's representative. */
    COMPANY_EMPLOYEE
}
