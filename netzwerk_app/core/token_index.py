"""The search index's tokens in memory: a search keystroke is a lookup, not an FTS5 query.

The contact list filters on every keystroke. Short prefixes ("m", "07") match nearly every
contact, and FTS5 then merges the posting lists of thousands of terms (tens of milliseconds
with 100,000 contacts). `TokenIndex` holds the same tokens, read once from the index's own
stored text (`contact_search`), sorted, each with the ids of the contacts holding it, so that
the contacts matching a prefix are one contiguous slice of one list (a bisect finds it).

The tokens are those FTS5 made: its `unicode61` tokenizer cuts ASCII text at every character
that is not a letter or a digit and lower-cases it, which is done here the same way; any run of
text holding other characters (accents, other scripts, Unicode punctuation) is handed to SQLite's
own tokenizer (an FTS5 table of the same tokenize option in a private in-memory database), so
such text is cut and folded exactly as the index cut it. A query word that the tokenizer cuts
into other than one token is a phrase to FTS5; for it `matching` answers None and the caller asks
FTS5. When the table's tokenizer is not a plain `unicode61` one, `build` answers None.

A match is a `bytes` mask: byte `i` is 1 when the contact with id `i` matches, else 0. Masks of
several words are intersected as Python integers (one C loop over the bytes), and a list of rows
picks its own bytes with one `operator.itemgetter` (no Python call per row).

Edited contacts (`update`) are read again into a small side table that overrides the sorted
lists for them; after many edits the caller builds the index afresh.
"""

from __future__ import annotations

import heapq
import re
import sqlite3
import sys
import time
from array import array
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from functools import partial
from itertools import accumulate, chain, compress, filterfalse, islice, repeat
from operator import itemgetter
from typing import Any, overload

TYPE_CHECKING = False  # typing is not imported at run time (the command line starts faster)
if TYPE_CHECKING:
    from netzwerk_app.core.listing import Database

