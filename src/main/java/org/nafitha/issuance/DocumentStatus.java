package org.nafitha.issuance;

/** Where an issued document stands: still good, withdrawn by the ministry, or replaced by a newer one. */
public enum DocumentStatus {
    VALID, REVOKED, SUPERSEDED
}
