-- DAU, WAU (7 trailing days) and MAU (30 trailing days) for every UTC day of the data,
-- as semantics.md defines them: the plain-SQL counterpart of `hitcraft-cli dau`.
WITH active AS (SELECT DISTINCT user_id, time_ms / 86400000 AS d FROM events),
     days(d) AS (SELECT min(d) FROM active UNION ALL SELECT d + 1 FROM days WHERE d < (SELECT max(d) FROM active))
SELECT days.d,
       (SELECT count(*) FROM active WHERE active.d = days.d) AS dau,
       (SELECT count(DISTINCT user_id) FROM active WHERE active.d BETWEEN days.d - 6 AND days.d) AS wau,
       (SELECT count(DISTINCT user_id) FROM active WHERE active.d BETWEEN days.d - 29 AND days.d) AS mau
FROM days;
