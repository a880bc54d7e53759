-- 临床用血质控指标报告 · 临床用血质控指标: one row per indicator of 《临床用血质控指标（2019年版）》
-- for :org_code and [:period_start, :period_end), with its numerator and denominator (definitions in
-- report.yaml). 用血量 counts units of red-cell components and whole blood (RBC, WB); autologous
-- blood is not 用血量, and counts only in the autologous rate (indicator 9).
WITH tx AS (
  SELECT t.transfusion_id, t.request_id, t.record_no, t.admission_no, t.component, t.units,
         t.autologous, r.purpose, r.operation_level
  FROM blood_transfusions t
  LEFT JOIN blood_requests r ON r.org_code = t.org_code AND r.request_id = t.request_id
  WHERE t.org_code = :org_code AND t.started_at >= :period_start AND t.started_at < :period_end
),
used AS (
  SELECT * FROM tx WHERE autologous = 'NONE' AND component IN ('RBC', 'WB')
),
requests AS (
  SELECT request_id, form_ok, retyped
  FROM blood_requests
  WHERE org_code = :org_code AND requested_at >= :period_start AND requested_at < :period_end
),
transfused AS (
  SELECT * FROM requests
  WHERE request_id IN (SELECT request_id FROM blood_transfusions
                       WHERE org_code = :org_code AND request_id IS NOT NULL)
),
qc AS (
  SELECT item, internal_qc, eqa
  FROM blood_lab_qc
  WHERE org_code = :org_code AND month >= :period_start AND month < :period_end
),
ops AS (
  SELECT operation_level
  FROM medrec_operations
  WHERE org_code = :org_code AND operated_at >= :period_start AND operated_at < :period_end
),
surgical AS (
  SELECT * FROM tx
  WHERE component IN ('RBC', 'WB') AND (purpose = 'SURGERY' OR autologous <> 'NONE')
),
discharged AS (
  SELECT record_no, admission_no
  FROM medrec_front_pages
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
),
figures AS (
  SELECT 1 AS seq, '每千单位用血输血专业技术人员数' AS indicator,
         CAST((SELECT max(staff) FROM blood_staff
               WHERE org_code = :org_code AND year = year(:period_start)) AS DOUBLE) AS numerator,
         CAST((SELECT coalesce(sum(units), 0) FROM used) AS DOUBLE) AS denominator,
         1000.0 AS per, '人/千单位' AS unit
  UNION ALL
  SELECT 2, '《临床输血申请单》合格率',
         CAST((SELECT count(*) FROM requests WHERE form_ok = 'Y') AS DOUBLE),
         CAST((SELECT count(*) FROM requests) AS DOUBLE), 100.0, '%'
  UNION ALL
  SELECT 3, '受血者标本血型复查率',
         CAST((SELECT count(*) FROM transfused WHERE retyped = 'Y') AS DOUBLE),
         CAST((SELECT count(*) FROM transfused) AS DOUBLE), 100.0, '%'
  UNION ALL
  SELECT 4, '输血相容性检测项目室内质控率',
         CAST((SELECT count(*) FROM qc WHERE internal_qc = 'Y') AS DOUBLE),
         CAST((SELECT count(*) FROM qc) AS DOUBLE), 100.0, '%'
  UNION ALL
  SELECT 5, '输血相容性检测室间质评项目参加率',
         CAST((SELECT count(DISTINCT item) FROM qc WHERE eqa = 'Y') AS DOUBLE),
         CAST((SELECT count(DISTINCT item) FROM qc) AS DOUBLE), 100.0, '%'
  UNION ALL
  SELECT 6, '千输血人次输血不良反应上报例数',
         CAST((SELECT count(*) FROM blood_reactions
               WHERE org_code = :org_code AND reported = 'Y'
                 AND occurred_at >= :period_start AND occurred_at < :period_end) AS DOUBLE),
         CAST((SELECT count(*) FROM tx) AS DOUBLE), 1000.0, '例/千人次'
  UNION ALL
  SELECT 7, '一、二级手术台均用血量',
         CAST((SELECT coalesce(sum(units), 0) FROM used
               WHERE purpose = 'SURGERY' AND operation_level IN ('1', '2')) AS DOUBLE),
         CAST((SELECT count(*) FROM ops WHERE operation_level IN ('1', '2')) AS DOUBLE),
         1.0, '单位/台'
  UNION ALL
  SELECT 8, '三、四级手术台均用血量',
         CAST((SELECT coalesce(sum(units), 0) FROM used
               WHERE purpose = 'SURGERY' AND operation_level IN ('3', '4')) AS DOUBLE),
         CAST((SELECT count(*) FROM ops WHERE operation_level IN ('3', '4')) AS DOUBLE),
         1.0, '单位/台'
  UNION ALL
  SELECT 9, '手术患者自体输血率',
         CAST((SELECT coalesce(sum(units), 0) FROM surgical WHERE autologous <> 'NONE') AS DOUBLE),
         CAST((SELECT coalesce(sum(units), 0) FROM surgical) AS DOUBLE), 100.0, '%'
  UNION ALL
  SELECT 10, '出院患者人均用血量',
         CAST((SELECT coalesce(sum(t.units), 0)
               FROM blood_transfusions t
               JOIN discharged d ON d.record_no = t.record_no AND d.admission_no = t.admission_no
               WHERE t.org_code = :org_code AND t.autologous = 'NONE'
                 AND t.component IN ('RBC', 'WB')) AS DOUBLE),
         CAST((SELECT count(*) FROM discharged) AS DOUBLE), 1.0, '单位/人'
)
SELECT seq, indicator, numerator, denominator,
       CASE WHEN numerator IS NULL OR denominator IS NULL OR denominator = 0 THEN NULL
            ELSE numerator * per / denominator END AS value,
       unit
FROM figures
ORDER BY seq
