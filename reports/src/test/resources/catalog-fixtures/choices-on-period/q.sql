-- fixture query
SELECT 1
