-- The devices a person registered for push notifications (a browser's Web Push subscription, or
-- an app's FCM/APNs token). One row per address: the same browser registered again, or by another
-- person signing in on it, is the same row (the newest owner keeps it).
CREATE TABLE notification_devices
(
    id              UUID PRIMARY KEY,
    owner           VARCHAR(64)              NOT NULL,
    platform        VARCHAR(8)               NOT NULL,
    address         VARCHAR(1024)            NOT NULL,
    address_hash    VARCHAR(64)              NOT NULL UNIQUE,
    p256dh          VARCHAR(128),
    auth            VARCHAR(64),
    idempotency_key VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_devices_by_owner ON notification_devices (owner);

-- Push is a channel the person chooses like SMS and e-mail; on by default, since it only reaches
-- devices the person registered.
ALTER TABLE notification_preferences ADD COLUMN by_push BOOLEAN DEFAULT TRUE NOT NULL;
