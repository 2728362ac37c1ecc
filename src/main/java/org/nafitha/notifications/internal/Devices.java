package org.nafitha.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The devices people registered for push. An address (a browser's endpoint, an app's token) is
 * one device whoever registers it: registering it again is answered with the same device, and a
 * person signing in on a browser someone else registered takes it over, so pushes never reach a
 * device its owner has handed on. The address is unique by its hash in the database, so two
 * registrations racing each other still make one row.
 */
@Repository
public class Devices {

    private static final String COLUMNS = "id, owner, platform, address, p256dh, auth, created_at";

    private final JdbcClient jdbc;

    Devices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param created false when the address was registered already (and is now this owner's) */
    public record Registered(Device device, boolean created) {
    }

    /** Registers a checked {@link DeviceRules.Registration}; the same key from the same owner answers the same device. */
    public Registered register(String owner, DeviceRules.Registration r, String idempotencyKey, Instant at) {
        var byKey = jdbc.sql("SELECT " + COLUMNS + " FROM notification_devices WHERE owner = :o AND idempotency_key = :k")
                .param("o", owner).param("k", idempotencyKey).query(Devices::device).optional();
        if (byKey.isPresent()) return new Registered(byKey.get(), false);
        var address = String.valueOf(r.address());
        var hash = hash(address);
        var id = UUID.randomUUID();
        var inserted = jdbc.sql("""
                        INSERT INTO notification_devices (id, owner, platform, address, address_hash, p256dh, auth,
                                                          idempotency_key, created_at)
                        VALUES (:id, :o, :p, :a, :h, :dh, :auth, :k, :at) ON CONFLICT DO NOTHING""")
                .param("id", id).param("o", owner).param("p", r.platform()).param("a", address).param("h", hash)
                .param("dh", r.p256dh()).param("auth", r.auth()).param("k", idempotencyKey)
                .param("at", Timestamp.from(at)).update() == 1;
        if (!inserted) {
            // registered before: the browser's keys may have been renewed, and the newest owner counts
            jdbc.sql("""
                            UPDATE notification_devices SET owner = :o, platform = :p, p256dh = :dh, auth = :auth,
                                                            idempotency_key = :k
                            WHERE address_hash = :h""")
                    .param("o", owner).param("p", r.platform()).param("dh", r.p256dh()).param("auth", r.auth())
                    .param("k", idempotencyKey).param("h", hash).update();
        }
        var device = jdbc.sql("SELECT " + COLUMNS + " FROM notification_devices WHERE address_hash = :h")
                .param("h", hash).query(Devices::device).single();
        return new Registered(device, inserted);
    }

    public List<Device> of(String owner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_devices WHERE owner = :o ORDER BY created_at, id")
                .param("o", owner).query(Devices::device).list();
    }

    public Optional<Device> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_devices WHERE id = :id")
                .param("id", id).query(Devices::device).optional();
    }

    /** @return false when the owner has no such device (someone else's is not theirs to remove) */
    public boolean remove(String owner, UUID id) {
        return jdbc.sql("DELETE FROM notification_devices WHERE id = :id AND owner = :o")
                .param("id", id).param("o", owner).update() == 1;
    }

    /** The push service has forgotten the subscription (404/410): so do we. */
    void forget(UUID id) {
        jdbc.sql("DELETE FROM notification_devices WHERE id = :id").param("id", id).update();
    }

    private static Device device(ResultSet rs, int n) throws SQLException {
        return new Device(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("platform"),
                rs.getString("address"), rs.getString("p256dh"), rs.getString("auth"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static String hash(String address) {
        return DigestUtils.sha256Hex(address);
    }
}
