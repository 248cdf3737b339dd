"""One entity whatever the spelling: folding, fuzzy name matching, and the curator's aliases.

`content/aliases.toml` maps a house spelling to the other spellings of the same
name (translations no algorithm can guess: "St Michael's Square" = ["Plaza San
Miguel"]); event.md can add its own with `spelling:`.
"""
from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
import unicodedata
from pathlib import Path


from ..config import toml_line
from ..model import Aliases
from ..problems import Problem

ALIASES_FILE = "aliases.toml"


def load_aliases(content: Path) -> tuple[Aliases, list[Problem]]:
    """The site's aliases.toml (optional); a bad file is a Problem naming its line."""
    path = content / ALIASES_FILE
    if not path.exists():
        return Aliases(), []
    name = f"{content.name}/{ALIASES_FILE}" if content.name else ALIASES_FILE
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return Aliases(), [Problem(name, None, "not UTF-8 text")]
    except tomllib.TOMLDecodeError as exc:
        return Aliases(), [Problem(name, toml_line(exc), f"invalid TOML: {exc}")]
    return aliases_from_mapping(table, name)


def aliases_from_mapping(table: dict, file: str) -> tuple[Aliases, list[Problem]]:
    """`house spelling = ["other", ...]` pairs; anything else is a Problem."""
    spellings: list[tuple[str, tuple[str, ...]]] = []
    problems: list[Problem] = []
    for house, others in table.items():
        if isinstance(others, str):
            others = [others]
        if not isinstance(others, list) or not all(isinstance(o, str) and o.strip() for o in others):
            problems.append(Problem(file, None, f"'{house}' must list other spellings: {house!r} = [\"...\"]"))
            continue
        spellings.append((str(house).strip(), tuple(o.strip() for o in others)))
    return Aliases(tuple(spellings)), problems


def merged(*sets: Aliases) -> Aliases:
    """Later sets win: an event's own spellings override the site's."""
    return Aliases(tuple(pair for aliases in sets for pair in aliases.spellings))


# Letters Unicode does not decompose into a base letter and an accent, as news in English writes them.
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "đ": "d",
                               "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ħ": "h",
                               "Ħ": "H", "ı": "i"})


