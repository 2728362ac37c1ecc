\set id random(1, 100000)
SELECT payload FROM bench_select WHERE id = :id;
