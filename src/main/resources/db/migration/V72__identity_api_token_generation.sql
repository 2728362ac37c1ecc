-- API bearer tokens carry the account's token generation; signing out everywhere moves it on, so
-- every token issued before is refused at once (tokens are otherwise valid until they expire).
ALTER TABLE accounts ADD COLUMN token_generation INT DEFAULT 0 NOT NULL;
