-- Thalassemia gene tests with the person's latest screening (地贫筛查与基因检测), one row per test.
WITH s AS (
  SELECT
    org_code, person_id, name, id_number, sex, phone, address, screened_on, mcv, mch, hba2,
    result,
    row_number() OVER (
      PARTITION BY org_code, person_id ORDER BY screened_on DESC, screening_id DESC) AS rn
  FROM thal_screenings
)
SELECT
  g.org_code,
  g.test_id,
  g.person_id,
  s.name,
  s.id_number,
  s.sex,
  s.phone,
  s.address,
  s.screened_on,
  s.mcv,
  s.mch,
  s.hba2,
  s.result AS screening_result,
  g.tested_on,
  g.alpha_genotype,
  g.alpha_result,
  g.beta_genotype,
  g.beta_result
FROM thal_gene_tests g
LEFT JOIN s ON s.org_code = g.org_code AND s.person_id = g.person_id AND s.rn = 1
