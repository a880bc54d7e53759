-- 医院年度统计摘要 · the key figures of every domain, defined once and included by
-- key_figures.sql and domains.sql (an include line inside their WITH clause). For :org_code, the
-- year [:period_start, :cutoff) (to the start of the generation day while the year is not over)
-- against the same span a year earlier [:year_ago_start, :year_ago_cutoff). Each domain's figures
-- are the same definitions as its full report (named in report_id): the MCH maternal and child
-- cohorts are included from reports/_shared (a fragment includes nothing itself, so the including
-- query puts them before this one); the other domains' few lines are written here (their reports
-- keep them inside larger queries):
--   ops         tickets, faults and level-1 faults reported; SLA cycles started, met / (met +
--               breached) — as ops-annual's summary.sql
--   interfaces  exchanges sent, success and on-time rates from the daily rollups — as
--               interface-exchange's summary.sql (gap days are left to that report)
--   medrec      front pages discharged; pass and clean rates of the last `medrec qc` — as
--               medrec-qc's summary.sql
--   blood       transfusions (人次), request-form and retyping rates — blood-use's indicators 2, 3
--   thal        people screened, screen-positive rate, couples registered — thal-prevention's
--               cohorts.sql, but over the calendar year, not the statistical year
--   mch_maternal live births, early registration, postpartum visit and systematic management rates
--               (over live births), caesarean rate (over mothers), maternal deaths — mch-maternal's
--               indicators over _shared/mch_maternal_cohorts.sql (mm_*), which the including query
--               puts before this fragment with mch_spans (span 1 the year to :cutoff, span 0 the
--               year ago); the calendar year, not the statistical year
--   mch_child   newborn visit rate, under-3 systematic and under-7 health management rates, infant
--               and under-5 deaths — mch-child's indicators over _shared/mch_child_cohorts.sql
--               (mc_*), likewise by calendar year
-- hb_base has one row per figure for every domain, with present (the domain has data in the year)
-- and year_ago (it has data in the year-ago span); a rate's numerator and denominator are kept, and
-- it is rounded to 0.1 % (half up, in integer arithmetic) before its change is taken, so the change
-- in percentage points is the difference of the printed rates.
hb_ops_t AS (
  SELECT CASE WHEN t.reported_at >= :period_start AND t.reported_at < :cutoff THEN 1 ELSE 0 END
           AS cur,
         CASE WHEN t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_cutoff
              THEN 1 ELSE 0 END AS yoy,
         CASE WHEN t.category IN ('CORRECTIVE', 'INTERFACE') THEN 1 ELSE 0 END AS fault,
         CASE WHEN t.severity = 1 THEN 1 ELSE 0 END AS sev1
  FROM tickets t
  WHERE t.org_code = :org_code
    AND ((t.reported_at >= :period_start AND t.reported_at < :cutoff)
      OR (t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_cutoff))
),
hb_ops AS (
  SELECT coalesce(sum(cur), 0) AS cur, coalesce(sum(yoy), 0) AS yoy,
         coalesce(sum(cur * fault), 0) AS faults, coalesce(sum(yoy * fault), 0) AS y_faults,
         coalesce(sum(cur * sev1), 0) AS sev1, coalesce(sum(yoy * sev1), 0) AS y_sev1
  FROM hb_ops_t
),
hb_sla AS (
  SELECT coalesce(sum(CASE WHEN cycle_start >= :period_start AND verdict = 'MET' THEN 1 ELSE 0 END), 0)
           AS met,
         coalesce(sum(CASE WHEN cycle_start >= :period_start AND verdict IN ('MET', 'BREACHED')
                           THEN 1 ELSE 0 END), 0) AS judged,
         coalesce(sum(CASE WHEN cycle_start < :year_ago_cutoff AND verdict = 'MET' THEN 1 ELSE 0 END), 0)
           AS y_met,
         coalesce(sum(CASE WHEN cycle_start < :year_ago_cutoff AND verdict IN ('MET', 'BREACHED')
                           THEN 1 ELSE 0 END), 0) AS y_judged
  FROM sla_results
  WHERE org_code = :org_code
    AND ((cycle_start >= :period_start AND cycle_start < :cutoff)
      OR (cycle_start >= :year_ago_start AND cycle_start < :year_ago_cutoff))
),
hb_if AS (
  SELECT coalesce(sum(CASE WHEN x.day >= CAST(:period_start AS DATE) THEN x.exchanges ELSE 0 END), 0)
           AS ex,
         coalesce(sum(CASE WHEN x.day >= CAST(:period_start AS DATE) THEN x.succeeded ELSE 0 END), 0)
           AS ok,
         coalesce(sum(CASE WHEN x.day >= CAST(:period_start AS DATE)
                           THEN x.succeeded + x.failed ELSE 0 END), 0) AS done,
         coalesce(sum(CASE WHEN x.day < CAST(:year_ago_cutoff AS DATE) THEN x.exchanges ELSE 0 END), 0)
           AS y_ex,
         coalesce(sum(CASE WHEN x.day < CAST(:year_ago_cutoff AS DATE) THEN x.succeeded ELSE 0 END), 0)
           AS y_ok,
         coalesce(sum(CASE WHEN x.day < CAST(:year_ago_cutoff AS DATE)
                           THEN x.succeeded + x.failed ELSE 0 END), 0) AS y_done
  FROM interface_daily x
  WHERE x.org_code = :org_code
    AND ((x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:cutoff AS DATE))
      OR (x.day >= CAST(:year_ago_start AS DATE) AND x.day < CAST(:year_ago_cutoff AS DATE)))
),
hb_if_t AS (
  SELECT coalesce(sum(CASE WHEN x.day >= CAST(:period_start AS DATE) THEN x.exchanges ELSE 0 END), 0)
           AS judged,
         coalesce(sum(CASE WHEN x.day >= CAST(:period_start AS DATE)
                            AND x.delay_hours <= i.deadline_hours THEN x.exchanges ELSE 0 END), 0)
           AS on_time,
         coalesce(sum(CASE WHEN x.day < CAST(:year_ago_cutoff AS DATE) THEN x.exchanges ELSE 0 END), 0)
           AS y_judged,
         coalesce(sum(CASE WHEN x.day < CAST(:year_ago_cutoff AS DATE)
                            AND x.delay_hours <= i.deadline_hours THEN x.exchanges ELSE 0 END), 0)
           AS y_on_time
  FROM interface_delivery_daily x
  JOIN interfaces i ON i.org_code = x.org_code AND i.interface_id = x.interface_id
  WHERE x.org_code = :org_code AND i.deadline_hours IS NOT NULL
    AND ((x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:cutoff AS DATE))
      OR (x.day >= CAST(:year_ago_start AS DATE) AND x.day < CAST(:year_ago_cutoff AS DATE)))
),
hb_mr_p AS (
  SELECT coalesce(sum(CASE WHEN discharged_at >= :period_start THEN 1 ELSE 0 END), 0) AS pages,
         coalesce(sum(CASE WHEN discharged_at < :year_ago_cutoff THEN 1 ELSE 0 END), 0) AS y_pages
  FROM medrec_front_pages
  WHERE org_code = :org_code
    AND ((discharged_at >= :period_start AND discharged_at < :cutoff)
      OR (discharged_at >= :year_ago_start AND discharged_at < :year_ago_cutoff))
),
hb_mr_q AS (
  SELECT coalesce(sum(CASE WHEN discharged_at >= :period_start THEN 1 ELSE 0 END), 0) AS records,
         coalesce(sum(CASE WHEN discharged_at >= :period_start AND blocking = 0 THEN 1 ELSE 0 END), 0)
           AS passed,
         coalesce(sum(CASE WHEN discharged_at >= :period_start AND violations = 0 THEN 1 ELSE 0 END), 0)
           AS clean,
         coalesce(sum(CASE WHEN discharged_at < :year_ago_cutoff THEN 1 ELSE 0 END), 0) AS y_records,
         coalesce(sum(CASE WHEN discharged_at < :year_ago_cutoff AND blocking = 0 THEN 1 ELSE 0 END), 0)
           AS y_passed,
         coalesce(sum(CASE WHEN discharged_at < :year_ago_cutoff AND violations = 0 THEN 1 ELSE 0 END), 0)
           AS y_clean
  FROM medrec_stay_results
  WHERE org_code = :org_code
    AND ((discharged_at >= :period_start AND discharged_at < :cutoff)
      OR (discharged_at >= :year_ago_start AND discharged_at < :year_ago_cutoff))
),
hb_bl_t AS (
  SELECT coalesce(sum(CASE WHEN started_at >= :period_start THEN 1 ELSE 0 END), 0) AS tx,
         coalesce(sum(CASE WHEN started_at < :year_ago_cutoff THEN 1 ELSE 0 END), 0) AS y_tx
  FROM blood_transfusions
  WHERE org_code = :org_code
    AND ((started_at >= :period_start AND started_at < :cutoff)
      OR (started_at >= :year_ago_start AND started_at < :year_ago_cutoff))
),
hb_bl_r AS (
  SELECT CASE WHEN r.requested_at >= :period_start THEN 1 ELSE 0 END AS cur,
         CASE WHEN r.form_ok = 'Y' THEN 1 ELSE 0 END AS form_ok,
         CASE WHEN x.request_id IS NULL THEN 0 ELSE 1 END AS transfused,
         CASE WHEN x.request_id IS NOT NULL AND r.retyped = 'Y' THEN 1 ELSE 0 END AS retyped
  FROM blood_requests r
  LEFT JOIN (SELECT DISTINCT request_id FROM blood_transfusions
             WHERE org_code = :org_code AND request_id IS NOT NULL) x
    ON x.request_id = r.request_id
  WHERE r.org_code = :org_code
    AND ((r.requested_at >= :period_start AND r.requested_at < :cutoff)
      OR (r.requested_at >= :year_ago_start AND r.requested_at < :year_ago_cutoff))
),
hb_bl AS (
  SELECT t.tx, t.y_tx,
         coalesce(sum(r.cur), 0) AS requests,
         coalesce(sum(r.cur * r.form_ok), 0) AS form_ok,
         coalesce(sum(r.cur * r.transfused), 0) AS transfused,
         coalesce(sum(r.cur * r.retyped), 0) AS retyped,
         coalesce(sum(1 - r.cur), 0) AS y_requests,
         coalesce(sum((1 - r.cur) * r.form_ok), 0) AS y_form_ok,
         coalesce(sum((1 - r.cur) * r.transfused), 0) AS y_transfused,
         coalesce(sum((1 - r.cur) * r.retyped), 0) AS y_retyped
  FROM hb_bl_t t
  LEFT JOIN hb_bl_r r ON 1 = 1
  GROUP BY t.tx, t.y_tx
),
hb_th_p AS (
  SELECT person_id,
         max(CASE WHEN screened_on >= :period_start THEN 1 ELSE 0 END) AS cur,
         max(CASE WHEN screened_on < :year_ago_cutoff THEN 1 ELSE 0 END) AS yoy,
         max(CASE WHEN screened_on >= :period_start AND result = 'POSITIVE' THEN 1 ELSE 0 END) AS pos,
         max(CASE WHEN screened_on < :year_ago_cutoff AND result = 'POSITIVE' THEN 1 ELSE 0 END)
           AS y_pos
  FROM thal_screenings
  WHERE org_code = :org_code
    AND ((screened_on >= :period_start AND screened_on < :cutoff)
      OR (screened_on >= :year_ago_start AND screened_on < :year_ago_cutoff))
  GROUP BY person_id
),
hb_th_c AS (
  SELECT coalesce(sum(CASE WHEN registered_on >= :period_start THEN 1 ELSE 0 END), 0) AS couples,
         coalesce(sum(CASE WHEN registered_on < :year_ago_cutoff THEN 1 ELSE 0 END), 0) AS y_couples
  FROM thal_couples
  WHERE org_code = :org_code
    AND ((registered_on >= :period_start AND registered_on < :cutoff)
      OR (registered_on >= :year_ago_start AND registered_on < :year_ago_cutoff))
),
hb_th AS (
  SELECT coalesce(sum(p.cur), 0) AS screened, coalesce(sum(p.pos), 0) AS positive,
         coalesce(sum(p.yoy), 0) AS y_screened, coalesce(sum(p.y_pos), 0) AS y_positive,
         c.couples, c.y_couples
  FROM hb_th_c c
  LEFT JOIN hb_th_p p ON 1 = 1
  GROUP BY c.couples, c.y_couples
),
hb_mm_b AS (
  SELECT span, sum(live) AS live, count(*) AS babies FROM mm_births GROUP BY span
),
hb_mm_m AS (
  SELECT span, count(*) AS mothers, sum(early_registered) AS early, sum(visited) AS visited,
         sum(managed_systematically) AS managed, sum(caesarean) AS caesarean
  FROM mm_mothers
  GROUP BY span
),
hb_mm_d AS (
  SELECT span, count(*) AS deaths FROM mm_deaths GROUP BY span
),
hb_mm_s AS (
  SELECT s.span, coalesce(b.live, 0) AS live, coalesce(b.babies, 0) AS babies,
         coalesce(m.mothers, 0) AS mothers, coalesce(m.early, 0) AS early,
         coalesce(m.visited, 0) AS visited, coalesce(m.managed, 0) AS managed,
         coalesce(m.caesarean, 0) AS caesarean, coalesce(d.deaths, 0) AS deaths
  FROM mch_spans s
  LEFT JOIN hb_mm_b b ON b.span = s.span
  LEFT JOIN hb_mm_m m ON m.span = s.span
  LEFT JOIN hb_mm_d d ON d.span = s.span
),
hb_mm AS (
  SELECT c.live, c.mothers, c.early, c.visited, c.managed, c.caesarean, c.deaths,
         c.babies + c.deaths AS present,
         y.live AS y_live, y.mothers AS y_mothers, y.early AS y_early, y.visited AS y_visited,
         y.managed AS y_managed, y.caesarean AS y_caesarean, y.deaths AS y_deaths,
         y.babies + y.deaths AS year_ago
  FROM hb_mm_s c
  CROSS JOIN hb_mm_s y
  WHERE c.span = 1 AND y.span = 0
),
hb_mc_n AS (
  SELECT span, count(*) AS live, sum(visited) AS visited FROM mc_newborns GROUP BY span
),
hb_mc_c AS (
  SELECT span, sum(under3) AS under3, sum(managed3) AS managed3, sum(under7) AS under7,
         sum(managed7) AS managed7
  FROM mc_children
  GROUP BY span
),
hb_mc_d AS (
  SELECT span, sum(infant) AS infant, count(*) AS deaths FROM mc_deaths GROUP BY span
),
hb_mc_s AS (
  SELECT s.span, coalesce(n.live, 0) AS live, coalesce(n.visited, 0) AS visited,
         coalesce(c.under3, 0) AS under3, coalesce(c.managed3, 0) AS managed3,
         coalesce(c.under7, 0) AS under7, coalesce(c.managed7, 0) AS managed7,
         coalesce(d.infant, 0) AS infant, coalesce(d.deaths, 0) AS deaths
  FROM mch_spans s
  LEFT JOIN hb_mc_n n ON n.span = s.span
  LEFT JOIN hb_mc_c c ON c.span = s.span
  LEFT JOIN hb_mc_d d ON d.span = s.span
),
hb_mc AS (
  SELECT c.live, c.visited, c.under3, c.managed3, c.under7, c.managed7, c.infant, c.deaths,
         c.live + c.under7 + c.deaths AS present,
         y.live AS y_live, y.visited AS y_visited, y.under3 AS y_under3, y.managed3 AS y_managed3,
         y.under7 AS y_under7, y.managed7 AS y_managed7, y.infant AS y_infant,
         y.deaths AS y_deaths, y.live + y.under7 + y.deaths AS year_ago
  FROM hb_mc_s c
  CROSS JOIN hb_mc_s y
  WHERE c.span = 1 AND y.span = 0
),
hb_base AS (
  SELECT 1 AS seq, 'ops' AS domain, 'count' AS kind, '新报工单数' AS indicator, '件' AS unit,
         -1 AS polarity, o.cur AS num, CAST(NULL AS BIGINT) AS den, o.yoy AS y_num,
         CAST(NULL AS BIGINT) AS y_den, o.cur AS present, o.yoy AS year_ago
  FROM hb_ops o
  UNION ALL
  SELECT 2, 'ops', 'count', '故障数（纠错性维护、接口异常）', '件', -1, o.faults, NULL, o.y_faults, NULL,
         o.cur, o.yoy
  FROM hb_ops o
  UNION ALL
  SELECT 3, 'ops', 'count', '一级故障数', '件', -1, o.sev1, NULL, o.y_sev1, NULL, o.cur, o.yoy
  FROM hb_ops o
  UNION ALL
  SELECT 4, 'ops', 'rate', '服务级别总体达标率', '%', 1, s.met, s.judged, s.y_met, s.y_judged,
         o.cur, o.yoy
  FROM hb_ops o CROSS JOIN hb_sla s
  UNION ALL
  SELECT 11, 'interfaces', 'count', '接口交换数', '次', 0, i.ex, NULL, i.y_ex, NULL, i.ex, i.y_ex
  FROM hb_if i
  UNION ALL
  SELECT 12, 'interfaces', 'rate', '接口交换成功率', '%', 1, i.ok, i.done, i.y_ok, i.y_done, i.ex,
         i.y_ex
  FROM hb_if i
  UNION ALL
  SELECT 13, 'interfaces', 'rate', '上报及时率', '%', 1, t.on_time, t.judged, t.y_on_time,
         t.y_judged, i.ex, i.y_ex
  FROM hb_if i CROSS JOIN hb_if_t t
  UNION ALL
  SELECT 21, 'medrec', 'count', '出院病案首页数', '份', 0, p.pages, NULL, p.y_pages, NULL, p.pages,
         p.y_pages
  FROM hb_mr_p p
  UNION ALL
  SELECT 22, 'medrec', 'rate', '病案首页质控通过率', '%', 1, q.passed, q.records, q.y_passed,
         q.y_records, p.pages, p.y_pages
  FROM hb_mr_p p CROSS JOIN hb_mr_q q
  UNION ALL
  SELECT 23, 'medrec', 'rate', '病案首页完全合格率', '%', 1, q.clean, q.records, q.y_clean,
         q.y_records, p.pages, p.y_pages
  FROM hb_mr_p p CROSS JOIN hb_mr_q q
  UNION ALL
  SELECT 31, 'blood', 'count', '输血人次', '人次', 0, b.tx, NULL, b.y_tx, NULL, b.tx + b.requests,
         b.y_tx + b.y_requests
  FROM hb_bl b
  UNION ALL
  SELECT 32, 'blood', 'rate', '《临床输血申请单》合格率', '%', 1, b.form_ok, b.requests, b.y_form_ok,
         b.y_requests, b.tx + b.requests, b.y_tx + b.y_requests
  FROM hb_bl b
  UNION ALL
  SELECT 33, 'blood', 'rate', '受血者标本血型复查率', '%', 1, b.retyped, b.transfused, b.y_retyped,
         b.y_transfused, b.tx + b.requests, b.y_tx + b.y_requests
  FROM hb_bl b
  UNION ALL
  SELECT 41, 'thal', 'count', '地贫筛查人数', '人', 0, h.screened, NULL, h.y_screened, NULL,
         h.screened + h.couples, h.y_screened + h.y_couples
  FROM hb_th h
  UNION ALL
  SELECT 42, 'thal', 'rate', '地贫初筛阳性率', '%', 0, h.positive, h.screened, h.y_positive,
         h.y_screened, h.screened + h.couples, h.y_screened + h.y_couples
  FROM hb_th h
  UNION ALL
  SELECT 43, 'thal', 'count', '建档筛查夫妇对数', '对', 0, h.couples, NULL, h.y_couples, NULL,
         h.screened + h.couples, h.y_screened + h.y_couples
  FROM hb_th h
  UNION ALL
  SELECT 51, 'mch_maternal', 'count', '活产数', '人', 0, m.live, NULL, m.y_live, NULL, m.present,
         m.year_ago
  FROM hb_mm m
  UNION ALL
  SELECT 52, 'mch_maternal', 'rate', '早孕建册率', '%', 1, m.early, m.live, m.y_early, m.y_live,
         m.present, m.year_ago
  FROM hb_mm m
  UNION ALL
  SELECT 53, 'mch_maternal', 'rate', '产后访视率', '%', 1, m.visited, m.live, m.y_visited, m.y_live,
         m.present, m.year_ago
  FROM hb_mm m
  UNION ALL
  SELECT 54, 'mch_maternal', 'rate', '孕产妇系统管理率', '%', 1, m.managed, m.live, m.y_managed,
         m.y_live, m.present, m.year_ago
  FROM hb_mm m
  UNION ALL
  SELECT 55, 'mch_maternal', 'rate', '剖宫产率', '%', -1, m.caesarean, m.mothers, m.y_caesarean,
         m.y_mothers, m.present, m.year_ago
  FROM hb_mm m
  UNION ALL
  SELECT 56, 'mch_maternal', 'count', '孕产妇死亡数', '人', -1, m.deaths, NULL, m.y_deaths, NULL,
         m.present, m.year_ago
  FROM hb_mm m
  UNION ALL
  SELECT 61, 'mch_child', 'rate', '新生儿访视率', '%', 1, c.visited, c.live, c.y_visited, c.y_live,
         c.present, c.year_ago
  FROM hb_mc c
  UNION ALL
  SELECT 62, 'mch_child', 'rate', '3岁以下儿童系统管理率', '%', 1, c.managed3, c.under3,
         c.y_managed3, c.y_under3, c.present, c.year_ago
  FROM hb_mc c
  UNION ALL
  SELECT 63, 'mch_child', 'rate', '7岁以下儿童健康管理率', '%', 1, c.managed7, c.under7,
         c.y_managed7, c.y_under7, c.present, c.year_ago
  FROM hb_mc c
  UNION ALL
  SELECT 64, 'mch_child', 'count', '婴儿死亡数', '人', -1, c.infant, NULL, c.y_infant, NULL,
         c.present, c.year_ago
  FROM hb_mc c
  UNION ALL
  SELECT 65, 'mch_child', 'count', '5岁以下儿童死亡数', '人', -1, c.deaths, NULL, c.y_deaths, NULL,
         c.present, c.year_ago
  FROM hb_mc c
),
hb_domains AS (
  SELECT domain, min(seq) AS first_seq,
         max(CASE WHEN present > 0 THEN 1 ELSE 0 END) AS present,
         max(CASE WHEN year_ago > 0 THEN 1 ELSE 0 END) AS year_ago
  FROM hb_base
  GROUP BY domain
),
hb_rated AS (
  SELECT b.seq, b.domain, b.kind, b.indicator, b.unit, b.polarity, b.num, b.den, b.y_num, b.y_den,
         d.present, d.year_ago,
         CASE WHEN b.kind = 'rate' AND b.den > 0
              THEN floor((2000 * b.num + b.den) / (2 * b.den)) END AS permille,
         CASE WHEN b.kind = 'rate' AND d.year_ago = 1 AND b.y_den > 0
              THEN floor((2000 * b.y_num + b.y_den) / (2 * b.y_den)) END AS y_permille
  FROM hb_base b
  JOIN hb_domains d ON d.domain = b.domain
),
hb_moved AS (
  SELECT r.*,
         CASE WHEN r.kind = 'count' AND r.year_ago = 1 THEN r.num - r.y_num
              WHEN r.kind = 'rate' THEN r.permille - r.y_permille END AS moved
  FROM hb_rated r
),
hb_figures AS (
  SELECT m.seq, m.domain,
         CASE m.domain WHEN 'ops' THEN 'IT运维与合同' WHEN 'interfaces' THEN '接口数据交换'
              WHEN 'medrec' THEN '病案首页质控' WHEN 'blood' THEN '临床用血'
              WHEN 'mch_maternal' THEN '妇幼（孕产妇保健）' WHEN 'mch_child' THEN '妇幼（儿童保健）'
              ELSE '妇幼（地贫防控）' END AS domain_label,
         m.indicator, m.unit, m.present,
         CASE WHEN m.kind = 'count' THEN m.num END AS figure,
         CASE WHEN m.kind = 'count' AND m.year_ago = 1 THEN m.y_num END AS figure_year_ago,
         CASE WHEN m.kind = 'count' THEN m.moved END AS figure_change,
         CASE WHEN m.kind = 'count' AND m.year_ago = 1 AND m.y_num > 0
              THEN (m.num - m.y_num) / m.y_num END AS figure_rate,
         CASE WHEN m.kind = 'rate' THEN m.num END AS numerator,
         CASE WHEN m.kind = 'rate' THEN m.den END AS denominator,
         m.permille / 1000.0 AS rate,
         CASE WHEN m.kind = 'rate' AND m.year_ago = 1 THEN m.y_num END AS numerator_year_ago,
         CASE WHEN m.kind = 'rate' AND m.year_ago = 1 THEN m.y_den END AS denominator_year_ago,
         m.y_permille / 1000.0 AS rate_year_ago,
         CASE WHEN m.kind = 'rate' THEN m.moved / 1000.0 END AS rate_change,
         CASE WHEN m.moved > 0 THEN '↑' WHEN m.moved < 0 THEN '↓' WHEN m.moved = 0 THEN '→' END
           AS trend,
         CASE WHEN m.moved = 0 THEN '持平'
              WHEN m.polarity * m.moved > 0 THEN '向好'
              WHEN m.polarity * m.moved < 0 THEN '需关注' END AS assessment,
         CASE WHEN m.kind = 'rate' AND m.permille IS NULL AND m.domain = 'medrec'
              THEN '本年无质控结果（未运行 medrec qc），不计算'
              WHEN m.kind = 'rate' AND m.permille IS NULL AND m.seq = 13
              THEN '本年无设上报时限的接口交换，不计算'
              WHEN m.kind = 'rate' AND m.permille IS NULL THEN '本年分母为 0，不计算'
              WHEN m.year_ago = 0 THEN '无上年同期数据'
              WHEN m.kind = 'rate' AND m.y_permille IS NULL THEN '上年同期分母为 0'
              WHEN m.kind = 'count' AND m.y_num = 0 THEN '上年同期为 0，不计算变化率' END
           AS year_ago_note,
         CASE m.domain WHEN 'ops' THEN 'ops-annual' WHEN 'interfaces' THEN 'interface-exchange'
              WHEN 'medrec' THEN 'medrec-qc' WHEN 'blood' THEN 'blood-use'
              WHEN 'mch_maternal' THEN 'mch-maternal' WHEN 'mch_child' THEN 'mch-child'
              ELSE 'thal-prevention' END AS report_id
  FROM hb_moved m
)
