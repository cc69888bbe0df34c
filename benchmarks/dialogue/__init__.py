"""Parts of the dialogue benchmark (benchmarks/bench_dialogue.py) that tests use too."""
