"""Every benchmark, one command, one summary table at the end.

    .venv/bin/python bench/run_all.py                          # full sizes
    .venv/bin/python bench/run_all.py --quick                  # small sizes, a smoke run
    .venv/bin/python bench/run_all.py --year-db /tmp/year.sqlite3   # with the manager's day
    .venv/bin/python bench/run_all.py --skip tiktok_drain --skip crash_soak

Runs, each in its own process, printing its own output as it goes:
  bench/counter.py       cold start, scan to line, saving a sale (and its sqlite3 floor),
                         finding an order among 1,000,000 sales;
  bench/tiktok_drain.py  draining 100,000 TikTok events (10,000 with --quick);
  bench/catalog.py       the 50,000-row catalog import and product search, if present;
  bench/crash_soak.py    the long kill-and-check run, if present;
  bench/printer.py       a receipt drawn as the printer's raster and sent to a printer on
                         127.0.0.1, from the sale saved to the last byte;
  bench/hub.py           four tills and a shop hub on a throwaway PostgreSQL server: online
                         lag, the catch-up of 40,000 sales after an outage, the COPY floor;
  bench/manager_day.py   the day's returns review on a year of history, only with --year-db
                         PATH naming a database that already holds that year (filling one
                         takes about 12 minutes: see the README); skipped otherwise.
Then prints the machine (cores, CPU model, Python) and one table of every figure, with
each script's own peak memory (ru_maxrss of the script's process, from wait4).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from counter import machine, machine_line  # noqa: E402

MANAGER_LINE = re.compile(r"^(?P<name>.+?)\s+best\s+(?P<best>[\d.]+) ms\s+worst\s+"
                          r"(?P<worst>[\d.]+) ms\s+\(target < (?P<target>\d+) ms: (?P<ok>[^)]*)\)"
                          r"(?:\s+tracemalloc peak (?P<peak>[\d.]+) MiB)?")


def run_script(args: list[str]) -> tuple[int, str, float, float]:
    """Runs a script, echoing its output; returns (exit code, output, seconds, maxrss MiB)."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True, bufsize=1)
    lines = []
    for line in child.stdout:
        sys.stdout.write(line)
        sys.stdout.flush()
        lines.append(line)
    child.stdout.close()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return (child.returncode, "".join(lines), time.perf_counter() - started,
            usage.ru_maxrss / 1024)


def accepts(script: Path, option: str) -> bool:
    done = subprocess.run([sys.executable, str(script), "--help"], cwd=ROOT,
                          capture_output=True, text=True)
    return option in done.stdout


def markdown_rows(text: str) -> list[tuple[str, str]]:
    """(measure, result) from the Markdown tables a script printed."""
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not (line.startswith("|") and line.endswith("|")):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) < 2 or set("".join(cells)) <= set("-: "):
            continue
        if cells[0].lower() in ("measure", "view", "figure", "what", "step", "part"):
            continue  # a header
        rows.append((cells[0], " · ".join(c for c in cells[1:] if c)))
    return rows


TIMED_LINE = re.compile(r"^(?P<measure>\S.*?)(?::\s+|\s{2,})(?P<result>(?:p50|\d).*)$")
TARGET = re.compile(r"\[target ([^\]]*)\]")


def text_rows(text: str) -> list[tuple[str, str]]:
    """(measure, result) from a script that prints lines, not a table: the lines at most
    two spaces in that carry a figure ("import of 50,000 rows: 12.3 s ...",
    "  search_products (counter)   p50 ...")."""
    rows = []
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if line.lstrip().startswith(("- ", "|")):
            continue  # a bullet of notes, or a table (read by markdown_rows)
        match = TIMED_LINE.match(line.strip())
        if indent <= 2 and match and re.search(r"\d", match["result"]):
            rows.append((match["measure"].strip(), match["result"].strip()))
    return rows


def goal_lines(text: str) -> list[str]:
    """"Goals: ..." lines, "[target < 30 ms: yes]" verdicts and pass/fail lines."""
    found = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.lower().startswith(("goals:", "goal:", "all checks passed", "failed:")):
            found.append(stripped)
        elif TARGET.search(stripped) and len(line) - len(line.lstrip()) <= 2:
            measure = re.split(r":\s|\s{2,}", stripped)[0]
            found.append(f"{measure}: {TARGET.search(stripped)[1]}")
    return found


