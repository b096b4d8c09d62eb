"""Chinese for what the command-line framework prints itself: the usage line, the help
headings, the help option's description and usage errors ("No such option", "Missing
argument"…). Typer carries its own copy of click with these strings in English; this module
gives its contexts a help formatter that writes them in Chinese and replaces how usage errors
are shown. A message not in the tables stays in English rather than being lost."""

from __future__ import annotations

import re

HEADINGS = {"Options": "选项", "Commands": "命令", "Arguments": "参数"}
HELP_TEXTS = {"Show this message and exit.": "显示帮助并退出"}
USAGE_WORDS = (("[OPTIONS]", "[选项]"), ("COMMAND", "命令"), ("[ARGS]", "[参数]"))

# usage errors, by their English form (typer/_click/exceptions.py, parser.py, core.py)
ERRORS = [
    (r"No such option: (.+)", "没有这个选项：{0}"),
    (r"No such option '?([^']+)'?\.", "没有这个选项：{0}"),
    (r"No such command '?([^']+)'?\.", "没有这个命令：{0}"),
    (r"Missing argument '?([^'.]+)'?\.?(.*)", "缺少参数 {0}{1}"),
    (r"Missing option '?([^'.]+)'?\.?(.*)", "缺少选项 {0}{1}"),
    (r"Missing command\.?", "缺少命令"),
    (r"Option '?([^']+)'? requires an argument\.", "选项 {0} 需要一个取值"),
    (r"Option '?([^']+)'? requires (\d+) arguments\.", "选项 {0} 需要 {1} 个取值"),
    (r"Option '?([^']+)'? does not take a value\.", "选项 {0} 不接受取值"),
    (r"Got unexpected extra arguments? \((.+)\)", "多出了参数：{0}"),
    (r"Invalid value for '?([^':]+)'?: (.+)", "{0} 的取值不对：{1}"),
    (r"Invalid value: (.+)", "取值不对：{0}"),
    (r"'?(.+?)'? is not a valid integer( range)?\.", "“{0}”不是整数"),
    (r"'?(.+?)'? is not a valid float( range)?\.", "“{0}”不是数字"),
    (r"'?(.+?)'? is not one of (.+)\.", "“{0}”不在可选值 {1} 之中"),
    (r"\(Possible options: (.+)\)", "（可能想用：{0}）"),
    (r"Did you mean (.+)\?", "是不是要用 {0}？"),
]
ERRORS = [(re.compile(pattern, re.S), chinese) for pattern, chinese in ERRORS]
# phrases inside a message (the validator's wording after “取值不对：”)
PHRASES = [
    (r"Input should be a valid integer.*", "应当是整数"),
    (r"Input should be a valid number.*", "应当是数字"),
    (r"Input should be a valid boolean.*", "应当是 true 或 false"),
]
PHRASES = [(re.compile(pattern), chinese) for pattern, chinese in PHRASES]
# the help's value types and remarks
TERMS = (("<list[str]>", ""), ("<str>", "<文本>"), ("<path>", "<路径>"), ("<int>", "<整数>"),
         ("<float>", "<数字>"), ("<bool>", ""))
REMARKS = ((re.compile(r"\[required\]"), "[必填]"), (re.compile(r"\[default: ([^\]]*)\]"), r"[默认：\1]"))


def translate(message: str) -> str:
    """A usage error in Chinese: each line by the first pattern it matches whole."""
    lines = []
    for line in message.splitlines() or [""]:
        for pattern, chinese in ERRORS:
            match = pattern.fullmatch(line.strip())
            if match:
                line = chinese.format(*(g or "" for g in match.groups()))
                break
        for pattern, chinese in PHRASES:
            line = pattern.sub(chinese, line)
        lines.append(line)
    return "\n".join(lines)


def install() -> None:
    """Give typer's click a Chinese help formatter and Chinese usage errors (idempotent)."""
    try:
        from typer._click import core, exceptions, formatting
        from typer._click.utils import echo
    except ImportError:  # pragma: no cover - another typer layout: English stays
        return

    class ChineseHelpFormatter(formatting.HelpFormatter):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            for english, chinese in USAGE_WORDS:
                args = args.replace(english, chinese)
            args = args.replace("{", "").replace("}", "")  # typer's braces around an argument's name
            super().write_usage(prog, args, "用法：" if prefix is None else prefix)

        def write_heading(self, heading: str) -> None:
            self.write(f"{'':>{self.current_indent}}{HEADINGS.get(heading, heading)}：\n")

        def write_dl(self, rows, *args, **kwargs) -> None:
            super().write_dl([(_term(term), _remarks(HELP_TEXTS.get(text, text))) for term, text in rows],
                             *args, **kwargs)

    def show_usage_error(self, file=None) -> None:
        stream = file if file is not None else exceptions.get_text_stderr()
        if self.ctx is not None:
            hint = ""
            if self.ctx.command.get_help_option(self.ctx) is not None:
                hint = f"输入 '{self.ctx.command_path} {self.ctx.help_option_names[0]}' 查看帮助。\n"
            echo(f"{self.ctx.get_usage()}\n{hint}", file=stream, color=self.ctx.color)
        echo(f"错误：{translate(self.format_message())}", file=stream, color=self.ctx.color if self.ctx else None)

    def show_error(self, file=None) -> None:
        stream = file if file is not None else exceptions.get_text_stderr()
        echo(f"错误：{translate(self.format_message())}", file=stream, color=self.show_color)

    core.Context.formatter_class = ChineseHelpFormatter
    exceptions.UsageError.show = show_usage_error
    exceptions.ClickException.show = show_error


def _term(term: str) -> str:
    for english, chinese in TERMS:
        term = term.replace(english, chinese)
    return " ".join(term.split())


def _remarks(text: str) -> str:
    for pattern, chinese in REMARKS:
        text = pattern.sub(chinese, text)
    return text
