-- Placeholder: filled in by the issue-4 work on care_plans.
SELECT 1;
