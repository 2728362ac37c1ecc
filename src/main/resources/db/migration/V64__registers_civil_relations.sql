-- First-degree relations the civil register holds between two people: PARENT (relative is the
-- person's parent), CHILD, SPOUSE, SIBLING. Kept in step with the national registry like the rest.
CREATE TABLE civil_relations
(
    person   VARCHAR(20) NOT NULL,
    relative VARCHAR(20) NOT NULL,
    kinship  VARCHAR(8)  NOT NULL CHECK (kinship IN ('PARENT', 'CHILD', 'SPOUSE', 'SIBLING')),
    PRIMARY KEY (person, relative)
);
CREATE INDEX civil_relations_relative ON civil_relations (relative);
