-- Every version of every service definition, as its YAML text. The files under version control
-- seed it; an administrator's edit adds the next version and never overwrites one. A case keeps
-- the version it was opened under.
CREATE TABLE service_versions
(
    code       VARCHAR(64)              NOT NULL,
    version    INT                      NOT NULL,
    definition TEXT                     NOT NULL,
    source     VARCHAR(16)              NOT NULL,
    created_by VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (code, version)
);
