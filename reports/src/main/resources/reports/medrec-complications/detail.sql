-- 择期手术并发症明细 · 病例明细: one row per complication of an elective-surgery stay of the period,
-- with the stay's first elective operation.
SELECT c.record_no, c.admission_no, c.discharged_at, c.discharge_dept,
       e.operation_code, e.operation_name, c.diagnosis_code, c.diagnosis_name, c.category
FROM medrec_complications c
JOIN medrec_elective_stays e
  ON e.org_code = c.org_code AND e.record_no = c.record_no AND e.admission_no = c.admission_no
WHERE c.org_code = :org_code AND c.discharged_at >= :period_start AND c.discharged_at < :period_end
ORDER BY c.discharged_at, c.record_no, c.admission_no, c.diagnosis_seq
