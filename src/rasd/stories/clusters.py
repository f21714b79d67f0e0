"""Story clusters: articles about the same happening within a few days, grouped as they arrive.

Each article is compared with the stories active around its date (the last article within
`window_days`): its tf-idf vector of words, entities and events against each story's centroid
(the sum of its members' vectors), by cosine. It joins the closest story above `threshold`,
or starts its own. Candidates come from an inverted index over the strongest features of each
story, so the cost per article stays flat as the corpus grows.

Document frequencies are counted over the articles seen, with `PRIOR_DOCS` empty pseudo
documents added: in a run of three articles, a word two of them share still weighs something,
and in a run of thirty thousand the prior does not matter.

A story gets its id, "s-" + the id of its first article, when its second article joins: a lone
article has no story (FORMAT.md).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import date

from rasd.stories.fingerprint import Fingerprint

THRESHOLD = 0.45  # cosine to join a story of two articles or more
PAIR_THRESHOLD = 0.55  # to start a story with a lone article: most wrong stories were such pairs
DAY_PENALTY = 0.05  # cosine taken off per day between an article and its story's first article,
# so that a daily report (the stock market close, the weather) does not chain day after day
WINDOW_DAYS = 3
PRIOR_DOCS = 50
INDEX_FEATURES = 12  # strongest features of an article that index it and its story
MAX_DF_SHARE = 0.05  # features in more than this share of articles find no candidates
VECTOR_FEATURES = 60  # an article is compared on its heaviest features only
MIN_SHARED = 2  # an article and a story must share this many features before the cosine counts
CENTROID_MEMBERS = 5  # later members join without moving the centroid, so a story cannot drift
MAX_CANDIDATES = 20  # stories compared per article: those sharing the most strong features


@dataclass(slots=True)
class Cluster:
    """One story while clustering: its first article, its members and their summed vector."""

    first: str
    members: list[str] = field(default_factory=list)
    centroid: Counter[str] = field(default_factory=Counter)
    first_day: int | None = None
    story_id: str | None = None
    norm: float = 0.0  # of the centroid, kept current by StoryClusterer._place
    indexed: set[str] = field(default_factory=set)  # features that find this cluster
    closed: bool = False  # out of the window for good: its centroid is dropped, members stay


class StoryClusterer:
    """Assigns articles to stories, one at a time, in the order they arrive."""

    def __init__(self, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS,
                 pair_threshold: float = PAIR_THRESHOLD):
        self.threshold = threshold
        self.pair_threshold = max(pair_threshold, threshold)
        self.window_days = window_days
        self._df: Counter[str] = Counter()
        self._docs = 0
        self._clusters: dict[str, Cluster] = {}  # first article id -> cluster
        self._of_doc: dict[str, str] = {}  # article id -> first article id of its cluster
        self._index: defaultdict[str, set[str]] = defaultdict(set)  # feature -> cluster keys
        self._by_story: dict[str, str] = {}  # story id -> cluster key
        self._swept: int | None = None  # the latest day the index was cleared of closed stories
        self._dated: deque[str] = deque()  # indexed clusters with a first day, oldest first (roughly)

    def story_of(self, doc_id: str) -> str | None:
        """The story id of an article seen, None while its cluster has one article."""
        key = self._of_doc.get(doc_id)
        return self._clusters[key].story_id if key else None

    def members(self, doc_id: str) -> list[str]:
        """The articles in the same cluster as `doc_id`, in the order they joined."""
        key = self._of_doc.get(doc_id)
        return list(self._clusters[key].members) if key else []

    def add(self, fp: Fingerprint, story: str | None = None, join: str | None = None) -> str | None:
        """Place `fp` and return its story id (None when it stands alone so far).

        `story` keeps an assignment already made (a stored article); `join` puts it in the
        cluster of that article (its near-duplicate), without comparing.
        """
        if fp.doc_id in self._of_doc:
            return self.story_of(fp.doc_id)
        self._count(fp)
        vector = self._vector(fp)
        key = self._by_story.get(story) if story else None
        if key is None and join is not None:
            key = self._of_doc.get(join)
        if key is None and story is None:
            key = self._closest(vector, day_number(fp.published))
        return self._place(fp, vector, key, story)

    def _count(self, fp: Fingerprint) -> None:
        self._docs += 1
        self._df.update(fp.features.keys())

    def _vector(self, fp: Fingerprint) -> dict[str, float]:
        total = self._docs + PRIOR_DOCS
        weighted = {
            name: weight * math.log(total / (self._df[name] + 1)) for name, weight in fp.features.items()
        }
        if len(weighted) <= VECTOR_FEATURES:
            return weighted
        ranked = sorted(weighted.items(), key=lambda item: (-item[1], item[0]))
        return dict(ranked[:VECTOR_FEATURES])

    def _closest(self, vector: dict[str, float], day: int | None) -> str | None:
        norm = math.sqrt(sum(value * value for value in vector.values()))
        if not norm:
            return None
        best, best_score = None, self.threshold
        for key in self._candidates(vector, day):
            cluster = self._clusters[key]
            shared = vector.keys() & cluster.centroid.keys()
            if len(shared) < MIN_SHARED:
                continue
            score = sum(vector[name] * cluster.centroid[name] for name in shared) / (norm * cluster.norm)
            score -= DAY_PENALTY * _days_apart(day, cluster.first_day)
            if len(cluster.members) == 1 and score <= self.pair_threshold:
                continue
            if score > best_score:
                best, best_score = key, score
        return best

    def _candidates(self, vector: dict[str, float], day: int | None) -> list[str]:
        """Open stories that share the most strong features with `vector`, at most MAX_CANDIDATES."""
        self._sweep(day)
        common = MAX_DF_SHARE * (self._docs + PRIOR_DOCS)
        shared: Counter[str] = Counter()
        for name in _strongest(vector):
            if self._df[name] <= common:
                shared.update(self._index.get(name, ()))
        ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
        open_ = (key for key, _n in ranked if self._in_window(self._clusters[key], day))
        return list(itertools.islice(open_, MAX_CANDIDATES))

    def _in_window(self, cluster: Cluster, day: int | None) -> bool:
        """A story takes articles up to `window_days` after (or before) its first one."""
        if day is None or cluster.first_day is None:
            return True
        return abs(day - cluster.first_day) <= self.window_days

    def _sweep(self, day: int | None) -> None:
        """Take stories closed for good (articles come roughly in date order) out of the index,
        so that the index only holds what can still be joined."""
        if day is None or (self._swept is not None and day <= self._swept):
            return
        self._swept = day
        while self._dated and day - (self._clusters[self._dated[0]].first_day or day) > 2 * self.window_days:
            cluster = self._clusters[self._dated.popleft()]
            for name in cluster.indexed:
                self._index[name].discard(cluster.first)
            cluster.indexed, cluster.centroid, cluster.closed = set(), Counter(), True  # the memory of a long run

    def _place(self, fp: Fingerprint, vector: dict[str, float], key: str | None,
               story: str | None) -> str | None:
        if key is None:
            key = fp.doc_id
            self._clusters[key] = Cluster(first=fp.doc_id, story_id=story)
        cluster = self._clusters[key]
        cluster.members.append(fp.doc_id)
        if len(cluster.members) <= CENTROID_MEMBERS and not cluster.closed:  # a late copy joins a closed story
            cluster.centroid.update(vector)
            cluster.norm = math.sqrt(sum(value * value for value in cluster.centroid.values()))
            strongest = _strongest(vector)
            cluster.indexed.update(strongest)
            for name in strongest:
                self._index[name].add(key)
        if cluster.first_day is None:
            cluster.first_day = day_number(fp.published)
            if cluster.first_day is not None:
                self._dated.append(key)
        if cluster.story_id is None and len(cluster.members) > 1:
            cluster.story_id = "s-" + cluster.first
        if cluster.story_id:
            self._by_story[cluster.story_id] = key
        self._of_doc[fp.doc_id] = key
        return cluster.story_id


def _strongest(vector: dict[str, float]) -> list[str]:
    """The names of the heaviest features (ties broken by name, so runs are repeatable)."""
    ranked = sorted(vector.items(), key=lambda item: (-item[1], item[0]))
    return [name for name, weight in ranked[:INDEX_FEATURES] if weight > 0]


def _days_apart(day: int | None, other: int | None) -> int:
    return 0 if day is None or other is None else abs(day - other)


def day_number(published: str | None) -> int | None:
    """The day number of an ISO date (its first ten characters), None when there is none."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None
