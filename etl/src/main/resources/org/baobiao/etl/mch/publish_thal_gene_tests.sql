-- Publishes staged rows of thal_gene_tests (地贫基因检测; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, test_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO thal_gene_tests t
USING (SELECT
         org_code, test_id, person_id, tested_on, alpha_genotype, alpha_result, beta_genotype,
         beta_result, batch_id, source_line
       FROM stg_thal_gene_tests WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.test_id = s.test_id
WHEN MATCHED THEN UPDATE SET
  person_id = s.person_id, tested_on = s.tested_on, alpha_genotype = s.alpha_genotype,
  alpha_result = s.alpha_result, beta_genotype = s.beta_genotype, beta_result = s.beta_result,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, test_id, person_id, tested_on, alpha_genotype, alpha_result, beta_genotype,
  beta_result, batch_id, source_line)
  VALUES (
  s.org_code, s.test_id, s.person_id, s.tested_on, s.alpha_genotype, s.alpha_result,
  s.beta_genotype, s.beta_result, s.batch_id, s.source_line);
