"""For the optional compiled build (bench/mypyc_build.py): a pure-Python run of bench/same_verdicts.py's texts with a profile hook that checks every call into the modules to be compiled
against the outer types mypyc would enforce at run time (arguments and return values): a
compiled module raises TypeError where an annotation is narrower than what is passed (a tuple for
list[...], an int for float is silently converted). Run it with the extensions removed
(python bench/mypyc_build.py --clean; python bench/mypyc_probe.py); it prints nothing when clean."""
import sys, types, typing, collections, json, inspect
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.mypyc_build import MODULES
MODS = [m.replace("/", ".")[:-3].replace(".__init__", "") for m in MODULES]
import importlib
for m in MODS: importlib.import_module(m)
FILES = {sys.modules[m].__file__: m for m in MODS}
problems = collections.Counter(); examples = {}
hints_cache = {}

def check(tp, value):
    """None if fine, else a description."""
    if tp is typing.Any or tp is object or tp is None and value is None:
        return None
    if tp is None or tp is type(None):
        return None if value is None else "not None"
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        descs = [check(a, value) for a in args]
        return None if any(d is None for d in descs) else "union:" + "/".join(map(str, descs))
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, tuple): return "tuple expected"
        if len(args) == 2 and args[1] is Ellipsis: return None
        if len(args) != len(value): return f"tuple len {len(args)} != {len(value)}"
        for a, v in zip(args, value):
            d = check(a, v)
            if d: return "tuple item " + d
        return None
    if origin in (list, dict, set, frozenset):
        return None if isinstance(value, origin) else f"{origin.__name__} expected, got {type(value).__name__}"
    if origin is not None:
        return None  # Sequence, Mapping, Callable, Iterator...
    if tp is float:
        if isinstance(value, float): return None
        if isinstance(value, int) and not isinstance(value, bool): return "INT->float conversion"
        if isinstance(value, bool): return "BOOL->float conversion"
        return f"float expected, got {type(value).__name__}"
    if tp is bool:
        return None if isinstance(value, bool) else f"bool expected, got {type(value).__name__}"
    if isinstance(tp, type):
        if tp.__module__ in ("typing", "collections.abc"): return None
        return None if isinstance(value, tp) else f"{tp.__name__} expected, got {type(value).__name__}"
    return None

def hints(code, frame):
    key = code
    if key in hints_cache: return hints_cache[key]
    h = None
    fn = None
    # find the function object
    g = frame.f_globals
    for cand in gc_funcs_for(code):
        fn = cand; break
    if fn is not None:
        try:
            h = typing.get_type_hints(fn, globalns=fn.__globals__)
        except Exception:
            h = {}
            for k, v in getattr(fn, "__annotations__", {}).items():
                try: h[k] = eval(v, fn.__globals__) if isinstance(v, str) else v
                except Exception: pass
    hints_cache[key] = h
    return h

import gc
def gc_funcs_for(code):
    return [f for f in gc.get_referrers(code) if isinstance(f, types.FunctionType)]

def prof(frame, event, arg):
    code = frame.f_code
    mod = FILES.get(code.co_filename)
    if mod is None or code.co_name.startswith("<"): return
    h = hints(code, frame)
    if not h: return
    if event == "call":
        for name in code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]:
            if name in h and name in frame.f_locals:
                d = check(h[name], frame.f_locals[name])
                if d:
                    k = (mod, code.co_firstlineno, code.co_name, name, d.split(",")[0])
                    problems[k] += 1; examples.setdefault(k, repr(frame.f_locals[name])[:80])
    elif event == "return" and "return" in h and arg is not None:
        if code.co_flags & (inspect.CO_GENERATOR | inspect.CO_COROUTINE): return
        d = check(h["return"], arg)
        if d:
            k = (mod, code.co_firstlineno, code.co_name, "return", d.split(",")[0])
            problems[k] += 1; examples.setdefault(k, repr(arg)[:80])

import bench.same_verdicts as sv
sys.setprofile(prof)
sv.reports()
sys.setprofile(None)
for k, n in sorted(problems.items()):
    print(n, k, examples[k])
