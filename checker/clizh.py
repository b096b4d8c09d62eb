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

# usage errors that carry only their English text, phrase by phrase (typer/_click/core.py,
# parser.py; typer/core.py); errors of a known kind are rebuilt from their fields (`message`)
PHRASES = [
    (r"No such command '([^']+)'\.?", "没有这个命令：\\1。"),
    (r"\s*Did you mean (.+?)\?", "是不是要用 \\1？"),
    (r"Missing command\.?", "缺少命令"),
    (r"Got unexpected extra arguments? \((.+)\)", "多出了参数：\\1"),
    (r"Got unexpected extra argument\(s\) \((.+)\)", "多出了参数：\\1"),
    (r"Option '([^']+)' requires an argument\.", "选项 \\1 需要一个取值"),
    (r"Option '([^']+)' requires (\d+) arguments\.", "选项 \\1 需要 \\2 个取值"),
    (r"Option '([^']+)' does not take a value\.", "选项 \\1 不接受取值"),
    (r"Value must be an iterable\.", "应当是一组取值"),
    (r"Input should be a valid integer.*", "应当是整数"),
    (r"Input should be a valid number.*", "应当是数字"),
    (r"Input should be a valid boolean.*", "应当是 true 或 false"),
    (r"'?(.+?)'? is not a valid integer( range)?\.", "“\\1”不是整数"),
    (r"'?(.+?)'? is not a valid float( range)?\.", "“\\1”不是数字"),
    (r"'?(.+?)'? is not one of (.+)\.", "“\\1”不在可选值 \\2 之中"),
]
PHRASES = [(re.compile(pattern), chinese) for pattern, chinese in PHRASES]
# the help's value types and remarks
TERMS = (("<list[str]>", ""), ("<str>", "<文本>"), ("<path>", "<路径>"), ("<int>", "<整数>"),
         ("<float>", "<数字>"), ("<bool>", ""))
REMARKS = ((re.compile(r"\[required\]"), "[必填]"), (re.compile(r"\[default: ([^\]]*)\]"), r"[默认：\1]"))


def translate(text: str) -> str:
    """English phrases of a usage error in Chinese; words it does not know stay as they are."""
    for pattern, chinese in PHRASES:
        text = pattern.sub(chinese, text)
    return text


def message(error) -> str:
    """What went wrong, in Chinese, for one of click's exceptions: the kinds that keep their
    parts (an unknown option and its near names, a missing or bad parameter and its name) are
    worded from those, anything else phrase by phrase."""
    from typer._click import exceptions

    if isinstance(error, exceptions.NoSuchOption):
        text = f"没有这个选项：{error.option_name}"
        if error.possibilities:
            text += "（是不是要用 " + "、".join(sorted(error.possibilities)) + "？）"
        return text
    if isinstance(error, exceptions.MissingParameter):
        kind = {"option": "选项", "argument": "参数"}.get(error.param_type or getattr(error.param, "param_type_name", ""), "参数")
        return f"缺少{kind} {_name(error)}" + (f"：{translate(error.message)}" if error.message else "")
    if isinstance(error, exceptions.BadParameter):
        return f"{_name(error)} 的取值不对：{translate(error.message)}"
    return translate(error.format_message())


def _name(error) -> str:
    """The parameter an error is about, as the user typed it: -o/--out, 语料."""
    hint = error.param_hint
    if hint is None and error.param is not None:
        is_option = getattr(error.param, "param_type_name", "") == "option"
        hint = error.param.opts if is_option else error.param.get_error_hint().strip("'")  # an argument's metavar
    if hint is None:
        return ""
    names = [hint] if isinstance(hint, str) else list(hint)
    return "/".join(sorted(names, key=len))


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
        echo(f"错误：{message(self)}", file=stream, color=self.ctx.color if self.ctx else None)

    def show_error(self, file=None) -> None:
        stream = file if file is not None else exceptions.get_text_stderr()
        echo(f"错误：{message(self)}", file=stream, color=self.show_color)

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
