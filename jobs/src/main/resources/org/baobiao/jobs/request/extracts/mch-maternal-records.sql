-- Pregnancy registrations with each of their births (孕产妇建册与分娩记录): one row per registration
-- not delivered here, one per baby of a delivered one.
SELECT
  r.org_code,
  r.pregnancy_id,
  r.person_id,
  r.name,
  r.id_number,
  r.phone,
  r.address,
  r.last_period,
  r.registered_on,
  r.registration_week,
  b.birth_id,
  b.delivered_on,
  b.gestational_week,
  b.place,
  b.mode,
  b.outcome,
  b.baby_sex,
  b.birth_weight,
  b.birth_certificate
FROM mch_registrations r
LEFT JOIN mch_births b ON b.org_code = r.org_code AND b.pregnancy_id = r.pregnancy_id
