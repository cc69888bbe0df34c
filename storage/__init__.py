"""Storage: the tables, the async engine and sessions, the queries, the migrations.

Nothing outside this package writes SQL. Query functions take the session as a
keyword-only argument and never commit: the caller holds one transaction per turn.
"""
