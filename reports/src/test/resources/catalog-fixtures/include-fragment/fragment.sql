-- the fragment
f AS (SELECT 1 AS n)
