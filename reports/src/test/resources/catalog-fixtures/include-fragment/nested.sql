WITH {{include nesting.sql}}
SELECT 1
