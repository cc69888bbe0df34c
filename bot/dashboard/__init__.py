"""The officer dashboard: login, results, answers, tips, charts, exports, the second factor."""
