"""An offline install kit for offices without a network: a folder of wheels for Windows x64
and Linux x86_64 (Python 3.11-3.13) with the project's own wheel, installed with one line:

    python -m checker.wheelhouse 安装包                 # all targets (needs the network, once)
    python -m checker.wheelhouse 安装包 --target linux --python 3.11
    pip install --no-index --find-links 安装包/wheels checker      # on the offline machine

Run it from a checkout of the project (its pyproject.toml). Steps, all through pip:
1. `pip wheel` builds the project's wheel and every dependency for this machine; a dependency
   published only as source (jieba) becomes a pure-Python wheel that installs anywhere;
2. `pip download --only-binary=:all: --platform … --python-version …` adds each target's
   binary wheels (numpy, scipy, spaCy…), finding the pure wheels of step 1 in the same folder.
   pip evaluates dependency markers for the machine it runs on, not the target, so what the
   target alone needs (colorama, for typer and tqdm on Windows) is found from the installed
   dependencies' metadata and named explicitly (`target_only`);
3. a README (安装说明.txt) with the install line is written beside the wheels.
Nothing here runs at check time; `checker` itself never touches the network."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {  # name -> pip --platform tags (newest first: pip takes any of them)
    "windows": ["win_amd64"],
    "linux": ["manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
}
PYTHONS = ["3.11", "3.12", "3.13"]
INSTALL_LINE = "pip install --no-index --find-links wheels checker"


MARKER_ENVIRONMENTS = {  # what packaging's markers see on each target
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64"},
}


def target_only(target: str, python: str, top: str = "checker") -> list[str]:
    """Requirements of the project's installed dependency tree that hold on the target but not
    here (e.g. `colorama; platform_system == "Windows"`), as requirement strings for pip."""
    from importlib import metadata

    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    here = default_environment()
    there = {**here, **MARKER_ENVIRONMENTS[target], "python_version": python, "python_full_version": f"{python}.0"}
    seen, queue, extra = set(), [top], {}
    while queue:
        name = canonicalize_name(queue.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requires:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is not None and "extra" in str(marker):
                continue  # optional extras are not installed
            if marker is None or marker.evaluate(here):
                queue.append(requirement.name)
            elif marker.evaluate(there):
                extra[canonicalize_name(requirement.name)] = f"{requirement.name}{requirement.specifier}"
    return sorted(extra.values())


def commands(out: Path, targets: list[str], pythons: list[str], root: Path = ROOT) -> list[list[str]]:
    """The pip commands that build the kit, in order (shown by --dry-run)."""
    wheels = out / "wheels"
    pip = [sys.executable, "-m", "pip"]
    steps = [[*pip, "wheel", "--wheel-dir", str(wheels), str(root)]]
    for target in targets:
        for python in pythons:
            platforms = [arg for tag in TARGETS[target] for arg in ("--platform", tag)]
            steps.append([*pip, "download", "--only-binary=:all:", *platforms, "--python-version", python,
                          "--implementation", "cp", "--find-links", str(wheels), "--dest", str(wheels), str(root),
                          *target_only(target, python)])
    return steps


def readme(targets: list[str], pythons: list[str]) -> str:
    return (
        "checker 离线安装包\n\n"
        f"适用：{'、'.join({'windows': 'Windows 64 位', 'linux': 'Linux x86_64'}[t] for t in targets)}；"
        f"Python {'、'.join(pythons)}。\n\n"
        "在没有网络的电脑上，进入本文件夹，运行：\n\n"
        f"    {INSTALL_LINE}\n\n"
        "然后就可以使用：checker check 稿件.docx\n"
        "（建议先建一个虚拟环境：python -m venv 检查工具 && 检查工具\\Scripts\\activate（Windows）"
        "或 source 检查工具/bin/activate（Linux））\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.wheelhouse", description="制作离线安装包（一个装满 wheel 的文件夹）")
    parser.add_argument("out", type=Path, help="输出文件夹")
    parser.add_argument("--target", choices=sorted(TARGETS), action="append", help="目标系统，可重复；默认 Windows 和 Linux")
    parser.add_argument("--python", choices=PYTHONS, action="append", help="目标 Python 版本，可重复；默认 3.11–3.13")
    parser.add_argument("--dry-run", action="store_true", help="只显示要运行的 pip 命令")
    args = parser.parse_args(argv)
    targets, pythons = args.target or sorted(TARGETS), args.python or PYTHONS
    if not (ROOT / "pyproject.toml").is_file():
        print(f"错误：{ROOT} 不是 checker 的源代码目录（没有 pyproject.toml）；请在项目的检出目录中运行", file=sys.stderr)
        return 2
    steps = commands(args.out, targets, pythons)
    if args.dry_run:
        for step in steps:
            print(" ".join(step))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for number, step in enumerate(steps, start=1):
        print(f"[{number}/{len(steps)}] {' '.join(step[3:6])} …", file=sys.stderr)
        done = subprocess.run(step)
        if done.returncode != 0:
            print(f"错误：第 {number} 步失败（pip 退出码 {done.returncode}）：{' '.join(step)}", file=sys.stderr)
            return 1
    (args.out / "安装说明.txt").write_text(readme(targets, pythons), encoding="utf-8")
    count = len(list((args.out / "wheels").glob("*.whl")))
    print(f"离线安装包已生成：{args.out}（{count} 个 wheel）。在目标电脑上进入该文件夹运行：{INSTALL_LINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
