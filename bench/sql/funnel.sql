-- The onboarding funnel signup -> create_project -> invite_teammate, 7-day window, uniques,
-- every signup may start an attempt: the plain-SQL counterpart of `hitcraft-cli funnel`.
WITH ids AS (SELECT (SELECT id FROM event_names WHERE name = 'signup') AS a,
                    (SELECT id FROM event_names WHERE name = 'create_project') AS b,
                    (SELECT id FROM event_names WHERE name = 'invite_teammate') AS c),
     s1 AS (SELECT user_id, time_ms AS t1 FROM events, ids WHERE event_id = ids.a),
     s2 AS (SELECT user_id, time_ms AS t FROM events, ids WHERE event_id = ids.b),
     s3 AS (SELECT user_id, time_ms AS t FROM events, ids WHERE event_id = ids.c),
     r2 AS (SELECT s1.user_id, s1.t1, min(s2.t) AS t2 FROM s1 JOIN s2
              ON s2.user_id = s1.user_id AND s2.t >= s1.t1 AND s2.t <= s1.t1 + 604800000 GROUP BY s1.user_id, s1.t1),
     r3 AS (SELECT DISTINCT r2.user_id FROM r2 JOIN s3
              ON s3.user_id = r2.user_id AND s3.t >= r2.t2 AND s3.t <= r2.t1 + 604800000)
SELECT (SELECT count(DISTINCT user_id) FROM s1), (SELECT count(DISTINCT user_id) FROM r2), (SELECT count(*) FROM r3);
