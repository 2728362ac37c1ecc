INSERT INTO bench_insert (payload) VALUES ('passport-renewal submission');
