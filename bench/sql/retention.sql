-- First-time retention, signup -> app_open, calendar weeks starting Monday (UTC), 12 columns:
-- the plain-SQL counterpart of `hitcraft-cli retention --period week --periods 12`.
-- Day 0 (1970-01-01) was a Thursday, so (day + 3) / 7 numbers Monday-based weeks.
WITH ids AS (SELECT (SELECT id FROM event_names WHERE name = 'signup') AS a,
                    (SELECT id FROM event_names WHERE name = 'app_open') AS r),
     births AS (SELECT user_id, (min(time_ms) / 86400000 + 3) / 7 AS w FROM events, ids
                  WHERE event_id = ids.a GROUP BY user_id),
     returns AS (SELECT DISTINCT b.user_id, b.w, (e.time_ms / 86400000 + 3) / 7 - b.w AS k
                   FROM births b JOIN events e ON e.user_id = b.user_id, ids
                   WHERE e.event_id = ids.r AND (e.time_ms / 86400000 + 3) / 7 - b.w BETWEEN 1 AND 11)
SELECT b.w, count(*) AS size,
       (SELECT group_concat(n, ',') FROM (SELECT count(*) AS n FROM returns r WHERE r.w = b.w GROUP BY r.k ORDER BY r.k))
FROM births b GROUP BY b.w ORDER BY b.w;
