-- 服务级别达成报告 · 合同与计量口径: the contract evaluated for :org_code (sla evaluate replaces
-- a contract's run row, so there is one row per contract: the latest evaluation).
SELECT r.contract_id AS contract_id,
       r.contract_version AS contract_version,
       r.contract_title AS title,
       c.vendor AS vendor,
       c.start_date AS start_date,
       c.end_date AS end_date,
       r.as_of AS as_of
FROM sla_runs r
LEFT JOIN contracts c ON c.contract_id = r.contract_id
WHERE r.org_code = :org_code
  AND r.contract_id = coalesce(:contract, r.contract_id)
ORDER BY r.contract_id