class _Unaccented(dict):
    """A str.translate table that deletes combining marks (the accents NFKD splits off) and keeps every
    other character: filled with each character as it is first met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNACCENTED = _Unaccented()


# A character outside ASCII that NFKD or the tables above may change: not the quotes and dashes most sentences
# hold, which NFKD leaves as they are (nor the tables: they are no letters).
_TO_DECOMPOSE = re.compile(r"[^\x00-\x7f’‘“”—–]")


@lru_cache(maxsize=1 << 15)  # the names and sentences of an event of some 500 sources, asked again by its facts' citations
def fold(text: str) -> str:
    """Compare form of a name: no accents ('Andøya' is 'andoya', 'Sæther' 'saether'), case, periods,
    apostrophe styles or extra spaces."""
    if not text.isascii() and _TO_DECOMPOSE.search(text):  # ASCII and curly quotes or dashes have no accents to take off
        text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).translate(_UNACCENTED)
    text = text.replace("’", "'").replace("‘", "'").replace("-", " ").replace(".", " ")
    return " ".join(text.lower().split())


class Spellings:
    """Resolves any known spelling of a name to its house spelling, and records the names it was asked
    about: an analysis depends on the aliases only through these answers, so it holds as long as the
    house spellings of the names it asked about (`houses`) are the same (facts.analyse_event)."""

    def __init__(self, aliases: Aliases):
        self._house: dict[str, str] = {}
        self.asked: set[str] = set()  # folded
        for house, others in aliases.spellings:
            for spelling in (house, *others):
                self._house[fold(spelling)] = house

    def house(self, name: str) -> str | None:
        """The house spelling of `name`, or None."""
        folded = fold(name)
        self.asked.add(folded)
        return self._house.get(folded)

    def houses(self, asked: Iterable[str]) -> tuple[tuple[str, str], ...]:
        """The (folded name, house spelling) of those of the `asked` names that have one: the alias entries
        an analysis that asked about them used."""
        return tuple((name, self._house[name]) for name in sorted(asked) if name in self._house)

    def key(self, name: str) -> str:
        """The comparison key of a name: its house spelling folded, or the name folded."""
        house = self.house(name)
        return fold(house if house is not None else name)


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity (0..1) of two folded strings: spelling variants score above 0.9."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(len(a), len(b)) // 2 - 1
    a_flags = [False] * len(a)
    b_flags = [False] * len(b)
    matches = 0
    for i, char in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not b_flags[j] and b[j] == char:
                a_flags[i] = b_flags[j] = True
                matches += 1
                break
    if not matches:
        return 0.0
    b_matched = [b[j] for j in range(len(b)) if b_flags[j]]
    transpositions = sum(a[i] != b_matched[k] for k, i in enumerate(i for i in range(len(a)) if a_flags[i])) / 2
    jaro = (matches / len(a) + matches / len(b) + (matches - transpositions) / matches) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4]):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


@lru_cache(maxsize=8192)  # same_name compares each name with every known one: each is romanised once
def romanised(name: str) -> str:
    """A folded name in a form romanisation variants share: 'Soo-yeon', 'Su-yeon', 'Suh-yeon' and 'Seo-yeon'
    are one Korean name, 'Ji-hoon' and 'Jihun' one, 'Tromsoe' (ø written oe) and 'Tromso' one; spaces and
    hyphens (folded to spaces) go, and so do the vowel spellings systems disagree on, an 'h' that only
    lengthens a vowel, an 'e' that stands for an umlaut or a slashed o, 'ph' written 'f', and the letters one
    transliteration writes with two ('ts', 'zh', 'sh', 'ch') and another with one ('c', 'ž', 'š', 'č'), a 'g' one
    language hardens with an 'h' ('Ghent', 'Gheorghe') and another writes alone ('Gent', 'Georghe'), the 'q' Arabic
    and Turkic names are written with or a 'k' ('Qasimov', 'Kasimov'), the 'w' German and Polish write for a 'v', the
    'j' and 'y' that are one sound ('Jurij', 'Yuri', 'Iouri'), a doubled letter, the 't' French and German write before
    a 'ch' ('Tchernov', 'Chernov'), a 'kh' within a name that German writes 'ch' ('Mikhailov', 'Michailow'), the 'dzh'
    and 'dj' English and French write for a 'j' ('Dzhabarov', 'Jabarov'), 'ck' for 'k', 'Saint' shortened to 'St', 'Mac' to
    'Mc', the Russian 'ё' written 'yo' or 'e', and an apostrophe ("O'Farrell", 'OFarrell')."""
    key = re.sub(r"\bsaint(e?)\b", r"st\1", name)  # 'Saint-Pierre'/'St-Pierre'
    key = re.sub(r"\bmc(?=[a-z])", "mac", key).replace(" ", "").replace("'", "")  # 'McFarlane'/'MacFarlane', "O'Farrell"/'OFarrell'
    key = key.replace("tch", "ch").replace("ck", "k")  # 'Tchernov'/'Chernov', 'Novack'/'Novak'
    key = re.sub(r"(?<=[a-z])kh", "ch", key)  # within a name, 'kh' as German writes it: 'Mikhailov'/'Michailow'
    key = re.sub(r"d(?:zh|j)", "j", key)  # 'Dzhabarov'/'Djabarov'/'Jabarov'
    key = re.sub(r"(?<=[bcdfgklmnprstvz])yo", "e", key)  # Russian 'ё' as 'yo' or 'e': 'Fyodorov'/'Fedorov', 'Pyotr'/'Petr'
    key = re.sub(r"([aeiou])h(?![aeiou])", r"\1", key)
    key = re.sub(r"([aou])e(?![aeiou])", r"\1", key)
    key = key.replace("ph", "f").replace("x", "ks").replace("q", "k")  # 'Filippos'/'Philippos', 'Aleksandr'/'Alexandr', 'Qasimov'/'Kasimov'
    key = re.sub(r"t[sz]", "c", key)  # 'Tsereteli'/'Cereteli', 'Kravets'/'Kravec': one letter written two ways
    key = re.sub(r"([zscg])h", r"\1", key)  # 'Zhukova'/'Žukova', 'Shevchenko'/'Ševčenko' (accents folded off), 'Ghent'/'Gent'
    for variant, common in (("oo", "u"), ("eo", "u"), ("ou", "u"), ("ee", "i")):
        key = key.replace(variant, common)
    key = key.replace("w", "v").replace("j", "i").replace("y", "i")  # 'Wassilewski'/'Vasilevsky', 'Jurij'/'Yuri', 'Dijk'/'Dyk'
    return re.sub(r"(.)\1+", r"\1", key)  # a letter doubled in one spelling only: 'Mohammed'/'Mohamed', 'Zelenskyy'


class NameIndex:
    """Folded names in the order they were added, to find the first that same_name() takes for another name
    without comparing it with every one: only a name with the same first letter or, longer than three
    letters, the same romanised form can be the same name."""

    def __init__(self) -> None:
        self._order: dict[str, int] = {}
        self._by_initial: defaultdict[str, set[str]] = defaultdict(set)
        self._by_romanised: defaultdict[str, set[str]] = defaultdict(set)
        self._added = 0

    def add(self, name: str) -> None:
        if name not in self._order:
            self._order[name] = self._added
            self._added += 1
            self._by_initial[name[:1]].add(name)
            if len(name) > 3:
                self._by_romanised[romanised(name)].add(name)

    def discard(self, name: str) -> None:
        if self._order.pop(name, None) is not None:
            self._by_initial[name[:1]].discard(name)
            self._by_romanised[romanised(name)].discard(name)

    def first(self, name: str, accept: Callable[[str], bool] = lambda known: True) -> str | None:
        """The first name added that `accept`s and that same_name(it, name) takes for the same."""
        candidates = self._by_initial.get(name[:1], set()) | self._by_romanised.get(romanised(name), set())
        for known in sorted(candidates, key=self._order.__getitem__):
            if accept(known) and same_name(known, name):
                return known
        return None


def same_name(a: str, b: str) -> bool:
    """Two folded single names (surnames, one-word places) spelled differently but meaning one thing."""
    if a == b or len(a) > 3 and romanised(a) == romanised(b):
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    shorter, longer = sorted((a, b), key=len)
    if longer[:-1] == shorter and longer[-1] != shorter[-1] and not _greek_feminine(shorter, longer):
        return False  # 'Troms' and 'Tromso' (the county and its city); 'Zelensky' and 'Zelenskyy' are one
    return not _other_consonant(a, b) and jaro_winkler(a, b) >= 0.9


# Consonants transliterations and spellings write for one another ('Kasimov'/'Qasimov', 'Wolinski'/'Volinski',
# 'Mehmed'/'Mehmet', 'Marrakech'/'Marrakesh', Ukrainian 'Bohdan' for Russian 'Bogdan', Spanish 'Jimena'/'Gimena'
# and 'b'/'v'); any other consonant for another makes another name.
_CONSONANT_FAMILIES = ("ckq", "cs", "vwf", "bv", "sz", "dt", "bp", "gh", "gj", "jy")
_VOWELS = frozenset("aeiouy")


# What a nun, a monk or a priest is called by before their given name or full name ('Mother Jelisaveta', 'Fr. Luis
# Amorim', 'Sister Agnes'): no part of their name.
_RELIGIOUS_ADDRESSES = frozenset("mother sister father brother abbess abbot prioress padre madre fra sor dom fr sr br rev reverend".split())


def _other_consonant(a: str, b: str) -> bool:
    """Two names of one length that differ in one letter, a consonant for a consonant of another sound: 'Walker' and
    'Walter', 'Porter' and 'Potter', 'Carter' and 'Carver' are names of their own, where 'Larsen' and 'Larson' are
    one name spelled two ways."""
    if len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return x not in _VOWELS and y not in _VOWELS and not any(x in family and y in family for family in _CONSONANT_FAMILIES)


def one_person_named(a: str, b: str) -> bool:
    """Two full names (a given name and a surname at least) that outlets write for one person: the same words with
    accents dropped or a letter changed ('Íñigo Quevedo', 'Inigo Quevedo'), the family name first ('Tóth Réka', 'Réka
    Tóth'), or a double surname written in part ('Inigo Quevedo Ruiz', 'Inigo Quevedo'; 'Lucía Moreno-Vidal', 'Lucía
    Vidal'): the same given name, and every surname of the shorter among the longer's. A religious address is no part
    of the name ('Padre José Amorim', 'José Amorim'), and one who goes by it and her given name ('Mother Jelisaveta')
    is the one of that given name ('Jelisaveta Radović')."""
    x, y = (fold(name).split() for name in (a, b))
    if min(len(x), len(y)) < 2:
        return False  # a surname alone may be anyone's who bears it
    x, y = (words[1:] if words[0].rstrip(".") in _RELIGIOUS_ADDRESSES else words for words in (x, y))
    if min(len(x), len(y)) == 1:  # 'Mother Jelisaveta'; 'Abbess Radović' is a surname alone
        return max(len(x), len(y)) > 1 and same_name(x[0], y[0])
    if len(x) == len(y) == 2 and same_name(x[0], y[1]) and same_name(x[1], y[0]):
        return True
    shorter, longer = sorted((x, y), key=len)
    return same_name(shorter[0], longer[0]) and all(any(same_name(w, v) for v in longer[1:]) for w in shorter[1:])


def one_vowel_apart(a: str, b: str) -> bool:
    """'Llywelyn'/'Llewelyn', 'Mohammad'/'Mohammed': two folded names of one length (five letters or more) that
    differ in one vowel written for another, as spellings of one name do; Jaro-Winkler scores them below one name's
    when the vowel recurs ('y' in 'Llywelyn'). A person's surnames are taken for one only beside one given name."""
    if len(a) != len(b) or len(a) < 5:
        return False
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differing) == 1 and differing[0][0] in _VOWELS and differing[0][1] in _VOWELS


