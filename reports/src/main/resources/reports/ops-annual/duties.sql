-- 年度运维总结 · 合同义务全年履行情况: per duty of the contract, its due periods that overlap the year
-- (to :cutoff) by the SLA engine's verdict (sla_obligations), and the fulfilment: met over met and
-- missed (periods not due yet, not applicable or without data are not counted).
WITH o AS (
  SELECT contract_id, obligation_order, obligation_name, required,
         count(*) AS periods,
         sum(CASE WHEN status = 'MET' THEN 1 ELSE 0 END) AS met,
         sum(CASE WHEN status = 'MISSED' THEN 1 ELSE 0 END) AS missed,
         sum(CASE WHEN status = 'NOT_DUE' THEN 1 ELSE 0 END) AS not_due,
         sum(CASE WHEN status IN ('NOT_APPLICABLE', 'NO_DATA') THEN 1 ELSE 0 END) AS other
  FROM sla_obligations
  WHERE org_code = :org_code
    AND period_start < :cutoff AND period_end >= :period_start
  GROUP BY contract_id, obligation_order, obligation_name, required
)
SELECT obligation_name, required, periods, met, missed, not_due, other,
       CASE WHEN met + missed = 0 THEN NULL ELSE met / (met + missed) END AS fulfilment
FROM o
ORDER BY contract_id, obligation_order
