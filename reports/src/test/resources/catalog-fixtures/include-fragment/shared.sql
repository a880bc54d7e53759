-- uses the fragment
WITH {{ include fragment.sql }}
SELECT n FROM f
