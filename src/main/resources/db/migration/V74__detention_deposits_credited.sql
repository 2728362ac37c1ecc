-- A deposit approved by the facility's security officer is owed by the family through the payments
-- module; it is credited to the detainee's account when the gateway confirms the payment.
ALTER TABLE detention_requests ADD COLUMN credited_at TIMESTAMP WITH TIME ZONE;
