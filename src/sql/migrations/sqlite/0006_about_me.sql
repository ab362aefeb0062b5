-- Placeholder: filled in by the issue-4 work on about_me.
SELECT 1;
