{{include fragment.sql}}
