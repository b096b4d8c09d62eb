"""The offline install kit (python -m checker.wheelhouse). The quick tests check what it would
run; the slow one builds the Linux kit for this Python and installs it into a fresh virtual
environment with the network unused (pip --no-index). Run it with CHECKER_SLOW_TESTS=1."""

from __future__ import annotations

import os
import subprocess
import sys
import venv

import pytest

from checker import wheelhouse

from .conftest import ROOT


def test_the_kit_covers_windows_and_linux_for_three_pythons(tmp_path, capsys):
    assert wheelhouse.main([str(tmp_path / "kit"), "--dry-run"]) == 0
    steps = capsys.readouterr().out.splitlines()
    assert steps[0].split()[3] == "wheel"  # the project and its source-only dependencies as wheels first
    downloads = steps[1:]
    assert len(downloads) == 2 * 3
    for platform in ("win_amd64", "manylinux_2_17_x86_64"):
        assert {line.split("--python-version ")[1].split()[0] for line in downloads if platform in line} == \
            {"3.11", "3.12", "3.13"}
    assert all("--only-binary=:all:" in line for line in downloads)
    assert not (tmp_path / "kit").exists()  # a dry run writes nothing


def test_what_only_windows_needs_is_named_explicitly():
    # pip evaluates markers for the machine it runs on: colorama (typer, tqdm on Windows) would be missed
    assert any(r.startswith("colorama") for r in wheelhouse.target_only("windows", "3.12"))
    assert not any(r.startswith("colorama") for r in wheelhouse.target_only("linux", "3.12"))


def test_the_install_note_has_the_one_line_command():
    note = wheelhouse.readme(["windows"], ["3.12"])
    assert wheelhouse.INSTALL_LINE in note and "Windows 64 位" in note and "3.12" in note


@pytest.mark.skipif(not os.environ.get("CHECKER_SLOW_TESTS"), reason="slow: builds the kit (set CHECKER_SLOW_TESTS=1)")
def test_the_linux_kit_installs_offline_and_checks_a_draft(tmp_path):
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    kit = tmp_path / "安装包"
    built = subprocess.run([sys.executable, "-m", "checker.wheelhouse", str(kit), "--target", "linux", "--python", python],
                           capture_output=True, text=True, timeout=1800)
    assert built.returncode == 0, built.stderr[-2000:]
    assert wheelhouse.INSTALL_LINE in (kit / "安装说明.txt").read_text(encoding="utf-8")
    venv.create(tmp_path / "env", with_pip=True)
    bin_dir = tmp_path / "env" / ("Scripts" if os.name == "nt" else "bin")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}  # no extra indexes or links
    installed = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--no-index", "--find-links",
                                str(kit / "wheels"), "checker"], capture_output=True, text=True, env=env, timeout=1800)
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
    checked = subprocess.run([str(bin_dir / "checker"), "check", "-f", "json", str(ROOT / "examples" / "问题建议样稿.txt")],
                             capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr[-2000:]
    assert '"score"' in checked.stdout