def vowel_skeleton(name: str) -> str:
    """The name with its vowels blanked: names one vowel apart (see one_vowel_apart) share it."""
    return "".join("*" if c in _VOWELS else c for c in name)


def _greek_feminine(shorter: str, longer: str) -> bool:
    """'Papadaki' is the 'Papadakis' an outlet writes for a woman too: a Greek surname in '-is' and its woman's form
    in '-i' (six letters or more: not 'Harri', 'Harris')."""
    return longer.endswith("is") and len(shorter) >= 6


# The sound Greek 'χ', Russian 'х' and Arabic 'خ' open a name with, which one transliteration writes 'ch', another 'kh'
# and another 'h' ('Chatzidakis'/'Hatzidakis', 'Khadirov'/'Hadirov', 'Christo'/'Hristo'): before four letters or
# more, so that 'Khan' and 'Han', 'Chan' and 'Han' stay two names.
_SPIRANT_OPENING = re.compile(r"^(?:[ck]h|h)(?=[aeiouyr][a-z]{3})")


def opening_sound(name: str) -> str:
    """A folded name romanised with its opening 'ch', 'kh' or 'h' written one way: what spirant_opened_alike compares."""
    return romanised(_SPIRANT_OPENING.sub("kh", name))


def spirant_opened_alike(a: str, b: str) -> bool:
    """Two folded names alike romanised but for an opening 'ch', 'kh' or 'h' that writes one sound. English writes
    'Ch' and 'H' for two ('Chandler', 'Handler'): a person's surnames are taken for one only beside one given name."""
    return a[:1] != b[:1] and opening_sound(a) == opening_sound(b)


