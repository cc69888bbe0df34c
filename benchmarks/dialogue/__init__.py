"""The dialogue benchmark (`python3 tasks.py bench`, benchmarks/README.md), one concern a module:

- `config.py`: what a run is asked to do; the bots and modes;
- `fake_api.py`: the lean fake Bot API (polling and webhook);
- `driver.py`: the residents, what they write, and the driver that plays them;
- `phases.py`: the load phases (all at once, a steady rate);
- `bots.py`: the bots' processes as the benchmark sees them (CPU, memory, the machine's load);
- `child.py`: the bots themselves, each in its own interpreter, timing their garbage collections;
- `measure.py`: one bot, one run (a scratch database, the phases, the committed answers counted);
- `dashboard.py`, `seed.py`, `looplag.py`: the dashboard-heavy phase (tests use them too);
- `report.py`: medians, ratios and the Markdown tables;
- `__main__.py`: the command line (`python -m benchmarks.dialogue`, or benchmarks/bench_dialogue.py).
"""
