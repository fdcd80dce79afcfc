"""How the text itself uses a word: where sentences open, which capitalised words it also
capitalises mid-sentence, which lower-case words it uses as verbs.

The name grammar asks these questions thousands of times; each answer comes from one pass over
the text made when the Usage is built, so the index stays linear in the text. The text is the
judge, not a dictionary: 'Meanwhile' is no name because the text capitalises it only where a
sentence opens; 'wrote' is a verb because the text writes 'he wrote'."""
from __future__ import annotations

import re
from bisect import bisect_right

from ... import lexicon
from ...lexicon import FUNCTION_WORD_SET
from ..document import Document

# What may stand between a sentence's start and its first word: quotation marks, brackets.
_OPENING = re.compile(r"[\"'“‘(\[«\s]*")
# Pronouns and relatives that a verb follows ('he wrote', 'which fell'): the words after them
# are the text's verbs.
_SUBJECT = re.compile(rf"\b{lexicon.alternation(lexicon.SUBJECT_PRONOUNS)}\s+([a-z][a-z'’-]*)\b")
# After these a word opens a new clause as if a sentence began (a list item, a colon's clause).
_CLAUSE_OPENERS = re.compile(r"(?:: |; |\n)[\"'“‘(\[]*")
_FOLLOWED = re.compile(r"['’]?s?[ \u00a0](?:of\b|[A-Z])")
_NEXT_WORD = re.compile(r"[ \u00a0](?:\([^()]{0,40}\)[ \u00a0])?([a-z][\w-]*)")
# The word before a name, past an article or 'both' ('took the city of', 'in the', 'took both').
_WORD_BEFORE = re.compile(r"\b([a-z][\w-]*)[ \u00a0](?:(?:the|a|an|(?P<pair>both|either|neither))[ \u00a0])?"
                          rf"(?:{lexicon.alternation(lexicon.REGION_ADJECTIVES)}(?:ern)?[ \u00a0])?$")
_PREPOSITIONS = frozenset(lexicon.PREPOSITIONS)
# A name before this one in a list: 'Italy and ', 'UB-7, and ', 'the United Kingdom and the '.
_LISTED = re.compile(r"[A-Z][\w'’.-]*(?:[ \u00a0]\([^()]{1,60}\))?,?[ \u00a0](?:and|or)[ \u00a0](?:the[ \u00a0])?$|"
                     r"[A-Z][\w'’.-]*(?:[ \u00a0]\([^()]{1,60}\))?,[ \u00a0]$")
# A name after which a list goes on: 'Cameroon, and Togoland', 'Syria and Egypt'.
_LISTED_AFTER = re.compile(r",[ \u00a0](?:and|or)[ \u00a0](?:the[ \u00a0])?[A-Z]")
# 'Mongol and Soviet positions': two words of a list that describe the noun after it.
_COORDINATED = re.compile(r"[ \u00a0](?:and|or)[ \u00a0][A-Z][\w'’-]*[ \u00a0]([a-z][\w-]*)")
# 'the Heaven and Earth Society': the word is the first of a name with 'and' inside.
_AND_NAMED = re.compile(rf"[ \u00a0](?:and|&)[ \u00a0](?:[A-Z][\w'’-]*[ \u00a0]){{1,3}}"
                        rf"{lexicon.alternation(lexicon.ORGANISATION_HEADS + lexicon.EVENT_HEADS)}\b")
# The base form of a verb: after 'to' or a modal ('to invade Korea', 'could take Rome').
_BASE_VERB = re.compile(r"\b(?:to|will|would|could|can|cannot|may|might|must|should|did|not)"
                        r"[ \u00a0][a-z][\w-]*[ \u00a0](?:(?:the|a|an)[ \u00a0])?$")
# 'such as Japan', 'as far as Kenya': a name given as an example or a limit.
_AS = re.compile(r"\b(?:such|far|well)[ \u00a0]as[ \u00a0](?:the[ \u00a0])?$")
_COMPASS = frozenset(w.lower() for w in lexicon.PLACE_QUALIFIERS[:6] + lexicon.PLACE_QUALIFIERS[-4:])
_AUXILIARIES = frozenset(lexicon.AUXILIARIES)
_PAST = frozenset(lexicon.IRREGULAR_PAST)