def year_db_sales(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    except sqlite3.Error:
        return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--year-db", metavar="PATH",
                        help="a SQLite file holding a year of demo history, for manager_day.py")
    parser.add_argument("--skip", action="append", default=[], metavar="NAME",
                        help="counter, tiktok_drain, catalog, crash_soak, hub, printer or manager_day")
    args = parser.parse_args(argv)

    summary: list[tuple[str, str, str, str]] = []   # (script, measure, result, memory)
    verdicts: list[str] = []
    notes: list[str] = []
    codes: dict[str, int] = {}

    def section(name: str) -> None:
        print(f"\n===== bench/{name}.py =====", flush=True)

    # 1. the counter
    if "counter" not in args.skip:
        section("counter")
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
            figures = Path(handle.name)
        command = [str(BENCH / "counter.py"), "--json", str(figures)]
        if args.quick:
            command.append("--quick")
        code, _, seconds, rss = run_script(command)
        codes["counter"] = code
        try:
            result = json.loads(figures.read_text())
        except (OSError, ValueError):
            result = None
        figures.unlink(missing_ok=True)
        if result is None:
            notes.append(f"bench/counter.py failed (exit {code}): no figures")
        else:
            for measure, value, goal, peak, maxrss in result["rows"]:
                memory = " / ".join(p for p in (
                    f"tracemalloc {peak:.1f} MiB" if peak is not None else "",
                    f"rss {maxrss:.0f} MiB" if maxrss is not None else "") if p)
                summary.append(("counter", measure, value + (f" ({goal})" if goal else ""),
                                memory))
            verdicts.extend(f"counter: {v}" for v in result["verdicts"])

    # 2. the TikTok drain
    if "tiktok_drain" not in args.skip:
        section("tiktok_drain")
        command = [str(BENCH / "tiktok_drain.py")]
        if args.quick:
            command += ["--events", "10000", "--sample", "500"]
        code, out, seconds, rss = run_script(command)
        codes["tiktok_drain"] = code
        for measure, value in markdown_rows(out):
            summary.append(("tiktok_drain", measure, value, ""))
        summary.append(("tiktok_drain", "the script's process", f"{seconds:.0f} s wall",
                        f"rss {rss:.0f} MiB"))
        verdicts.extend(f"tiktok_drain: {g}" for g in goal_lines(out))

    # 3. scripts other helpers add: run when present
    for name in ("catalog", "crash_soak", "hub", "printer"):
        if name in args.skip:
            continue
        script = BENCH / f"{name}.py"
        if not script.exists():
            notes.append(f"bench/{name}.py: not present, skipped")
            continue
        section(name)
        command = [str(script)]
        if args.quick and accepts(script, "--quick"):
            command.append("--quick")
        code, out, seconds, rss = run_script(command)
        codes[name] = code
        rows = markdown_rows(out) + text_rows(out)
        for measure, value in rows:
            summary.append((name, measure, value, ""))
        summary.append((name, "the script's process", f"{seconds:.0f} s wall, exit {code}",
                        f"rss {rss:.0f} MiB"))
        verdicts.extend(f"{name}: {g}" for g in goal_lines(out))

    # 4. the manager's day: only on a year that is already there
    if "manager_day" not in args.skip:
        year = Path(args.year_db) if args.year_db else None
        sales = year_db_sales(year) if year and year.is_file() else 0
        if year is None:
            notes.append("bench/manager_day.py: skipped (no --year-db PATH given; see the "
                         "README to fill a year, about 12 minutes)")
        elif not sales:
            notes.append(f"bench/manager_day.py: skipped ({year} is absent or holds no sales)")
        else:
            section("manager_day")
            code, out, seconds, rss = run_script(
                [str(BENCH / "manager_day.py"), "--db", f"sqlite:///{year.resolve()}",
                 "--repeat", "10"])
            codes["manager_day"] = code
            for line in out.splitlines():
                match = MANAGER_LINE.match(line.strip())
                if match:
                    summary.append(("manager_day", match["name"],
                                    f"best {match['best']} ms, worst {match['worst']} ms "
                                    f"(< {match['target']} ms: {match['ok']})",
                                    f"tracemalloc {match['peak']} MiB" if match["peak"] else ""))
                    verdicts.append(f"manager_day: {match['name']} < {match['target']} ms: "
                                    f"{'yes' if match['ok'] == 'ok' else 'NO'}")
                elif line.startswith("history:"):
                    summary.append(("manager_day", "history", line[8:].strip(), ""))
            summary.append(("manager_day", "the script's process", f"{seconds:.0f} s wall",
                            f"rss {rss:.0f} MiB"))

    print("\n===== summary =====")
    load = os.getloadavg()
    print(machine_line(machine()) + "; SQLite files in " + tempfile.gettempdir()
          + f"; load average now {load[0]:.2f} (15 min {load[2]:.2f})")
    print()
    print("| script | measure | result | peak memory |")
    print("|---|---|---|---|")
    for script, measure, value, memory in summary:
        print(f"| {script} | {measure} | {value} | {memory} |")
    print()
    for line in verdicts:
        print(f"- {line}")
    for line in notes:
        print(f"- {line}")
    failed = {name: code for name, code in codes.items() if code}
    if failed:
        print("- exit codes not 0 (a goal missed or a failure): "
              + ", ".join(f"{n} {c}" for n, c in failed.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
