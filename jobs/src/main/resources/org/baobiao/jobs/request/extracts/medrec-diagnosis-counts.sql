-- Inpatient stays with the groups the diagnosis-count extract offers, one row per stay; a person is
-- a medical record number within its hospital (病案号 is the patient's across stays).
SELECT
  f.org_code,
  f.discharged_at,
  substr(CAST(f.discharged_at AS VARCHAR), 1, 7) AS discharge_month,
  f.discharge_dept,
  f.main_diagnosis_code,
  CASE
    WHEN f.main_diagnosis_code IS NULL OR trim(f.main_diagnosis_code) = '' THEN '未填写'
    ELSE upper(substr(trim(f.main_diagnosis_code), 1, 3))
  END AS diagnosis_category,
  CASE
    WHEN f.main_diagnosis_code IS NULL OR trim(f.main_diagnosis_code) = '' THEN '未填写'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'A00' AND 'B99' THEN '01 某些传染病和寄生虫病（A00-B99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'C00' AND 'D48' THEN '02 肿瘤（C00-D48）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'D50' AND 'D89' THEN '03 血液及造血器官疾病和某些涉及免疫机制的疾患（D50-D89）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'E00' AND 'E90' THEN '04 内分泌、营养和代谢疾病（E00-E90）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'F00' AND 'F99' THEN '05 精神和行为障碍（F00-F99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'G00' AND 'G99' THEN '06 神经系统疾病（G00-G99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'H00' AND 'H59' THEN '07 眼和附器疾病（H00-H59）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'H60' AND 'H95' THEN '08 耳和乳突疾病（H60-H95）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'I00' AND 'I99' THEN '09 循环系统疾病（I00-I99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'J00' AND 'J99' THEN '10 呼吸系统疾病（J00-J99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'K00' AND 'K93' THEN '11 消化系统疾病（K00-K93）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'L00' AND 'L99' THEN '12 皮肤和皮下组织疾病（L00-L99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'M00' AND 'M99' THEN '13 肌肉骨骼系统和结缔组织疾病（M00-M99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'N00' AND 'N99' THEN '14 泌尿生殖系统疾病（N00-N99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'O00' AND 'O99' THEN '15 妊娠、分娩和产褥期（O00-O99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'P00' AND 'P96' THEN '16 起源于围生期的某些情况（P00-P96）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'Q00' AND 'Q99' THEN '17 先天性畸形、变形和染色体异常（Q00-Q99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'R00' AND 'R99' THEN '18 症状、体征和临床与实验室异常所见（R00-R99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'S00' AND 'T98' THEN '19 损伤、中毒和外因的某些其他后果（S00-T98）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'V01' AND 'Y98' THEN '20 疾病和死亡的外因（V01-Y98）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'Z00' AND 'Z99' THEN '21 影响健康状态和与保健机构接触的因素（Z00-Z99）'
    WHEN upper(substr(trim(f.main_diagnosis_code), 1, 3)) BETWEEN 'U00' AND 'U99' THEN '22 用于特殊目的的编码（U00-U99）'
    ELSE '未能归类'
  END AS diagnosis_chapter,
  f.org_code || '/' || f.record_no AS person_key
FROM medrec_front_pages f