class Usage:
    """The facts about the text's words that the name grammar needs, computed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.words = doc.index
        self.initial: set[int] = set()
        for s in doc.sentences:
            self.initial.add(_OPENING.match(self.text, s.start).end())
        for m in _CLAUSE_OPENERS.finditer(self.text):
            self.initial.add(m.end())
        self.verbs: set[str] = {m.group(1) for m in _SUBJECT.finditer(self.text)}
        self._mid: dict[str, bool] = {}
        self._sentence_starts = [s.start for s in doc.sentences]

    def sentence_initial(self, pos: int) -> bool:
        """Does a sentence (a list item, a clause after a colon) open with the word at `pos`?"""
        return pos in self.initial

    def capitalised_mid_sentence(self, word: str) -> bool:
        """Does the text write `word` (capitalised) anywhere but at a sentence's start?"""
        if word not in self._mid:
            self._mid[word] = any(p not in self.initial for p in self.words.starts.get(word, ()))
        return self._mid[word]

    def alone(self, word: str, times: int = 1) -> bool:
        """Does the text write `word` capitalised, mid-sentence, as a name of its own (not
        followed by 'of' or another capitalised word: 'Trajan' beside 'Trajan of Rome') at
        least `times` times?"""
        key = ("alone", word)
        if key not in self.words.memo:
            self.words.memo[key] = sum(
                1 for p in self.words.occurrences(word)
                if p not in self.initial and not _FOLLOWED.match(self.text, p + len(word)))
        return self.words.memo[key] >= times

    def apart(self, word: str, besides: int = -1) -> bool:
        """Does the text name `word` alone (as `alone` does) outside an 'of' or an 'and' of a
        longer name ('Sciences' in 'the Academy of Arts and Sciences' is not apart), other than
        at `besides`?"""
        return any(p != besides and p not in self.initial and not _FOLLOWED.match(self.text, p + len(word)) and
                   not self.text[max(0, p - 5):p].endswith((" of ", " and "))
                   for p in self.words.occurrences(word))

    def lower_alone(self, word: str) -> bool:
        """Does the text use a lower-case word on its own, not as the end of a hyphenated one
        ('boat', not the 'ni' of 'Komam-ni')?"""
        return any(p == 0 or self.text[p - 1] not in "-–" for p in self.words.starts.get(word, ()))

    def plural_of_used(self, word: str) -> bool:
        """Is `word` a plural ('Vellans') whose singular the text also writes ('Vellan')?"""
        return word.endswith("s") and not word.endswith("ss") and \
            bool(self.words.occurrences(word[:-1]))

    def lower_case(self, word: str) -> bool:
        """Does the text use the word in lower case ('people' for "People's")?"""
        return bool(self.words.starts.get(word.lower()))

    def verb(self, word: str) -> bool:
        """Is a lower-case word a verb here: one the text puts after a pronoun, a past form, or an
        auxiliary? ('Rome fell', 'Seneca wrote', 'Agrippina poisoned')."""
        return word in self.verbs or word.endswith("ed") or word in FUNCTION_WORD_SET \
            or word in _PAST

    def acts(self, word: str) -> bool:
        """Is a lower-case word a verb for sure: an auxiliary, a past form, or a word the text
        puts after a pronoun ('Seneca wrote', 'Rome was')?"""
        return word in _AUXILIARIES or word in _PAST or (word in self.verbs and word not in
                                                         FUNCTION_WORD_SET) \
            or (word.endswith("ed") and len(word) > 3)

    def subject_or_object(self, start: int, end: int) -> bool:
        """Is the name at start..end the subject of a verb after it, the object of a verb or a
        preposition before it ('Rome burned', 'took Rome', 'to invade Rome', 'in Rome', 'leaving
        UB-14', 'such as Rome'), or one of a list of names ('Italy and Albania', 'UB-3, UB-7,
        and UB-14')?"""
        before = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        after = _NEXT_WORD.match(self.text, end)
        modifier = _COORDINATED.match(self.text, end)
        if before and before.group("pair") and modifier and not self.verb(modifier.group(1)):
            return False                   # 'in both Christian and Muslim lands'
        if before and (before.group(1) in _PREPOSITIONS or self.acts(before.group(1))
                       or before.group(1).endswith("ing")):
            return True
        window = self.text[max(0, start - 80):start]
        if bool(after and self.acts(after.group(1))) or bool(_LISTED.search(window)):
            return True
        if modifier and not self.verb(modifier.group(1)) or _AND_NAMED.match(self.text, end):
            return False                   # 'to attack Mongol and Soviet positions'
        bracketed = window.count("(") > window.count(")")    # '(A, or B)': other names of one thing
        return bool(_BASE_VERB.search(window)) or bool(_AS.search(window)) or \
            not bracketed and bool(_LISTED_AFTER.match(self.text, end))

    def noun_after(self, end: int) -> str:
        """The lower-case noun that follows position `end` ('troops' in 'Roman troops'), or ''.
        The capitalised words before it describe that noun; they name nothing there, unless the
        noun is a place noun ('the Samnangjin area')."""
        m = _NEXT_WORD.match(self.text, end)
        if not m:
            return ""
        word = m.group(1)
        if self.verb(word) or word in _COMPASS or word.endswith(("ing", "ly")) and len(word) > 4:
            return ""
        return word

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """The start and end of the sentence holding `pos`."""
        s = self.doc.sentences[max(0, bisect_right(self._sentence_starts, pos) - 1)]
        return s.start, s.end
