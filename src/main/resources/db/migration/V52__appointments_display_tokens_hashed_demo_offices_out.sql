-- A waiting-room display token is a credential: it is now kept only as its SHA-256 (hex), issued
-- per office by the office's head and rotated at will (DisplayTokens). The plain tokens of V40 were
-- published with the source code, so they are dropped, not hashed: every screen needs a new link.
ALTER TABLE appointment_offices ADD COLUMN display_token_hash VARCHAR(64);
ALTER TABLE appointment_offices DROP COLUMN display_token;

-- V40 inserted the demo offices into every database. Only the demo profile loads them now
-- (appointments/demo-offices.sql); here they leave every database where nobody has booked them. An
-- office that holds appointments stays, as the ministry's own: its head issues it a display token.
DELETE FROM appointment_office_hours
WHERE office_id IN ('riyadh-passports-olaya', 'dammam-passports', 'riyadh-centre-malaz', 'riyadh-women-civil',
                    'jeddah-traffic-licences', 'riyadh-hair-visits')
  AND office_id NOT IN (SELECT office_id FROM appointments);
DELETE FROM appointment_draw_entries
WHERE office_id IN ('riyadh-passports-olaya', 'dammam-passports', 'riyadh-centre-malaz', 'riyadh-women-civil',
                    'jeddah-traffic-licences', 'riyadh-hair-visits')
  AND office_id NOT IN (SELECT office_id FROM appointments);
DELETE FROM appointment_releases
WHERE office_id IN ('riyadh-passports-olaya', 'dammam-passports', 'riyadh-centre-malaz', 'riyadh-women-civil',
                    'jeddah-traffic-licences', 'riyadh-hair-visits')
  AND office_id NOT IN (SELECT office_id FROM appointments);
DELETE FROM appointment_slots
WHERE office_id IN ('riyadh-passports-olaya', 'dammam-passports', 'riyadh-centre-malaz', 'riyadh-women-civil',
                    'jeddah-traffic-licences', 'riyadh-hair-visits')
  AND office_id NOT IN (SELECT office_id FROM appointments);
DELETE FROM appointment_ticket_counters
WHERE office_id IN ('riyadh-passports-olaya', 'dammam-passports', 'riyadh-centre-malaz', 'riyadh-women-civil',
                    'jeddah-traffic-licences', 'riyadh-hair-visits')
  AND office_id NOT IN (SELECT office_id FROM appointments);
DELETE FROM appointment_offices
WHERE id IN ('riyadh-passports-olaya', 'dammam-passports', 'riyadh-centre-malaz', 'riyadh-women-civil',
             'jeddah-traffic-licences', 'riyadh-hair-visits')
  AND id NOT IN (SELECT office_id FROM appointments);