TABLE = "contact_search"
# Runs of text between ASCII characters that unicode61 treats as separators (all ASCII but
# letters and digits). A run is pure ASCII (letters and digits: one token) or holds other
# characters (handed to SQLite's tokenizer).
_RUN = re.compile(r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# the tokenize option of the table's CREATE statement; only unicode61 with remove_diacritics
_TOKENIZE = re.compile(r"tokenize\s*=\s*(['\"])(.*?)\1", re.IGNORECASE | re.DOTALL)
_PLAIN_UNICODE61 = re.compile(r"unicode61(\s+remove_diacritics\s+[012])?")
# prefixes whose slices of ids are longer get their masks when the index is built (the short
# prefixes typed first); the others are marked when typed
_MAKE_FROM = 20_000
# the pieces of work of a build (each some milliseconds): rows read, runs tokenized, tokens
# sorted or ids marked at a time
_ROWS = 250
_RUNS = 1_000
_PIECE = 20_000
# edited contacts kept beside the sorted lists; beyond this the caller builds afresh
MAX_EDITS = 2_000
_CHUNK = 500  # ids per SQL statement


class _Tokenizer:
    """SQLite's own FTS5 tokenizer (in a private in-memory database) for text holding
    non-ASCII characters. Results are kept: names repeat."""

    def __init__(self, spec: str) -> None:
        self._con = sqlite3.connect(":memory:", check_same_thread=False)
        self._con.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '{spec}')")
        self._con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        self._known: dict[str, tuple[str, ...]] = {}

    def tokens(self, runs: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Each run's tokens, in order."""
        known = self._known
        todo = [r for r in dict.fromkeys(runs) if r not in known]
        if todo:
            found: list[list[tuple[int, str]]] = [[] for _ in todo]
            with self._con:
                self._con.execute("DELETE FROM t")
                self._con.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", enumerate(todo, 1))
                for doc, offset, term in self._con.execute('SELECT doc, "offset", term FROM v'):
                    found[doc - 1].append((offset, term))
                self._con.execute("DELETE FROM t")
            for run, terms in zip(todo, found, strict=True):
                known[run] = tuple(term for _, term in sorted(terms))
        return {r: known[r] for r in runs}


_TOKENIZERS: dict[str, _Tokenizer] = {}


def _tokenizer(spec: str) -> _Tokenizer:
    if spec not in _TOKENIZERS:
        _TOKENIZERS[spec] = _Tokenizer(spec)
    return _TOKENIZERS[spec]


def table_tokenizer(db: Database) -> str | None:
    """The search table's tokenize option when it is a plain unicode61 one, else None: also
    when the table keeps no text of its own (nothing to read) or holds columns it does not
    index (their text would be read as if it were)."""
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone()
    if not row or not row[0]:
        return None
    sql = row[0]
    found = _TOKENIZE.search(sql)
    if found is None and re.search(r"\btokenize\b", sql, re.I):
        return None  # written in a way not read here
    spec = " ".join(found[2].split()) if found else "unicode61"
    if not _PLAIN_UNICODE61.fullmatch(spec) or re.search(r"\bcontent\s*=|\bunindexed\b", sql, re.I):
        return None
    return spec


def _successor(prefix: str) -> str | None:
    """The least string above every string starting with `prefix` (None: there is none)."""
    while prefix:
        last = ord(prefix[-1])
        if last < 0x10FFFF:
            return prefix[:-1] + chr(last + 1)
        prefix = prefix[:-1]
    return None


class Tokens(Sequence[str]):
    """Sorted tokens packed in one bytes object (UTF-8, each ended by a newline, which no token
    holds) and the offsets where they start: a fraction of the memory of as many str objects,
    and still a sequence to bisect."""

    def __init__(self, packed: bytes, starts: array[int]) -> None:
        self.packed = packed
        self.starts = starts  # one more than there are tokens: the end

    def __len__(self) -> int:
        return len(self.starts) - 1

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.packed[self.starts[i] : self.starts[i + 1] - 1].decode()

    def __iter__(self) -> Iterator[str]:
        return iter(self.packed.decode().split("\n")[:-1])


class TokenIndex:
    """The tokens of the search index, each with its contacts' ids (see the module's text).

    Made by `build` (all at once) or `IndexBuild` (in slices, between a window's events)."""

    def __init__(
        self,
        spec: str,
        sql_lower: bool,
        width: int,
        tokens: Tokens,
        offsets: array[int],
        ids: array[int],
        heavy_at: list[int],
        heavy: list[int],
    ) -> None:
        self._spec = spec
        self._sql_lower = sql_lower
        self._width = width  # one more than the highest id
        self._tokens = tokens  # sorted
        # A token held by many contacts keeps a mask (an int: one byte per id), the others
        # their ids: the ids of tokens[i] are ids[offsets[i]:offsets[i + 1]] (none when heavy).
        self._offsets = offsets
        self._ids = ids
        self._heavy_at = heavy_at  # positions in tokens, ascending
        self._heavy = heavy  # their masks
        # prefixes whose slice of ids is long (those typed first): their masks, made when built
        self._made: dict[str, int] = {}
        self._edited: dict[int, frozenset[str]] = {}  # id -> tokens (none: deleted)

    # ------------------------------------------------------------------ building

    @classmethod
    def build(cls, db: Database) -> TokenIndex | None:
        """Read the whole search index's text; None when its tokenizer cannot be copied."""
        return IndexBuild(db).finish()

    @classmethod
    def _steps(cls, db: Database) -> Generator[None, None, TokenIndex | None]:
        """Build the index, yielding after each short piece of work (a few milliseconds)."""
        spec = table_tokenizer(db)
        if spec is None:
            return None
        sql_lower = _sql_lowers_ascii_only(db)
        read = f"{_text_query(db, sql_lower)} WHERE rowid > ? ORDER BY rowid LIMIT {_ROWS}"
        # arrays, not lists: no work for the garbage collector however many there are
        postings: defaultdict[str, array[int]] = defaultdict(partial(array, "i"))
        get, append, findall = postings.__getitem__, array.append, _RUN.findall
        last = -(2**63)
        while rows := db.execute_sql(read, (last,)).fetchall():
            for cid, text in rows:
                if not sql_lower:
                    text = text.translate(_ASCII_LOWER)
                # C loops: each run of the row once, its id appended to that run's ids
                deque(map(append, map(get, set(findall(text))), repeat(cid)), 0)
            last = rows[-1][0]
            yield
        width = max(last, 0) + 1
        # runs holding non-ASCII characters: SQLite's tokenizer says which tokens they are
        odd = list(filterfalse(str.isascii, postings))
        yield
        for start in range(0, len(odd), _RUNS):
            for run, made in _tokenizer(spec).tokens(odd[start : start + _RUNS]).items():
                ids = postings.pop(run)
                for token in made:
                    postings[token].extend(ids)
            yield
        # sorted in pieces, then merged a piece at a time
        unsorted = list(postings)
        pieces = []
        for start in range(0, len(unsorted), _PIECE):
            pieces.append(sorted(unsorted[start : start + _PIECE]))
            yield
        del unsorted
        merged = heapq.merge(*pieces)
        tokens: list[str] = []
        while piece := list(islice(merged, _PIECE)):
            tokens.extend(piece)
            yield
        del pieces, merged
        lists: list[array[int]] = []
        packed = bytearray()
        starts = array("q", [0])
        for start in range(0, len(tokens), _PIECE):
            chunk = tokens[start : start + _PIECE]
            lists.extend(map(get, chunk))
            encoded = list(map(str.encode, chunk))
            packed += b"\n".join(encoded) + b"\n"
            ends = accumulate(map((1).__add__, map(len, encoded)), initial=starts[-1])
            starts.extend(islice(ends, 1, None))  # the first is the last start, there already
            yield
        del postings
        yield
        while tokens:  # the strings are freed a piece at a time too
            del tokens[-_PIECE:]
            yield
        heavy_from = max(64, width // 8)  # a mask costs no more than the list of ids would
        heavy_at: list[int] = []
        for start in range(0, len(lists), _PIECE):
            lengths = map(len, lists[start : start + _PIECE])
            heavy_at.extend(compress(range(start, len(lists)), map(heavy_from.__le__, lengths)))
            yield
        heavy = []
        for i in heavy_at:
            heavy.append((yield from _marked(lists[i], width)))
            lists[i] = array("i")
        offsets = array("q", [0])
        ids = array("i")
        for start in range(0, len(lists), _PIECE):
            some = lists[start : start + _PIECE]
            # the running sum from the last offset on (the first value is that offset)
            offsets.extend(islice(accumulate(map(len, some), initial=offsets[-1]), 1, None))
            ids.frombytes(b"".join(some))
            yield
        del lists
        index = cls(
            spec, sql_lower, width, Tokens(bytes(packed), starts), offsets, ids, heavy_at, heavy
        )
        del packed
        yield from index._make_masks(0, len(starts) - 1, "")
        return index

    def _make_masks(self, lo: int, hi: int, prefix: str) -> Iterator[None]:
        """Make the masks of the prefixes one letter longer than `prefix` (whose tokens are
        tokens[lo:hi]) whose slices of ids are long, and so on down."""
        tokens, offsets, depth = self._tokens, self._offsets, len(prefix)
        i = lo
        while i < hi and len(tokens[i]) == depth:
            i += 1  # the token that is the prefix itself sorts first
        while i < hi:
            longer = prefix + tokens[i][depth]
            after = _successor(longer)
            j = hi if after is None else bisect_left(tokens, after, i, hi)
            if offsets[j] - offsets[i] >= _MAKE_FROM:
                ids = self._ids[offsets[i] : offsets[j]]
                self._made[longer] = yield from _marked(ids, self._width)
                yield from self._make_masks(i, j, longer)
            i = j

    def _light_mask(self, lo: int, hi: int) -> int:
        return _mask_int(self._ids[self._offsets[lo] : self._offsets[hi]], self._width)

    def update(self, db: Database, ids: Iterable[int]) -> bool:
        """Read these contacts' tokens again (edited, added or deleted ones). False when so
        many were edited that the index should be built afresh."""
        wanted = sorted(set(ids))
        for cid in wanted:
            self._edited[cid] = frozenset()
        runs: dict[int, set[str]] = {}
        query = _text_query(db, self._sql_lower)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            sql = f"{query} WHERE rowid IN ({','.join('?' * len(chunk))})"
            for cid, text in db.execute_sql(sql, chunk):
                if not self._sql_lower:
                    text = text.translate(_ASCII_LOWER)
                runs[cid] = set(_RUN.findall(text))
        odd = _tokenizer(self._spec).tokens(
            [r for r in chain.from_iterable(runs.values()) if not r.isascii()]
        )
        for cid, found in runs.items():
            self._edited[cid] = frozenset(chain.from_iterable(odd.get(r, (r,)) for r in found))
            self._width = max(self._width, cid + 1)
        return len(self._edited) <= MAX_EDITS

    # ------------------------------------------------------------------ matching

    def query_tokens(self, word: str) -> tuple[str, ...]:
        """The tokens FTS5 makes of one query word (from `search_query.query_words`)."""
        if word.isascii():
            return tuple(run.translate(_ASCII_LOWER) for run in _RUN.findall(word))
        return _tokenizer(self._spec).tokens([word])[word]

    @property
    def width(self) -> int:
        """One more than the highest contact id the index knows (the masks' length)."""
        return self._width

    def matching(self, words: list[str]) -> bytes | None:
        """A mask of the contacts matching every word as a prefix (byte `id` is 1 for a match;
        `width` bytes long); None when a word is not one token (the caller asks FTS5)."""
        prefixes = []
        for word in words:
            tokens = self.query_tokens(word)
            if len(tokens) != 1:
                return None
            prefixes.append(tokens[0])
        if not prefixes:
            return None
        both = -1
        for prefix in dict.fromkeys(prefixes):
            both &= self._prefix_mask(prefix)
        return both.to_bytes(self._width, "little")

    def _prefix_mask(self, prefix: str) -> int:
        tokens = self._tokens
        lo = bisect_left(tokens, prefix)
        after = _successor(prefix)
        hi = len(tokens) if after is None else bisect_left(tokens, after, lo)
        mask = self._made.get(prefix)
        if mask is None:
            mask = self._light_mask(lo, hi)
        heavy_at = self._heavy_at
        for k in range(bisect_left(heavy_at, lo), bisect_left(heavy_at, hi)):
            mask |= self._heavy[k]
        if self._edited:
            edited = bytearray(mask.to_bytes(self._width, "little"))
            for cid, held in self._edited.items():
                edited[cid] = any(t.startswith(prefix) for t in held)
            mask = int.from_bytes(edited, "little")
        return mask

    def size_bytes(self) -> int:
        """About how much memory the index holds (its lists, strings and masks)."""
        arrays = (self._tokens.packed, self._tokens.starts, self._offsets, self._ids)
        lists = sum(map(sys.getsizeof, (*arrays, self._heavy_at)))
        masks = sum(map(sys.getsizeof, chain(self._heavy, self._made.values())))
        return lists + masks


class IndexBuild:
    """A `TokenIndex` being built in slices: `run` works for about the time given (a window
    calls it between its events), `finish` does the rest."""

    def __init__(self, db: Database) -> None:
        self._steps = TokenIndex._steps(db)
        self._result: TokenIndex | None = None
        self.done = False
        self.started = False  # whether `run` was called

    def run(self, seconds: float) -> bool:
        """Build for about `seconds` (at least one piece); True when the index is made."""
        end = time.perf_counter() + seconds
        self.started = True
        while not self.done:
            try:
                next(self._steps)
            except StopIteration as made:
                self._result, self.done = made.value, True
            else:
                if time.perf_counter() >= end:
                    break
        return self.done

    def finish(self) -> TokenIndex | None:
        """The index, built to the end first; None when the table's tokenizer is not copied."""
        self.run(float("inf"))
        return self._result


def _marked(ids: array[int], width: int) -> Generator[None, None, int]:
    """`_mask_int` in pieces."""
    mask = bytearray(width)
    for start in range(0, len(ids), _PIECE):
        deque(map(mask.__setitem__, ids[start : start + _PIECE], repeat(1)), 0)
        yield
    return int.from_bytes(mask, "little")


def _mask_int(ids: Iterable[int], width: int) -> int:
    """An int with byte `id` set to 1 for each id (C loops: no Python call per id)."""
    mask = bytearray(width)
    deque(map(mask.__setitem__, ids, repeat(1)), 0)
    return int.from_bytes(mask, "little")


def _sql_lowers_ascii_only(db: Database) -> bool:
    """Whether SQLite's lower() changes ASCII letters only (no ICU): then rows come lowered."""
    return db.execute_sql("SELECT lower('AÄİΣ')").fetchone()[0] == "aÄİΣ"


def _text_query(db: Database, sql_lower: bool) -> str:
    """SELECT rowid and the row's text (every column, space-separated) of the search table."""
    columns = [r[1] for r in db.execute_sql(f"PRAGMA table_info({TABLE})")]
    joined = " || ' ' || ".join(f"ifnull({c}, '')" for c in columns)
    return f"SELECT rowid, {f'lower({joined})' if sql_lower else joined} FROM {TABLE}"


def picker(ids: list[int]) -> Callable[[bytes], Any]:
    """A function giving the bytes of a mask at `ids`, in C (`itemgetter`), always a tuple."""
    if len(ids) > 1:
        return itemgetter(*ids)
    if ids:
        only = ids[0]
        return lambda mask: (mask[only],)
    return lambda mask: ()


def mask_of(ids: list[int], width: int) -> bytes:
    """Bytes with byte `id` 1 for each of `ids`, else 0 (C loops)."""
    mask = bytearray(width)
    deque(map(mask.__setitem__, ids, repeat(1)), 0)
    return bytes(mask)


def search_text_stamp(db: Database) -> bytes | None:
    """FTS5's structure record of the search table. Every write to the index (a row added,
    changed or removed) adds a segment and counts up its write counter there, so the same
    record means the same indexed text; None when it cannot be read."""
    try:
        row = db.execute_sql("SELECT block FROM contact_search_data WHERE id = 10").fetchone()
    except Exception:  # sqlite3's or Peewee's error: unknown, so the index is built again
        return None
    return bytes(row[0]) if row and row[0] is not None else None
