-- A refused case is appealed once: a second appeal (a double click, the applicant and their
-- representative at once) finds the first.
DROP INDEX cases_by_appeal;
CREATE UNIQUE INDEX cases_one_appeal ON cases (appeal_of);
