"""The `checker` command. Thin: parse arguments, call the library, render.

Exit codes: 0 ran; 1 a score is below --fail-under; 2 usage or input error.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import __version__, cliparams, clizh
from .console import readable, write_utf8
from .config import common_folder, find_config, locate_config
from .errors import CheckerError, InputError
from .expand import expand
from .registry import genres

DEFAULT_ARCHIVE = "稿件档案.sqlite"  # checker batch keeps it beside the output folder

app = typer.Typer(
    help="组工信息 / 组工网宣 稿件质量检查：找出套话、没有问题、没有研判、对策空泛、泛泛而谈、夸大和文件返销，给出深度得分和修改建议。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
clizh.install()  # usage, help headings and usage errors in Chinese
cliparams.install()  # plain values converted without pydantic (0.1 s of a cold start)
NO_COLOR = False  # set by --no-color (the NO_COLOR environment variable works too)
_INTERRUPT_TOLD = False  # the command itself said what an interruption kept (checker batch)
QUIET = False  # set by -q: no notices or progress bars, only results and errors


def _show_version(value: bool) -> None:
    if value:
        print(f"checker {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", "-V", callback=_show_version, is_eager=True, help="显示版本号并退出"),
    no_color: bool = typer.Option(False, "--no-color", help="不使用颜色（也可设环境变量 NO_COLOR）"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="安静：不显示提示和进度条，只输出结果和错误"),
) -> None:
    """组工信息 / 组工网宣 稿件质量检查。"""
    global NO_COLOR, QUIET
    NO_COLOR = no_color or bool(os.environ.get("NO_COLOR"))
    QUIET = quiet


def genre_name(value: Optional[str]) -> Optional[str]:
    """A genre by its name (problem) or by the Chinese label the reports show (问题建议)."""
    if not value:
        return None
    names = genres()
    by_label = {label: name for name, label in names.items()}
    if value in names:
        return value
    if value in by_label:
        return by_label[value]
    fail(f"未知文体“{value}”，可选：" + "、".join(f"{label}（{name}）" for name, label in names.items()))


def ignored_names(value: str) -> list[str]:
    """Rule ids and families, by name or by the Chinese label (套话空话)."""
    from .registry import families

    by_label = {label: name for name, label in families().items()}
    return [by_label.get(part.strip(), part.strip()) for part in value.replace("，", ",").split(",") if part.strip()]

EXIT_OK, EXIT_BELOW, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def _stdout() -> Console:
    return Console(file=readable(sys.stdout), highlight=False, soft_wrap=True, no_color=NO_COLOR or None)


def _stderr() -> Console:
    return Console(file=readable(sys.stderr), highlight=False, soft_wrap=True, no_color=NO_COLOR or None)


def notice(message: str, style: str | None = None) -> None:
    """A line for the user that is not a result or an error (silenced by -q)."""
    if not QUIET:
        _stderr().print(message, style=style, markup=False)


def fail(message: str) -> None:
    _stderr().print(f"错误：{message}", style="red", markup=False)
    raise typer.Exit(EXIT_ERROR)


@app.command()
def check(
    files: list[str] = typer.Argument(..., metavar="稿件", help="稿件文件（.docx / .txt / .md），可以多个；文件夹会连同子文件夹一起查找稿件，通配符（来稿/*.docx、来稿/**/*.txt）由本工具展开，Word 临时文件（~$开头）和隐藏文件跳过；“-”表示从标准输入读取"),
    format: str = typer.Option("terminal", "--format", "-f", help="输出格式：terminal、json、jsonl（每篇一行 JSON）、csv（批量汇总，可用 Excel 打开）、html（单篇网页报告，可打印）或 sarif（供代码评审工具读取）"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="把报告写入文件（而不是输出到屏幕），如 -f html -o 报告.html"),
    force: bool = typer.Option(False, "--force", help="输出文件已存在时覆盖"),
    genre: Optional[str] = typer.Option(None, "--genre", "-g", help="指定文体（英文名或中文名均可）：" + "、".join(f"{k}（{v}）" for k, v in genres().items())),
    ignore: str = typer.Option("", "--ignore", help="关闭的规则编号或规则族（英文名或中文名），逗号分隔，如 ZG101,套话空话"),
    fail_under: Optional[int] = typer.Option(None, "--fail-under", help="任一稿件深度得分低于此值时退出码为 1"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="出现该级别及以上的问题时退出码为 1：error（错误）、warning（警告）或 info（提示）"),
    model: Optional[Path] = typer.Option(None, "--model", help="采用概率模型文件（.npz，旁边须有同名 .card.json），默认使用内置模型"),
    no_model: bool = typer.Option(False, "--no-model", help="不计算采用概率"),
    details: bool = typer.Option(False, "--details", help="检查多篇稿件时，也逐篇输出完整意见（默认只输出汇总表）"),
    evidence: bool = typer.Option(False, "--evidence", help="JSON 中逐句列出判断（讲了问题、有研判、对策可行、事实具体……）及其依据的词语和位置"),
    archive: Optional[Path] = typer.Option(None, "--archive", help="稿件档案（.sqlite）：与档案中的往期稿件比对，指出大段重合的段落（抄袭、拼凑）"),
    config_file: Optional[Path] = typer.Option(None, "--config", help="使用这个配置文件（checker.toml 或含 [tool.checker] 的 pyproject.toml），不再向上查找"),
    excerpt: bool = typer.Option(False, "--excerpt", help="稿件只是片段（如只有开头几段）：后文才会写的内容缺了不扣分（问题建议、调研报告的原因和对策，述职、总结的问题和打算），报告里写明哪几项未评"),
) -> None:
    """检查稿件，给出问题所在、原因、改法和深度得分。多篇稿件时输出汇总表。

    示例：checker check 稿件.docx；checker check --format json 1.txt 2.docx；checker check -f csv 来稿/*.docx > 汇总.csv
    """
    if format not in ("terminal", "json", "jsonl", "csv", "html", "sarif"):
        fail(f"不支持的输出格式“{format}”，可选：terminal、json、jsonl、csv、html、sarif")
    if format == "html" and len(files) != 1:
        fail("HTML 报告一次只能检查一篇稿件；批量检查请用 checker batch")
    if output is not None:
        _refuse_overwrite([output], force)
    genre = genre_name(genre)
    fail_on = {"错误": "error", "警告": "warning", "提示": "info"}.get(fail_on, fail_on) if fail_on else None
    if fail_on is not None and fail_on not in SEVERITY_RANK:
        fail(f"--fail-on 的取值“{fail_on}”不对，可选：error、warning、info")
    from .pipeline import Checker
    from .report import json as json_report
    from .report import terminal

    try:
        config = find_config(common_folder(files), config_file).with_ignored(ignored_names(ignore))
        checker = Checker(config, model=_load_model(model, no_model), evidence=evidence)
        copies = _copy_index(archive) if archive is not None else None
    except CheckerError as exc:
        fail(str(exc))
    results, failed, below = [], False, False
    entries = expand(files)
    count = len(entries)
    if format == "html" and count != 1:
        fail("HTML 报告一次只能检查一篇稿件；批量检查请用 checker batch")
    for file, reason in entries:
        if reason is not None:  # a folder without drafts, a pattern matching none
            _stderr().print(f"错误：{file}：{reason}", style="red", markup=False)
            results.append(json_report.error_object(file, reason))
            failed = True
            continue
        try:
            report = checker.check_path(file, genre, excerpt)
            if copies is not None:
                from .batch.copies import add_copy_findings

                report = add_copy_findings(report, copies, checker)
        except InputError as exc:
            _stderr().print(f"错误：{exc}", style="red", markup=False)
            results.append(json_report.error_object(file, str(exc)))
            failed = True
            continue
        except CheckerError as exc:  # the archive failed mid-way
            fail(str(exc))
        results.append(report)
        below = below or (fail_under is not None and report.score < fail_under) or \
            (fail_on is not None and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in report.findings))
    rendered = None
    if format == "json":  # a file that could not be checked is an error object, as in jsonl and in a multi-file run
        rendered = json_report.render(results, single=count == 1) + "\n"
    elif format == "jsonl":  # one object per line, for scripts and log pipelines
        import json as stdlib_json

        rendered = "".join(stdlib_json.dumps(r.to_json() if not isinstance(r, dict) else r, ensure_ascii=False) + "\n"
                           for r in results)
    elif format == "csv":
        from .report import table

        rendered = table.render(results)
    elif format == "sarif":  # for code-review tools (GitHub code scanning, VS Code's SARIF viewer)
        from .report import sarif

        rendered = sarif.render(results)
    elif format == "html":
        from .report import html

        if not isinstance(results[0], dict):
            rendered = html.render(results[0])
    elif output is not None:
        from io import StringIO

        buffer = StringIO()
        console = Console(file=buffer, width=100, highlight=False, soft_wrap=True, color_system=None)
        for report in (r for r in results if not isinstance(r, dict)):
            terminal.render(report, console)
            console.print()
        rendered = buffer.getvalue()
    if rendered is not None:
        if output is not None:
            _write_atomically(output, rendered)
            notice(f"报告已写入 {output}")
        else:
            write_utf8(rendered)  # UTF-8 bytes even on a GBK console: the redirected file stays UTF-8
    elif format == "terminal" and output is None:
        console = _stdout()
        reports = [r for r in results if not isinstance(r, dict)]
        if count == 1 or details:
            for report in reports:
                terminal.render(report, console)
                console.print()
        if count > 1:
            terminal.render_summary(reports, [r for r in results if isinstance(r, dict)], console)
    raise typer.Exit(EXIT_ERROR if failed else EXIT_BELOW if below else EXIT_OK)


def _copy_index(path: Path):
    """The archive's copy index for `check --archive` (the archive stays open for lookups)."""
    from .batch.archive import Archive

    return Archive(path, create=False).copy_index()
@app.command()
def annotate(
    file: str = typer.Argument(..., metavar="稿件", help="稿件文件（.docx / .txt / .md）"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="批注版的保存位置，默认是原文件旁的“原名.批注.docx”"),
    force: bool = typer.Option(False, "--force", help="批注版已存在时覆盖"),
    genre: Optional[str] = typer.Option(None, "--genre", "-g", help="指定文体（英文名或中文名均可）：" + "、".join(f"{k}（{v}）" for k, v in genres().items())),
    ignore: str = typer.Option("", "--ignore", help="关闭的规则编号或规则族（英文名或中文名），逗号分隔"),
    model: Optional[Path] = typer.Option(None, "--model", help="采用概率模型文件（.npz），默认使用内置模型"),
    no_model: bool = typer.Option(False, "--no-model", help="不计算采用概率"),
    config_file: Optional[Path] = typer.Option(None, "--config", help="使用这个配置文件（checker.toml 或含 [tool.checker] 的 pyproject.toml），不再向上查找"),
    excerpt: bool = typer.Option(False, "--excerpt", help="稿件只是片段（如只有开头几段）：后文才会写的内容缺了不扣分（问题建议、调研报告的原因和对策，述职、总结的问题和打算），报告里写明哪几项未评"),
) -> None:
    """把检查意见作为 Word 批注写进稿件的副本：每条意见批在有问题的原话上，深度得分、各维度和修改建议批在标题上。原稿不动。

    示例：checker annotate 稿件.docx（得到 稿件.批注.docx）；checker annotate 稿件.txt -o 稿件.批注.docx
    """
    if file == "-" and output is None:
        fail("从标准输入读取稿件时，请用 -o 指定批注版的保存位置")
    target = output if output is not None else _annotated_path(Path(file))
    if file != "-" and _same_file(Path(file), target):
        fail(f"{target}：批注版不能覆盖原稿，请用 -o 另指文件名")
    if target.suffix.lower() != ".docx":
        fail(f"{target}：批注版是 Word 文件，文件名应以 .docx 结尾")
    _refuse_overwrite([target], force)
    genre = genre_name(genre)
    from .pipeline import Checker
    from .report.word import annotate as annotated

    try:
        config = find_config(common_folder([file]), config_file).with_ignored(ignored_names(ignore))
        checker = Checker(config, model=_load_model(model, no_model))
        report = checker.check_path(file, genre, excerpt)
        original = Path(file).read_bytes() if Path(file).suffix.lower() == ".docx" and file != "-" else None
        data = annotated(report, original)
    except CheckerError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{file}：无法读取（{exc.strerror or exc}）")
    _write_atomically(target, data)
    spans = sum(1 for f in report.findings if not f.document_level)
    notice(f"批注版已写入 {target}：{spans} 条批注在原话上，得分和修改建议批在标题上（深度得分 {report.score}）")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="监听地址；默认只有本机能打开（127.0.0.1）"),
    port: int = typer.Option(8765, "--port", help="端口"),
) -> None:
    """在本机打开一个网页：粘贴稿件或拖入 .docx/.txt/.md 文件即可检查，可下载网页报告、JSON 和批注版 Word。另有 JSON 接口 POST /api/check。

    示例：checker serve，然后在浏览器中打开 http://127.0.0.1:8765
    """
    try:
        import uvicorn

        from .serve import create_app, is_loopback
    except ImportError as exc:
        fail(f"网页服务所需的程序包未安装（{exc.name}），请重新安装 checker")
    if not 1 <= port <= 65535:
        fail(f"端口 {port} 不对，应在 1–65535 之间")
    _port_free(host, port)
    if not is_loopback(host):
        _stderr().print(f"警告：监听 {host}，同一网络中的其他电脑也能打开这个页面并提交稿件；稿件以明文在网络上传输。"
                        "只在可信的网络中这样做，否则请去掉 --host。", style="yellow", markup=False)
    notice("正在加载词典和模型……")
    try:
        application = create_app()
    except CheckerError as exc:
        fail(str(exc))
    shown = f"[{host}]" if ":" in host else host
    _stderr().print(f"稿件检查已启动：http://{shown}:{port}（按 Ctrl+C 停止）", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _port_free(host: str, port: int) -> None:
    import socket

    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        fail(f"无法在 {host}:{port} 上启动（{exc.strerror or exc}）：地址不对或端口已被占用，可用 --port 换一个")


def _annotated_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.批注.docx")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _one_blas_thread() -> None:
    """numpy's BLAS starts a thread per core when numpy is imported, 20-40 ms of a cold check;
    the model's products for one draft are far too small for BLAS to split (one thread gives
    the same probabilities). Not when numpy is already loaded or the user chose a number."""
    if "numpy" not in sys.modules:
        for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(name, "1")


def _load_model(path: Optional[Path], disabled: bool):
    """The model the user named (its problems are errors), or the shipped one (its problems
    only cost the probability, with a warning: the rule checks still run)."""
    if disabled:
        return None
    _one_blas_thread()
    from .model import load_default_model, load_model

    if path:
        return load_model(path)
    try:
        return load_default_model()
    except CheckerError as exc:
        notice(f"提示：内置模型不可用，本次不计算采用概率（{exc}）", style="yellow")
        return None


@app.command()
def rules(rule_id: Optional[str] = typer.Argument(None, metavar="规则编号", help="规则编号，如 ZG101；不填则列出全部规则")) -> None:
    """列出全部规则，或解释一条规则：为什么重要、什么会触发、例句、如何关闭。"""
    from .explain import explain_rule, rules_table
    from .rulebook import load_rules

    try:
        all_rules = load_rules()
    except CheckerError as exc:
        fail(str(exc))
    console = _stdout()
    if rule_id is None:
        console.print(rules_table(all_rules))
        return
    matches = [r for r in all_rules if r.id == rule_id.upper()]
    if not matches:
        fail(f"没有编号为“{rule_id}”的规则（用 checker rules 查看全部规则）")
    console.print(explain_rule(matches[0]))


corpus_app = typer.Typer(help="语料（已采用 / 未采用稿件）相关命令。", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("validate")
def corpus_validate(
    path: str = typer.Argument(..., metavar="语料", help="语料文件（.jsonl 或 .csv）"),
    format: str = typer.Option("terminal", "--format", "-f", help="输出格式：terminal 或 json"),
) -> None:
    """检查语料：条目数、各单位和各文体的采用比例、重复、空文本、无法解析的行（附行号）。

    示例：checker corpus validate corpus/bootstrap.jsonl
    """
    from .corpus import read_corpus, validate
    from .report.training import render_validation

    try:
        summary = validate(read_corpus(path))
    except CheckerError as exc:
        fail(str(exc))
    if format == "json":
        write_utf8(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    else:
        render_validation(summary, _stdout())
    raise typer.Exit(EXIT_ERROR if summary["problems"] else EXIT_OK)


@app.command()
def train(
    corpus: str = typer.Argument(..., metavar="语料", help="训练语料（.jsonl 或 .csv）"),
    out: Path = typer.Option(..., "--out", "-o", help="模型输出路径，如 models/本单位.npz（同时写出 本单位.card.json）"),
    report: Optional[Path] = typer.Option(None, "--report", help="把交叉验证结果另存为 JSON"),
    folds: int = typer.Option(5, "--folds", help="交叉验证折数（按报送单位分组）"),
    force: bool = typer.Option(False, "--force", help="输出文件已存在时覆盖"),
) -> None:
    """用已采用 / 未采用稿件训练采用概率模型：按单位分组交叉验证，输出指标、模型文件和模型说明。

    示例：checker train corpus/bootstrap.jsonl --out models/default.npz --force
    """
    from .corpus import read_corpus
    from .pipeline import Checker
    from .predict import card_path_of
    from .report.training import progress, render_training
    from .train import train as train_model

    if out.suffix != ".npz":
        fail(f"{out}：模型文件应以 .npz 结尾")
    if not 2 <= folds <= 20:
        fail(f"--folds 应在 2 到 20 之间（给的是 {folds}）：交叉验证至少要分两折")
    if report is not None and report.resolve() in (out.resolve(), card_path_of(out).resolve()):
        fail(f"--report 不能与模型文件或模型说明同名：{report}")
    _refuse_overwrite([out, card_path_of(out), report], force)
    _check_writable([out, report])
    try:
        data = read_corpus(corpus)
        console = _stdout()
        _report_skipped(data, console)
        model, results = train_model(data, Checker(), folds, progress=None if QUIET else progress(console, "分析稿件"),
                                     on_fold=_announce_fold)
    except CheckerError as exc:
        fail(str(exc))
    card = model.save(out)
    render_training(results, console)
    console.print(f"模型已保存：{out}（说明：{card}）", markup=False)
    if report:
        _write_atomically(report, json.dumps(results, ensure_ascii=False, indent=2))


@app.command("eval")
def evaluate(
    corpus: str = typer.Argument(..., metavar="语料", help="留出的评估语料（.jsonl 或 .csv）"),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="模型文件，默认使用内置模型"),
    report: Optional[Path] = typer.Option(None, "--report", help="把评估结果另存为 JSON"),
    force: bool = typer.Option(False, "--force", help="报告文件已存在时覆盖"),
) -> None:
    """在留出语料上评估采用概率模型，输出与训练相同的指标。

    示例：checker eval 今年稿件.csv --model models/本单位.npz
    """
    from .corpus import read_corpus
    from .pipeline import Checker
    from .report.training import progress, render_metrics, render_misjudged
    from .train import evaluate as evaluate_model

    _refuse_overwrite([report], force)
    _check_writable([report])
    try:
        loaded = _load_model(model, disabled=False)
        if loaded is None:
            fail("没有可用的模型：请用 --model 指定，或先运行 checker train 生成 models/default.npz")
        data = read_corpus(corpus)
        console = _stdout()
        _report_skipped(data, console)
        results = evaluate_model(data, Checker(), loaded, progress=None if QUIET else progress(console, "分析稿件"))
    except CheckerError as exc:
        fail(str(exc))
    render_metrics("评估结果", results, console)
    render_misjudged(results["misjudged"], console)
    shared = results["overlap_with_training"]
    if not shared["known"]:
        notice("提示：这个模型的说明里没有训练语料的指纹（较早版本训练的），无法检查评估稿件是否在训练语料中", style="yellow")
    elif shared["items"]:
        _stderr().print(f"注意：评估语料中有 {shared['items']} 条与模型的训练语料相同（按正文比对，如 "
                        f"{'、'.join(shared['ids'][:5])}），这部分的指标偏乐观；应当用训练时没见过的稿件评估",
                        style="yellow", markup=False)
    if report:
        _write_atomically(report, json.dumps(results, ensure_ascii=False, indent=2))


def _write_atomically(path: Path, text: str | bytes) -> None:
    """Write the whole file or nothing: a temporary file beside it, then a rename."""
    from .files import write_atomically

    if isinstance(text, str) and path.suffix.lower() == ".csv" and not text.startswith("\ufeff"):
        text = "\ufeff" + text  # Excel reads UTF-8 Chinese only with the BOM
    try:
        write_atomically(path, text)
    except OSError as exc:
        fail(f"{path}：无法写入（{exc.strerror or exc}）")


def _announce_fold(number: Optional[int], total: int) -> None:
    """Cross-validation takes minutes on a large corpus: say where it is."""
    if number is None:
        notice(f"交叉验证完成（{total} 折），正在用全部语料训练最终模型……")
    else:
        notice(f"交叉验证：第 {number}/{total} 折……")


def _check_writable(paths: list[Optional[Path]]) -> None:
    """Before hours of work: each output's folder exists (or can be made) and takes a file."""
    import tempfile

    for path in (p for p in paths if p is not None):
        folder = path.resolve().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".checker-probe-"):
                pass
        except OSError as exc:
            fail(f"{path}：无法在这里写入文件（{exc.strerror or exc}）")


def _refuse_overwrite(paths: list[Optional[Path]], force: bool) -> None:
    """Never replace a user's file unasked."""
    for path in paths:
        if path is not None and path.exists() and not force:
            fail(f"{path} 已存在；如确需覆盖，请加 --force")


def _report_skipped(corpus, console: Console) -> None:
    for bad in corpus.bad:
        console.print(f"跳过 {corpus.path} 第 {bad.line} 行：{bad.reason}", style="yellow", markup=False)


@app.command()
def batch(
    source: Path = typer.Argument(..., metavar="来稿", help="来稿文件夹（按一级子文件夹区分单位）、稿件清单 .csv（文件,单位,日期,标题,可选文体）或语料文件 .jsonl/.csv"),
    out: Path = typer.Option(..., "--out", "-o", help="输出文件夹：results.csv、summary.xlsx、summary.html、errors.csv"),
    month: Optional[str] = typer.Option(None, "--month", help="月份，如 2026-10，用于汇总标题和档案"),
    archive: Optional[Path] = typer.Option(None, "--archive", help="稿件档案（SQLite），用于查找与往月稿件的重合，检查完成后本批稿件存入档案；默认为输出文件夹旁的“稿件档案.sqlite”"),
    no_archive: bool = typer.Option(False, "--no-archive", help="不使用稿件档案（只在本批内查找重合）"),
    jobs: int = typer.Option(0, "--jobs", "-j", help="并行进程数，默认等于 CPU 核数"),
    force: bool = typer.Option(False, "--force", help="重新检查全部稿件（默认跳过上次已检查、内容未变的稿件）"),
    genre: Optional[str] = typer.Option(None, "--genre", "-g", help="指定全部稿件的文体（默认逐篇识别）"),
    ignore: str = typer.Option("", "--ignore", help="关闭的规则编号或规则族，逗号分隔"),
    model: Optional[Path] = typer.Option(None, "--model", help="采用概率模型文件，默认使用内置模型"),
    no_model: bool = typer.Option(False, "--no-model", help="不计算采用概率"),
    config_file: Optional[Path] = typer.Option(None, "--config", help="使用这个配置文件（checker.toml 或含 [tool.checker] 的 pyproject.toml），不再向上查找"),
) -> None:
    """批量检查一个月的来稿：按单位排名、逐篇得分、问题清单，输出 Excel 和网页汇总。

    中断后再次运行同一命令，会跳过已检查的稿件接着检查。
    示例：checker batch 来稿/ --out 10月汇总 --month 2026-10
    """
    import re

    from .batch import run_batch
    from .batch.runner import progress_printer

    if month and not re.fullmatch(r"20\d{2}-(0[1-9]|1[0-2])", month):
        fail(f"月份“{month}”格式不对，应如 2026-10")
    genre = genre_name(genre)
    try:
        config = find_config(common_folder([str(source)]), config_file).with_ignored(ignored_names(ignore))
        loaded = _load_model(model, no_model)

        def build():
            from .pipeline import Checker

            return Checker(config, model=loaded)

        build()  # rule or configuration problems stop the run before any work
        from .batch.copies import copy_rule
        from .rulebook import effective

        shipped = copy_rule()  # as check --archive: off with --ignore copy, its severity as configured
        copies = not config.disables(shipped.id, shipped.family)
        configured = effective(shipped, "", config.settings(shipped.id, shipped.family)) or shipped
        store = None if no_archive else (archive or out.resolve().parent / "稿件档案.sqlite")
        bar, update = (None, None) if QUIET else progress_printer(_stderr())
        if bar:
            with bar:
                result = run_batch(source, out, build, month=month, genre=genre, jobs=jobs, force=force,
                                   progress=update, archive=store, copies=copies, copy_rule=configured)
        else:
            result = run_batch(source, out, build, month=month, genre=genre, jobs=jobs, force=force, archive=store,
                               copies=copies, copy_rule=configured)
    except CheckerError as exc:
        fail(str(exc))
    done = result.run
    console = _stdout()
    for note in result.notes[:10]:
        _stderr().print(note, style="yellow", markup=False)
    if len(result.notes) > 10:
        _stderr().print(f"……另有 {len(result.notes) - 10} 行的文体无法识别", style="yellow", markup=False)
    reused = f"（其中 {done.reused} 篇沿用上次结果）" if done.reused else ""
    copied = sum(bool(r.get("copies")) for r in done.records)
    console.print(f"已检查 {len(done.records)} 篇{reused}，无法检查 {len(done.errors)} 篇，疑似抄袭、拼凑 {copied} 篇。", markup=False)
    if "archived" in done.meta:
        console.print(f"新存入档案 {done.meta['archived']} 篇：{store}", markup=False)
    for error in done.errors[:10]:
        _stderr().print(f"无法检查 {error['id']}：{error['error']}", style="yellow", markup=False)
    if len(done.errors) > 10:
        _stderr().print(f"……其余见 {out / 'errors.csv'}", style="yellow", markup=False)
    if done.interrupted:
        _stderr().print(f"已中断：完成 {len(done.records) + len(done.errors)}/{done.total} 篇，结果已写入 {out}。"
                        "再次运行同一命令即可接着检查。", style="yellow", markup=False)
        global _INTERRUPT_TOLD
        _INTERRUPT_TOLD = True  # main() need not add its general line (which says nothing was written)
        raise typer.Exit(EXIT_INTERRUPTED)
    console.print(f"结果在 {out}：results.csv（逐篇）、summary.xlsx（按单位、按稿件、问题）、summary.html（汇总网页）"
                  + ("、errors.csv（无法检查的稿件）" if done.errors else ""), markup=False)
    raise typer.Exit(EXIT_ERROR if done.total and not done.records else EXIT_OK)


archive_app = typer.Typer(help="稿件档案（往期来稿、得分和指纹，用于查找抄袭拼凑）相关命令。", no_args_is_help=True,
                          rich_markup_mode=None)
app.add_typer(archive_app, name="archive")


@archive_app.command("stats")
def archive_stats(
    path: Path = typer.Argument(Path(DEFAULT_ARCHIVE), metavar="档案", help=f"档案文件（.sqlite），默认为当前文件夹下的“{DEFAULT_ARCHIVE}”"),
    format: str = typer.Option("terminal", "--format", "-f", help="输出格式：terminal 或 json"),
) -> None:
    """显示档案里有什么：稿件数、单位数、日期范围、已知采用情况、各月和各单位的稿件数。

    示例：checker archive stats 稿件档案.sqlite
    """
    from .batch.archive import Archive

    if format not in ("terminal", "json"):
        fail(f"不支持的输出格式“{format}”，可选：terminal、json")
    try:
        with Archive(path, create=False) as store:
            stats = store.stats()
    except CheckerError as exc:
        fail(str(exc))
    if format == "json":
        write_utf8(json.dumps(stats, ensure_ascii=False, indent=2) + "\n")
        return
    console = _stdout()
    console.print(f"稿件档案 {path}（{stats['bytes'] / 1e6:.1f} MB）", markup=False)
    span = f"，日期 {stats['first_date']} 至 {stats['last_date']}" if stats["first_date"] else ""
    console.print(f"稿件 {stats['items']} 篇，单位 {stats['units']} 个{span}", markup=False)
    console.print(f"已知是否采用的 {stats['adoption_known']} 篇，其中采用 {stats['adopted']} 篇", markup=False)
    if stats["months"]:
        console.print("各月稿件：", markup=False)
        for month_name, count in stats["months"].items():
            console.print(f"  {month_name or '月份不详'}：{count} 篇", markup=False)
    if stats["by_unit"]:
        top = list(stats["by_unit"].items())[:10]
        console.print("稿件最多的单位：" + "，".join(f"{unit or '单位不详'} {count} 篇" for unit, count in top), markup=False)


@archive_app.command("import")
def archive_import(
    corpus: Path = typer.Argument(..., metavar="语料", help="语料文件（.jsonl 或 .csv：id, unit, date, title, text[, adopted]，中文表头亦可）"),
    archive: Path = typer.Option(Path(DEFAULT_ARCHIVE), "--archive", help=f"档案文件（.sqlite），不存在时新建；默认为当前文件夹下的“{DEFAULT_ARCHIVE}”"),
) -> None:
    """把往年稿件（语料格式）一次存入档案，供查找抄袭拼凑；同一单位、同一标题和正文的稿件只存一次，
    再次导入只补上原来不知道的采用情况。

    示例：checker archive import 2020-2025年稿件.jsonl --archive 稿件档案.sqlite
    """
    from .batch.archive import Archive

    err = _stderr()
    try:
        with Archive(archive) as store:
            if err.is_terminal and not QUIET:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

                with Progress(TextColumn("存入档案"), BarColumn(), MofNCompleteColumn(), console=err, transient=True) as bar:
                    task = bar.add_task("import", total=None)
                    result = store.import_corpus(corpus, lambda done, total: bar.update(task, completed=done, total=total))
            else:
                result = store.import_corpus(corpus)
    except CheckerError as exc:
        fail(str(exc))
    _stdout().print(f"读入 {result.read} 篇，新存入 {result.added} 篇（其余已在档案中）；跳过 {len(result.bad)} 行。档案：{archive}",
                    markup=False)
    for bad in result.bad[:10]:
        err.print(f"跳过 {corpus} 第 {bad.line} 行：{bad.reason}", style="yellow", markup=False)
    if len(result.bad) > 10:
        err.print(f"……另有 {len(result.bad) - 10} 行无法读入", style="yellow", markup=False)


@app.command("config")
def show_config(
    files: list[str] = typer.Argument(None, metavar="稿件", help="要检查的稿件或文件夹：从它们所在的文件夹向上查找配置；不填则从当前文件夹查找"),
    config_file: Optional[Path] = typer.Option(None, "--config", help="显示这个配置文件的设置"),
) -> None:
    """显示哪个配置文件在起作用（checker.toml 或 pyproject.toml 的 [tool.checker]）以及其中的设置。"""
    start = common_folder(files or [])
    try:
        found = config_file if config_file is not None else locate_config(start)
        config = find_config(start, config_file)
    except CheckerError as exc:
        fail(str(exc))
    out = _stdout()
    if found is None:
        out.print(f"没有找到配置文件（从 {start} 向上查找到仓库顶层或主文件夹为止），使用默认设置：全部规则开启。", markup=False)
        raise typer.Exit(EXIT_OK)
    out.print(f"配置文件：{Path(found).resolve()}", markup=False)
    out.print("关闭的规则：" + ("、".join(sorted(config.ignore)) or "无"), markup=False)
    out.print("改动的严重程度：" + ("，".join(f"{k} = {v}" for k, v in sorted(config.severity.items())) or "无"), markup=False)
    extra = "；".join(f"{name}：" + "、".join(str(f) for f in files) for name, files in sorted(config.lexicons.items()))
    out.print("补充词表：" + (extra or "无"), markup=False)


@app.command()
def version() -> None:
    """显示版本号。"""
    print(f"checker {__version__}")


def main() -> None:  # pragma: no cover - the console script; tests call `app` directly
    """Run the CLI, then leave without tearing down the interpreter: freeing jieba's
    dictionary and the model costs about 0.4 s that a one-shot command need not spend."""
    code = 0
    try:
        app()
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 2)
    if code == EXIT_INTERRUPTED and not _INTERRUPT_TOLD:
        _stderr().print("已中断（Ctrl+C）：未写完的文件没有留下，原有文件保持不变。", markup=False)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
