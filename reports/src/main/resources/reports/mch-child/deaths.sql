-- 7岁以下儿童保健和健康情况 · 5岁以下儿童死亡: the deaths of the period, in date order, with the age
-- at death (days under 28 days, else whole months under a year, else whole years) and the age
-- group the mortality rates count them in. Names are masked by the column spec (mask: name).
WITH mch_spans AS (
  SELECT 1 AS span, CAST(:period_start AS TIMESTAMP) AS span_start,
         CAST(:period_end AS TIMESTAMP) AS span_end
),
{{include mch_child_cohorts.sql}}
SELECT death_id, name,
       CASE sex WHEN 'M' THEN '男' WHEN 'F' THEN '女' ELSE '不明' END AS sex,
       birth_date, died_on,
       CASE WHEN neonatal = 1 THEN concat(CAST(age_days AS STRING), '天')
            WHEN infant = 1
              THEN concat(CAST((year(died_on) - year(birth_date)) * 12 + month(died_on)
                               - month(birth_date)
                               - CASE WHEN day(died_on) < day(birth_date) THEN 1 ELSE 0 END
                               AS STRING), '个月')
            ELSE concat(CAST(CAST(floor(((year(died_on) * 10000 + month(died_on) * 100
                                          + day(died_on))
                                         - (year(birth_date) * 10000 + month(birth_date) * 100
                                            + day(birth_date))) / 10000) AS INT) AS STRING), '岁')
       END AS age,
       CASE WHEN neonatal = 1 THEN '新生儿' WHEN infant = 1 THEN '婴儿' ELSE '1-4岁' END AS age_group,
       cause
FROM mc_deaths
ORDER BY died_on, death_id
