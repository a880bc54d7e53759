bundled sql
