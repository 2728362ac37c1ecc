-- Message keys start with the module that owns them (issue 28): the inbox line a person gets when the
-- contact centre answers them keeps its message key, so the lines already delivered follow the rename.
UPDATE inbox_messages SET message_key = 'contactcentre.commcentre.inbox.replied' WHERE message_key = 'commcentre.inbox.replied';
