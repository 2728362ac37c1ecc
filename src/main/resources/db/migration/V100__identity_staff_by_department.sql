-- Every submission and every case transition asks for the enabled staff of one department (the fair
-- draw's candidates). Citizens' accounts share the table and have no department, so without an index
-- that question read every account: millions of rows per request in a ministry, not tens.
CREATE INDEX accounts_by_department ON accounts (department);
