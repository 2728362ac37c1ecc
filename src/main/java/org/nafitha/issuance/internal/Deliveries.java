package org.nafitha.issuance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.nafitha.cases.CaseReference;
import org.nafitha.issuance.DeliveryStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deliveries; every change is conditional on the version read, so concurrent reports cannot both win. */
@Repository
public class Deliveries {

    private static final String COLUMNS = """
            id, case_reference, recipient, department, method, district, address, latitude, longitude, office, fee,
            status, courier, handover_code_hash, wrong_codes, version""";

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the case already has a delivery or the key was used (a retried request) */
    boolean add(Delivery d, String idempotencyKey, Instant at) {
        return jdbc.sql("""
                        INSERT INTO deliveries (id, case_reference, idempotency_key, recipient, department, method, district,
                            address, latitude, longitude, office, fee, status, wrong_codes, version, created_at, updated_at)
                        VALUES (:id, :ref, :key, :recipient, :dept, :method, :district, :address, :lat, :lng, :office, :fee,
                            :status, 0, 0, :at, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", d.id()).param("ref", d.reference().value()).param("key", idempotencyKey)
                .param("recipient", d.recipient()).param("dept", d.department()).param("method", d.method().name())
                .param("district", d.district()).param("address", d.address()).param("lat", d.latitude())
                .param("lng", d.longitude()).param("office", d.office()).param("fee", d.fee())
                .param("status", d.status().name()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    public Optional<Delivery> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deliveries WHERE id = :id").param("id", id)
                .query(Deliveries::row).optional();
    }

    public Optional<Delivery> forCase(CaseReference reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deliveries WHERE case_reference = :r").param("r", reference.value())
                .query(Deliveries::row).optional();
    }

    Optional<Delivery> byKey(String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deliveries WHERE idempotency_key = :k").param("k", idempotencyKey)
                .query(Deliveries::row).optional();
    }

    /** The courier's open deliveries and those it closed since {@code since}: its day's list. */
    public List<Delivery> ofCourier(String courier, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                         FROM deliveries WHERE courier = :c
                         AND (status IN ('HANDED_TO_COURIER', 'OUT_FOR_DELIVERY', 'FAILED_ATTEMPT') OR updated_at >= :since)
                         ORDER BY updated_at""")
                .param("c", courier).param("since", Timestamp.from(since)).query(Deliveries::row).list();
    }

    boolean move(Delivery d, DeliveryStatus to, String courier, Instant at) {
        return jdbc.sql("""
                        UPDATE deliveries SET status = :to, courier = :courier, version = version + 1, updated_at = :at
                        WHERE id = :id AND version = :v""")
                .param("to", to.name()).param("courier", courier).param("at", Timestamp.from(at))
                .param("id", d.id()).param("v", d.version()).update() == 1;
    }

    /** Counted in its own statement, so a refused handover still leaves its mark. */
    void countWrongCode(UUID id) {
        jdbc.sql("UPDATE deliveries SET wrong_codes = wrong_codes + 1 WHERE id = :id").param("id", id).update();
    }

    void setCode(UUID id, @Nullable String codeHash) {
        jdbc.sql("UPDATE deliveries SET handover_code_hash = :h, wrong_codes = 0 WHERE id = :id")
                .param("h", codeHash).param("id", id).update();
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getObject(1, UUID.class), new CaseReference(rs.getString(2)), rs.getString(3),
                rs.getString(4), Delivery.Method.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), rs.getBigDecimal(11),
                DeliveryStatus.valueOf(rs.getString(12)), rs.getString(13), rs.getString(14), rs.getInt(15), rs.getInt(16));
    }
}
