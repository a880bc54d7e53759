WITH {{include no_such_fragment.sql}}
SELECT 1
