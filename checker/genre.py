"""Detect the genre of a draft (经验做法, 问题建议, 调研报告, 工作动态, 网宣稿件, 讲话总结…).

Genres, their cues and weights are data in rules/genres.yaml (read and checked by
checker/registry.py). The user's --genre always wins.
"""

from __future__ import annotations

from dataclasses import dataclass

try:  # compiled with mypyc: GenreDetector stays a regular class (its methods compiled), so a test can wrap detect
    from mypy_extensions import mypyc_attr
except ImportError:  # pure Python without mypy_extensions: the decorator does nothing
    def mypyc_attr(*args, **kwargs):  # type: ignore[misc, no-redef]
        return lambda cls: cls

from .lexicon import LITERALS, LiteralHits, first_char_skip, regex


@dataclass(frozen=True)
class GenreGuess:
    genre: str
    scores: dict[str, float]
    given: bool = False  # True when the user named the genre
    # the runner-up when it came within `uncertain_margin` of the guess (rules/genres.yaml):
    # the report names it, so the writer knows to check the genre (and to pass --genre)
    alternative: str | None = None
    # the form of piece when the title or body shows one (rules/genres.yaml `forms`: explainer,
    # reply): some rules judge such a piece otherwise (a rule's `forms:`), whatever its genre
    form: str | None = None


