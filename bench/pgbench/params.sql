-- The pgbench -D variables for bench/pgbench/hold.sql, read from the database marquee-server
-- created: psql -At -v perf=ID -v prefix=USER_PREFIX -f bench/pgbench/params.sql
-- perf is a reserved performance nobody bought from (marquee-loadgen --spare-performance);
-- prefix starts the user names of the load generator's customers ("seat-<run>-").
SELECT 'first_seat=' || min(seat_id) FROM performance_seats WHERE performance_id = :perf;
SELECT 'last_seat=' || max(seat_id) FROM performance_seats WHERE performance_id = :perf;
SELECT 'seat_rows=' || count(*) || ' on_sale=' || count(*) FILTER (WHERE ticket_type_id IS NOT NULL AND status = 'a' AND blocked = 0)
  FROM performance_seats WHERE performance_id = :perf;
SELECT 'first_user=' || min(id) FROM users WHERE username LIKE :'prefix' || '%';
SELECT 'users=' || count(*) FROM users WHERE username LIKE :'prefix' || '%';
SELECT 'user_span=' || (max(id) - min(id) + 1) FROM users WHERE username LIKE :'prefix' || '%';