def short_name_of(short: str, name: str) -> bool:
    """Whether a folded name is another said shorter, by its first words ('orvane' of 'orvane airways', 'harbottle
    insolvency' of 'harbottle insolvency llp'): the one test of a short name, as the entities fold a body's short name
    into its full one and the box folds two lines naming one thing."""
    return name.startswith(short + " ")


@lru_cache(maxsize=64)
def places_in(language: str) -> dict[str, str]:
    """The countries and the big cities as a language names them, folded ('polen', 'osterreich', 'wien'), ->
    their name in English ('Poland', 'Austria', 'Vienna'): the Unicode CLDR's names of countries and of the
    cities time zones are named after, through Babel, so that a German source's 'Polen' is the Poland of the
    others, and a German source's 'Berlin' a name, not a capitalised noun. Empty for English and for a
    language CLDR does not know."""
    if language == "en":
        return {}
    from babel import Locale, UnknownLocaleError  # only for a source not in English: imported then

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return {}
    english = Locale("en")
    names = {fold(name): english.territories[code] for code, name in locale.territories.items() if code.isalpha() and code in english.territories}
    for zone, said in locale.time_zones.items():
        city = said.get("city")
        in_english = english.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if city and "/" in zone:
            names.setdefault(fold(city), in_english)
    return names