@mypyc_attr(native_class=False)
class GenreDetector:
    def __init__(self, spec: dict):
        self.default = spec["default"]
        self.title_weight = spec["title_weight"]
        self.body_weight = spec["body_weight"]
        self.cues = {genre: (_compile(entry["cues"]["title"]), _compile(entry["cues"]["body"]))
                     for genre, entry in spec["genres"].items()}
        self.names = tuple(spec["genres"])  # in file order: ties go to the earlier genre
        self.weights = {genre: entry["weights"] for genre, entry in spec["genres"].items()}
        self.evidence = spec.get("evidence", {})
        self.evidence_cap = spec.get("evidence_cap", 3)
        self.uncertain_margin = spec.get("uncertain_margin", 0)
        self.decisive = {genre: [regex(p) for p in patterns]
                         for genre, patterns in spec.get("decisive", {}).items()}
        self.forms = {name: (regex(entry["title"]), regex(entry["body"]) if "body" in entry else None,
                             entry.get("body_min", 1))
                      for name, entry in (spec.get("forms") or {}).items()}
        # the plain body cue words (no white space: one cannot run across a paragraph break),
        # looked up in the text's one literal pass (LITERALS) instead of one `in` each
        words = {c.word for _, body_cues in self.cues.values() for c in body_cues
                 if isinstance(c, _Literal) and c.word and not any(ch.isspace() for ch in c.word)}
        self.body_words = {word: next(iter(LITERALS.register([word]))) for word in sorted(words)}
        # each genre's cues split for counting in C: the title's plain words (`in` the title),
        # the body's plain words of body_words (in `found`), and the rest, searched one by one
        self._counted = {genre: (tuple(c.word for c in title_cues if c.__class__ is _Literal),
                                 [c for c in title_cues if c.__class__ is not _Literal],
                                 tuple(c.word for c in body_cues if c.__class__ is _Literal and c.word in self.body_words),
                                 [c for c in body_cues if not (c.__class__ is _Literal and c.word in self.body_words)])
                         for genre, (title_cues, body_cues) in self.cues.items()}

    def detect(self, title: str, body: str, evidence: dict[str, int] | None = None,
               found: frozenset[str] | None = None) -> GenreGuess:
        """Score each genre by its cues in the title and body, plus sentence evidence.
        `found`: the plain body cue words in the body, when the caller has them (words_found)."""
        settled = self.decisive_genre(title)
        if settled is not None:
            return GenreGuess(settled, {settled: float("inf")})
        scores = self.cue_scores(title, body, found)
        for name, count in (evidence or {}).items():
            for genre, weight in self.evidence.get(name, {}).items():
                scores[genre] += weight * min(count, self.evidence_cap)
        genre = self.choose(scores)
        return GenreGuess(genre, scores, alternative=self.runner_up(scores, genre))

    def form(self, title: str, body: str) -> str | None:
        """The first form (in file order) whose title pattern the title matches, or whose body
        pattern the body matches at least `body_min` times; None for an ordinary piece."""
        for name, (title_pattern, body_pattern, least) in self.forms.items():
            if title_pattern.search(title):
                return name
            if body_pattern is not None and _at_least(body_pattern, body, least):
                return name
        return None

    def decisive_genre(self, title: str) -> str | None:
        """The genre a title settles outright (…的调研报告, 在…上的讲话), or None."""
        for genre, patterns in self.decisive.items():
            if any(p.search(title) for p in patterns):
                return genre
        return None

    def cue_scores(self, title: str, body: str, found: frozenset[str] | None = None) -> dict[str, float]:
        """Each genre's score from its title and body cues alone. `found`: the words of
        body_words that occur in the body (words_found); the other cues are searched."""
        scores = {}
        for genre, (title_words, title_others, found_words, body_others) in self._counted.items():
            # (how many cues hold: the plain words counted by map and sum, no Python step per cue)
            score = self.title_weight * (sum(map(title.__contains__, title_words)) +
                                         sum(1 for c in title_others if c.search(title)))
            if found is not None:
                held = sum(map(found.__contains__, found_words)) + sum(1 for c in body_others if c.search(body))
            else:
                held = sum(map(body.__contains__, found_words)) + sum(1 for c in body_others if c.search(body))
            score += self.body_weight * held
            scores[genre] = score
        return scores

    def words_found(self, hits: LiteralHits, title: tuple[int, int] | None) -> frozenset[str]:
        """The body_words that the text's literal pass found outside the title's span (start,
        end): those in the body (the text of every paragraph but the title)."""
        starts = hits.starts
        found = []
        for word, literal in self.body_words.items():
            if literal in hits.present:
                if title is None or any(not title[0] <= start < title[1] for start in starts[literal]):
                    found.append(word)
        return frozenset(found)

    def title_cues(self, title: str, genre: str) -> int:
        """How many of a genre's title cues the title carries."""
        return sum(bool(c.search(title)) for c in self.cues[genre][0])

    def runner_up(self, scores: dict[str, float], genre: str) -> str | None:
        """The best other genre when its score comes within `uncertain_margin` of the guess's
        (the earlier genre in file order on a tie), else None. No cue at all is no runner-up."""
        others = [(score, -self.names.index(name), name) for name, score in scores.items() if name != genre]
        if not others or scores[genre] <= 0:
            return None
        score, _, name = max(others)
        return name if score > 0 and scores[genre] - score < self.uncertain_margin else None

    def choose(self, scores: dict[str, float]) -> str:
        """The highest score wins; the default genre wins a tie it is in, else the earlier genre."""
        best = max(scores.values())
        if best == 0:
            return self.default
        winners = [g for g in self.names if scores.get(g) == best]
        return self.default if self.default in winners else winners[0]


class _Literal:
    """A plain cue word: `in` finds it faster than a regex search would."""

    __slots__ = ("word",)

    def __init__(self, word: str):
        self.word = word

    def search(self, text: str) -> bool:
        return self.word in text


def _at_least(pattern, text: str, least: int) -> bool:
    for count, _ in enumerate(pattern.finditer(text), start=1):
        if count >= least:
            return True
    return False


def _compile(cues: list[str]) -> list:
    """Each cue as something with `search(text)`: a regex for `re:` cues (compiled to skip to
    where a match can begin: (?<!的)调查 opens with a lookbehind, which `re` would try at every
    character of the body), else the word."""
    return [first_char_skip(regex(c[3:])) if c.startswith("re:") else _Literal(c) for c in cues]
