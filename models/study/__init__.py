"""Studies: one base experiment, a search space over its fields, seed repeats, an objective and a budget.

Optuna owns sampling, pruning and storage; every trial trains once per seed with ``models.training.fit`` into
an ordinary run folder. Modules: ``engine`` (run_study), ``storage`` (SQLite, shared databases, journal
files), ``trials`` (trial records), ``stats`` (seed statistics and comparisons), ``results`` (show/export),
``presets`` (ready-made studies), ``events`` (what a study tells its sink; torch-free).
"""
