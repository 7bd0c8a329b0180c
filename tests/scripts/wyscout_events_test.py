#!/usr/bin/env python3
"""Tests of scripts/wyscout-events: clock syntax, the conversion to pitch metres, the command line.

Runs under CTest (tests/CMakeLists.txt). The checks against the real match file are skipped when
../shared/data is not next to the project.
"""
import contextlib
import importlib.machinery
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.environ.get("TOUCHLINE_SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TOOL = os.path.join(ROOT, "scripts", "wyscout-events")
DATA = os.path.join(ROOT, "..", "shared", "data", "wyscout", "2576295-juventus-napoli-2018-04-22.json")


def load_tool():
    loader = importlib.machinery.SourceFileLoader("wyscout_events", TOOL)
    spec = importlib.util.spec_from_loader("wyscout_events", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


tool = load_tool()


def run(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = tool.main(list(args))
    return code, out.getvalue()


class Clock(unittest.TestCase):
    def test_minutes_and_seconds(self):
        self.assertEqual(tool.parse_clock("23'"), (1, 22 * 60))
        self.assertEqual(tool.parse_clock("23"), (1, 22 * 60))
        self.assertEqual(tool.parse_clock("44:30"), (1, 44 * 60 + 30))
        self.assertEqual(tool.parse_clock("0:49"), (1, 49))
        self.assertEqual(tool.parse_clock("37:38.5"), (1, 37 * 60 + 38.5))

    def test_second_half_and_stoppage(self):
        self.assertEqual(tool.parse_clock("45:00"), (2, 0))
        self.assertEqual(tool.parse_clock("89:07"), (2, 44 * 60 + 7))
        self.assertEqual(tool.parse_clock("45+2'"), (1, 46 * 60))
        self.assertEqual(tool.parse_clock("45+1:30"), (1, 46 * 60 + 30))
        self.assertEqual(tool.parse_clock("90+1'"), (2, 45 * 60))
        self.assertEqual(tool.parse_clock("90+0:52"), (2, 45 * 60 + 52))

    def test_bad_clock(self):
        for text in ("", "abc", "0'", "12:xx"):
            with self.assertRaises(ValueError):
                tool.parse_clock(text)

    def test_clock_text(self):
        self.assertEqual(tool.clock_text(1, 57.07), "00:57.07")
        self.assertEqual(tool.clock_text(1, 2825.92), "45+2:05.92")
        self.assertEqual(tool.clock_text(2, 2647.36), "89:07.36")
        self.assertEqual(tool.clock_text(2, 2742.75), "90+0:42.75")


class Metres(unittest.TestCase):
    def test_team_attacking_right(self):
        # A corner from the team's right (y% 100) is at the near touchline for a team attacking x = 105.
        self.assertEqual(tool.to_metres(100, 100, True), (105.0, 0.0))
        self.assertEqual(tool.to_metres(50, 50, True), (52.5, 34.0))
        self.assertEqual(tool.to_metres(0, 0, True), (0.0, 68.0))

    def test_team_attacking_left_is_mirrored(self):
        self.assertEqual(tool.to_metres(100, 100, False), (0.0, 68.0))
        x, y = tool.to_metres(90, 43, False)
        self.assertAlmostEqual(x, 10.5)
        self.assertAlmostEqual(y, 29.24)


def tiny_match():
    return {
        "teams": {"1": {"team": {"name": "Home"}}, "2": {"team": {"name": "Away"}}},
        "players": {"1": [{"player": {"wyId": 10, "shortName": "A. Home"}}],
                    "2": [{"player": {"wyId": 20, "shortName": "B. Aw\\u00e9"}}]},
        "events": [
            {"eventName": "Pass", "subEventName": "Simple pass", "tags": [{"id": 1801}], "playerId": 10,
             "teamId": 1, "matchPeriod": "1H", "eventSec": 10.0, "positions": [{"x": 50, "y": 50}, {"x": 60, "y": 40}]},
            {"eventName": "Free Kick", "subEventName": "Corner", "tags": [], "playerId": 20, "teamId": 2,
             "matchPeriod": "2H", "eventSec": 100.0, "positions": [{"x": 100, "y": 100}, {"x": 90, "y": 45}]},
            {"eventName": "Shot", "subEventName": "Shot", "tags": [{"id": 101}], "playerId": 20, "teamId": 2,
             "matchPeriod": "2H", "eventSec": 102.5, "positions": [{"x": 92, "y": 47}, {"x": 100, "y": 100}]},
        ],
    }


class CommandLine(unittest.TestCase):
    def setUp(self):
        fd, self.path = tempfile.mkstemp(suffix=".json")
        with os.fdopen(fd, "w") as f:
            json.dump(tiny_match(), f)

    def tearDown(self):
        os.unlink(self.path)

    def test_window_and_ends(self):
        # Home attacks right in the first half, so Away attacks right in the second.
        code, out = run(self.path, "--from", "46:00", "--to", "47:00", "--home-attacks", "right")
        self.assertEqual(code, 0)
        self.assertIn("B. Awé", out)          # escaped accents are decoded
        self.assertIn("(105.0, 0.0)", out)    # the corner flag: a real position, not a placeholder
        self.assertIn("goal", out)
        self.assertNotIn("A. Home", out)      # outside the window
        lines = [line for line in out.splitlines() if "Shot" in line]
        self.assertEqual(len(lines), 1)
        self.assertIn("-> ?", lines[0])       # (100, 100) at a shot's end is unknown

    def test_filters(self):
        code, out = run(self.path, "--kind", "Pass")
        self.assertEqual(code, 0)
        self.assertIn("A. Home", out)
        self.assertNotIn("Corner", out)
        code, out = run(self.path, "--tag", "101")
        self.assertIn("Shot", out)
        self.assertNotIn("Corner", out)

    def test_players(self):
        code, out = run(self.path, "--players")
        self.assertEqual(code, 0)
        self.assertIn("A. Home", out)
        self.assertIn("1H   1 events", out)

    def test_errors_are_one_line_and_non_zero(self):
        result = subprocess.run([sys.executable, TOOL, self.path + ".missing"], capture_output=True, text=True)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("cannot read", result.stderr)
        result = subprocess.run([sys.executable, TOOL, self.path, "--from", "banana"], capture_output=True, text=True)
        self.assertNotEqual(result.returncode, 0)
        self.assertEqual(len(result.stderr.strip().splitlines()), 1)

    def test_help(self):
        result = subprocess.run([sys.executable, TOOL, "--help"], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0)
        self.assertIn("--home-attacks", result.stdout)


@unittest.skipUnless(os.path.exists(DATA), "the Wyscout data of the match is not in ../shared/data")
class RealMatch(unittest.TestCase):
    def test_the_winner(self):
        code, out = run(DATA, "--from", "89:00", "--to", "89:20", "--home-attacks", "right")
        self.assertEqual(code, 0)
        corner = next(line for line in out.splitlines() if "Corner" in line)
        self.assertIn("Callejón", corner)
        self.assertIn("(105.0, 0.0)", corner)
        goal = next(line for line in out.splitlines() if "Koulibaly" in line and "Shot" in line)
        self.assertIn("89:07.36", goal)
        self.assertIn("( 96.6,36.0)", goal)
        self.assertIn("goal", goal)


if __name__ == "__main__":
    program = unittest.main(exit=False)
    result = program.result
    if not result.wasSuccessful():
        sys.exit(1)
    sys.exit(0)
