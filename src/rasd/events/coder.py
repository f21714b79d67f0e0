"""The events stage: CAMEO-coded acts with source, targets, modality, date and place.

An event starts from a pattern of the Arabic event dictionary (data/patterns.tsv: verbs in
every inflection, verbal nouns, multi-word phrases such as "شن هجوماً"), not cancelled by
its context (sports, prices: data/vetoes.tsv and the pattern's own veto words). Its source
is the actor the clause names as subject (after the verb, before it, the adjective or
genitive of a verbal noun: "الرفض التركي", "العملية العسكرية التركية") or, for a verb
without one, the speaker the sentence reports; its targets are the actors where the pattern
says (the object, after مع / على / ضد ...). Without a source there is no event.
"""

from __future__ import annotations

from bisect import insort
from collections import Counter
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import Any

from rasd.clauses.arguments import (
    CONGRATULATIONS,
    NOUN_THAT,
    OPENING_MARKS,
    PREPOSITIONS,
    QAD,
    RELATIVES,
    SKIPPABLE,
    THAT,
    actors_after,
    apposition_end,
    clause_subject,
    clitic_preposition,
    coordinated,
    opening_apposition,
    opens_clause,
    past_medium,
    past_venue,
    subject_after,
    subject_before,
    title_actor,
    title_word,
    unknown_that_subject,
)
from rasd.clauses.lexicon import THIRD_PERSON, Hit, PatternLexicon
from rasd.clauses.view import (
    Actor,
    Sentence,
    doc_view,
    nisba,
    predicate_stands,
    sector,
    strip_proclitics,
    unnamed_agents,
)
from rasd.events.accusations import ACCUSE, accusations
from rasd.events.demands import DEMAND, demands, speaker_at
from rasd.events.modality import modality
from rasd.events.places import PlaceFinder
from rasd.kb.base import STATE_SECTORS
from rasd.link.lexicon import rows
from rasd.link.organizations import glossary
from rasd.link.roles import role_head
from rasd.link.romanize import default as romanizer
from rasd.model import Document
from rasd.ner.features import word_form
from rasd.quotes.extract import IN_IT, ONE_OF, cue_lexicon
from rasd.text.normalize import search_form
from rasd.time.dates import DateRef, find_dates

DATE_REACH = 80  # characters between a predicate and the date expression that dates it
EVIDENCE_MAX = 400  # characters of a sentence kept as an event's evidence
OBJECT_REACH = 3  # words after the place and time of a reception within which the one received stands
TARGET_WINDOW = 12  # words after the predicate searched for its targets
# Roots whose actors are often crowds or gunmen the text does not name: the words that
# describe them become an unnamed source rather than the event being dropped.
CROWD_ROOTS = frozenset({"14", "18", "19", "20"})
CROWD_WORDS = 4
# Roots whose verbal noun takes its victim as genitive: "مقتل الزعيم", "اعتقال الناشط".
VICTIM_ROOTS = frozenset({"17", "18", "19", "20"})
FORCE_ROOTS = frozenset({"13", "14", "15", "17", "18", "19", "20"})


@cache
def pattern_lexicon() -> PatternLexicon:
    return PatternLexicon(rows("patterns.tsv", "rasd.events"))


@cache
def plover_types() -> dict[str, str]:
    """CAMEO code -> PLOVER event type ("" where PLOVER drops the code)."""
    table = {}
    for row in rows("cameo_plover.tsv", "rasd.events"):
        table[row[0]] = "" if row[1].strip() in ("-", "") else row[1].strip()
    return table


def plover_of(cameo: str) -> str | None:
    table = plover_types()
    for code in (cameo, cameo[:3], cameo[:2] + "0", cameo[:2]):
        if table.get(code):
            return table[code]
    return None


@cache
def vetoes() -> dict[str, frozenset[str]]:
    """Root ("*" for every force root) -> words that cancel it anywhere in the sentence."""
    table: dict[str, set[str]] = {}
    for row in rows("vetoes.tsv", "rasd.events"):
        if len(row) >= 2:
            for root in row[0].replace(",", " ").split():
                word = word_form(row[1].strip())
                table.setdefault(root.strip(), set()).update({word, word[2:] if word.startswith("ال") else word})
    return {root: frozenset(words) for root, words in table.items()}


class _LazyDates:
    """The date expressions of a sentence, found only when it has an event; forward-looking
    for planned events ("سيعقد يوم الخميس": the next Thursday)."""

    def __init__(self, doc: Document, s: Sentence):
        self._doc, self._s = doc, s
        self._found: dict[bool, list[DateRef]] = {}

    def get(self, future: bool) -> list[DateRef]:
        if future not in self._found:
            doc, s = self._doc, self._s
            self._found[future] = find_dates(doc.text, doc.published, s.start, s.end, future=future)
        return self._found[future]


class EventCoder:
    """Adds `events` (FORMAT.md) to a Document that has sentences, entities and quotes."""

    def __init__(self, lexicon: PatternLexicon | None = None, places: PlaceFinder | None = None,
                 happenings: bool = False):
        self.happenings = happenings  # keep events without a source actor (Settings.happenings)
        self._lexicon = lexicon
        self._places = places

    @property
    def lexicon(self) -> PatternLexicon:
        return self._lexicon or pattern_lexicon()

    @property
    def places(self) -> PlaceFinder:
        if self._places is None:
            self._places = PlaceFinder()
        return self._places

    def __call__(self, doc: Document) -> Document:
        view = doc_view(doc)
        events: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()
        mirrors: list[dict[str, Any]] = []
        dateline = self.places.dateline(doc)
        discourse = _Discourse(doc)
        entities = {e["id"]: e for e in doc.entities}
        for s in view.sentences:
            dates = _LazyDates(doc, s)
            blocked = _blocked_roots(s)
            previous: dict[str, Any] | None = None
            previous_last: int | None = None
            here: dict[tuple[Any, ...], dict[str, Any]] = {}
            for hit in self._hits(s, blocked):
                describes = previous is not None and _describes(s, hit, previous, previous_last)
                event = self._event(doc, s, hit, dates, dateline, previous, discourse, previous_last,
                                    entities=entities, describes=describes)
                if event is None:
                    continue
                mirror = event.pop(MIRROR, None)
                owner = _another_of(s, event, events)
                if owner is not None:
                    event["source"] = owner  # "قصفت طائرة أخرى موقعاً": another of the coalition's aircraft
                if previous is not None and describes and _who(event["source"]) == _who(previous["source"]):
                    known = {_who(t) for t in previous["targets"]}
                    previous["targets"] += [t for t in event["targets"] if _who(t) not in known]
                    previous_last = hit.last
                    continue  # "غارات عنيفة استهدفت مواقع حوثية": what the raids hit, one act
                previous, previous_last = event, hit.last
                discourse.add(s.tokens[hit.first].start, event["source"])
                same = here.get(_key_in_sentence(event))
                known = {_who(t) for t in same["targets"]} if same is not None else set()
                if same is not None and same["cameo"][:3] == event["cameo"][:3] and (
                        not event["targets"] or not known or known & {_who(t) for t in event["targets"]}):
                    same["targets"] += [t for t in event["targets"] if _who(t) not in known]
                    continue  # the act again in its own sentence ("الهجوم الذي استهدف كنيسة"): one event
                here[_key_in_sentence(event)] = event
                key = _key(event)
                fresh = key not in seen or (event["root"] in SPEECH_ROOTS and not event["targets"]) \
                    or (_unnamed_new_act(event) and not any(_key(e) == key and e["start"] == event["start"]
                                                            for e in events))  # (one per sentence)
                if owner is not None or fresh and not _repeats(event, events):  # two calls are two acts
                    seen.add(key)  # "another" aircraft's strike is another act, whatever it shares
                    events.append(event)
                    if mirror is not None:
                        mirrors.append(mirror)  # "معارك بين الحوثيين والمقاومة": each side fights the other
            for event in self._demands(doc, s, dates, dateline, entities):
                key = _key(event)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
            for event in self._accusations(doc, s, dates, dateline, entities):
                key = (*_key(event), s.index)  # each sentence's accusation is a statement of its own
                if key not in seen and not any(e["root"] == "11" and e["start"] == event["start"]
                                               and _who(e["source"]) == _who(event["source"]) for e in events):
                    seen.add(key)
                    events.append(event)
        events = _with_mirrors(events, mirrors, seen)
        events = _with_opponents(events, entities)
        doc.events = events if self.happenings else [e for e in events if e["source"]]
        return doc

    def _demands(self, doc: Document, s: Sentence, dates: _LazyDates, dateline: dict[str, Any] | None,
                 entities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """"على إيران أن تغير سياستها" in a quote: its speaker demands it of Iran (CAMEO 100)."""
        return [self._speech_act(doc, s, DEMAND, speaker, actor, i, actor.last, dates, dateline, entities)
                for speaker, actor, i in demands(s, doc.quotes)
                if not (speaker.get("entity") and speaker.get("entity") == actor.entity)]

    def _accusations(self, doc: Document, s: Sentence, dates: _LazyDates, dateline: dict[str, Any] | None,
                     entities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """"تدخلها في اليمن بشكل سافر" in a quote: its speaker accuses Iran (CAMEO 112); nobody
        known speaking, or the speaker's own side, is no accusation."""
        out = []
        for speaker, actor, i in accusations(s, doc.quotes):
            own = (speaker.get("actor_code") or "")[:3]
            if not (speaker.get("entity") or own) or (speaker.get("entity") and speaker["entity"] == actor.entity) \
                    or (own and own == (actor.code or "")[:3]):
                continue
            out.append(self._speech_act(doc, s, ACCUSE, speaker, actor, i, i, dates, dateline, entities))
        return out

    def _speech_act(self, doc: Document, s: Sentence, cameo: str, speaker: dict[str, Any], actor: Actor,
                    first: int, last: int, dates: _LazyDates, dateline: dict[str, Any] | None,
                    entities: dict[str, dict[str, Any]]) -> dict[str, Any]:
        """The event of a speech act found in a quote's content: the quote's speaker acts on
        `actor`; words `first`..`last` are the trigger."""
        start, stop = s.start, min(s.end, s.start + EVIDENCE_MAX)
        date = _date(dates.get(future=False), s, first)
        return {
            "cameo": cameo, "root": cameo[:2], "plover": plover_of(cameo),
            "trigger": doc.text[s.tokens[first].start:s.tokens[last].end],
            "source": dict(speaker), "targets": [self._target(actor, doc.text)],
            "modality": "asserted", "date": date[0], "date_text": date[1],
            "place": self.places.place(s, first, [actor], entities) or dateline,
            "start": start, "end": stop, "evidence": doc.text[start:stop],
        }

    def _placed(self, ref: dict[str, Any] | None, place: dict[str, Any] | None) -> dict[str, Any] | None:
        """An unnamed actor whose text and article give no country ("الشرطة" in news about two
        states) takes the country of the place the act happened in: the police of Istanbul are
        Turkish (TURCOP)."""
        if ref is None or ref.get("entity") or not place or not place.get("entity"):
            return ref
        code = ref.get("actor_code") or ""
        if code and code not in SECTORS:
            return ref  # a country or a body's own code already
        entry = self.places.kb.entries.get(place["entity"])
        country = entry.country if entry is not None else None
        if not country:
            return ref
        return {**ref, "actor_code": country + code}

    def _target(self, actor: Actor, text: str) -> dict[str, Any]:
        """A town or region as a target stands for its state (CAMEO codes the country):
        "العملية العسكرية التركية في شمال شرق سوريا" targets Syria."""
        ref = actor.ref(text)
        country = _place_state(self.places, actor) if actor.type in ("LOC", "FAC", "GPE") else None
        if country:
            ref.update({"entity": country.lower(), "actor_code": country, "place": actor.entity})
        return ref

    def _target_place(self, targets: list[Actor]) -> dict[str, Any] | None:
        """A town or region targeted (قصفت المدفعية محافظة إدلب) is where the act happened."""
        for target in targets:
            if target.entity and target.type in ("LOC", "GPE", "FAC"):
                entry = self.places.kb.entries.get(target.entity)
                if entry is not None and entry.lat is not None:
                    return self.places.geocode(target.entity)
        return None

    def _hits(self, s: Sentence, blocked: Callable[[str], bool]) -> list[Hit]:
        hits: list[Hit] = []
        words = set(s.words)
        lexicon = self.lexicon

        def gap_ok(a: int, b: int) -> bool:
            return _subject_gap(s, a, b)

        i = 0
        while i < len(s.words):
            if s.tokens[i].kind != "word" or not lexicon.could_start(s.words[i]):
                i += 1
                continue
            found = [h for h in lexicon.find(s.words, i, gap_ok=gap_ok)
                     if _allowed(h, words, blocked) and predicate_stands(s, h) and not _other_word(s, h)
                     and not _noted_not_praised(s, h) and not _in_body_name(s, h)
                     and not _characterized(s, h) and not _ceasefire(s, h) and not _described(s, h)]
            if found:
                best = _reading(s, found)
                hits.append(best)
                i = best.last + 1
            else:
                i += 1
        return hits

    def _event(self, doc: Document, s: Sentence, hit: Hit, dates: _LazyDates, dateline: dict[str, Any] | None,
               previous: dict[str, Any] | None, discourse: _Discourse | None = None,
               previous_last: int | None = None, *, entities: dict[str, dict[str, Any]],
               describes: bool = False) -> dict[str, Any] | None:
        """The event `hit` codes, or None. `entities`: the document's by id; `describes`: the
        verb tells what the previous act struck (`_describes`), and takes its doer."""
        text = doc.text
        if _charged(s, hit):
            return None  # "ضبط مواطن بتهمة الاعتداء على زوجته": the charge, not an act the text reports
        source, after = _source(s, hit)
        if source is None and _war_as_backdrop(s, hit):
            return None  # "في الحرب الأهلية", "لانتهاء الحرب": the war as the time or setting, no doer told
        if source is not None and source.type == "PER" and after == source.last:
            after = max(apposition_end(s, after), _title_chain_end(s, source, after))
            # "دعت وحدة الجميلي مستشارة رئيس المجلس إلى", "استقبل الأمير فلان ولي العهد ...": not the target
        if _said_in(s, hit.first):  # "ألقى الدكتور محمد العيسى ... كلمة أعرب فيها": who gave the speech
            start = s.clause_start(hit.first - 1)
            persons = [a for a in s.actors if start <= a.first and a.last < hit.first and a.type == "PER"]
            source = persons[0] if persons else None
        spoken = _cue_speaker(s, hit, doc.quotes)
        source_ref: dict[str, Any] | None
        backer = _backer(s, hit)
        if backer is not None:  # "تقدم الجيش بدعم من طيران التحالف": the air force backs the army
            backed = _backed(s, hit, source, backer)
            source, after, spoken = backer, backer.last, None
        if spoken is not None:  # "دعا / طالب / ندد": the quote's speaker is the event's source
            source_ref = spoken
        elif _after_that_pronoun(s, hit) and not _passive(s, hit):  # "أعلن أنه سيزور المملكة": the speaker
            source, after = None, hit.last
            teller = _that_teller(s, hit)  # "الولايات المتحدة أكدت أنها ستواصل": inside another report
            source_ref = teller.ref(text) if teller is not None else _enclosing_speaker(s, hit, doc.quotes)
        elif hit.analysis.form.pos == "participle":  # "متهماً إسرائيل بـ": the sentence's speaker acts
            source, after = None, hit.last
            source_ref = _sentence_speaker(s, hit, doc.quotes)
        else:
            source_ref = source.ref(text) if source is not None else None
        if source is None and spoken is None and hit.pattern.code[:2] in COERCIVE_ROOTS \
                and (agent := _agent_phrase(s, hit)) is not None and (agent["entity"] or agent["actor_code"]):
            source_ref = agent  # "أول أجنبي يخطف ... من قبل «ولاية سيناء»": the passive's doer, named
        if source_ref is not None and previous is not None and s.words[hit.first][:1] == "و" \
                and source is not None and source.last < hit.first \
                and any(_who(source_ref) == _who(t) for t in previous["targets"]):
            source_ref = previous["source"]  # "اعتقل الجيش عشرات المسلحين وقتل آخرين": the army killed
        if source is not None and source.entity is None and source.first > 0 and s.words[source.first - 1] in DEMONSTRATIVES \
                and discourse is not None and (named := discourse.last_body(s.tokens[hit.first].start)) is not None:
            source_ref = {**named, "text": source_ref["text"] if source_ref else named.get("text")}
            # "إن هذه القوات استعادت القصر": the forces just named (مقاتلي المقاومة)
        if source_ref is None and previous is not None and s.words[hit.first][:1] == "و":
            source_ref = previous["source"]  # "أجرى بومبيو محادثات ... والتقى بالمبعوث": the same subject
        if source is None and previous is not None and describes:
            source_ref = previous["source"]  # "شنت طائرات التحالف غارات استهدفت مواقع": the raids' doer
        if source_ref is None and source is None and (topic := _topic(s, hit)) is not None:
            source_ref = topic.ref(text)  # "وتركيا العضو في الحلف في حالة تأهب منذ أن بدأت حرباً"
        if source_ref is None and discourse is not None and source is None and _dropped_subject(s, hit):
            source_ref = discourse.last(s.tokens[hit.first].start, _feminine(s, hit))  # "وأثنى على", "تمكنوا من"
        if source_ref is None and discourse is not None and source is None and _dropped_light_subject(s, hit):
            source_ref = discourse.last(s.tokens[hit.first].start)  # "كما واصلوا تقدمهم باتجاه"
        if source_ref is None and source is None and (pronoun := _subject_pronoun(s, hit)) is not None:
            source_ref = _referent(s, pronoun, text, discourse)  # "فهو في اليمن يتجاهل قراراً دولياً"
        if source_ref is None and hit.pattern.code[:2] in CROWD_ROOTS:
            source_ref = _crowd(s, hit, text)  # "تظاهر آلاف المعلمين": protesters nobody names
        if source_ref is not None and (source_ref.get("actor_code") or "").endswith("MED") \
                and hit.pattern.code[:2] in FORCE_ROOTS:
            source_ref, source = None, None  # "وذكرت وكالة دوجان أن المرأة التي اعتقلت": it reported the arrest
        if source is not None and source.type == "UNNAMED" and source.agent in SOURCE_NOUNS \
                and hit.pattern.code[:2] in FORCE_ROOTS and source_ref is not None and not source_ref.get("entity"):
            source_ref, source = None, None  # "وذكر المصدر بأن معارك اندلعت أدت إلى مقتل": the informant told it
        by_authorities = False
        if hit.pattern.code[:3] in AUTHORITY_ACTS and hit.pattern.kind == "verb" and _private(source) \
                and spoken is None:
            source_ref, source = None, None  # "واعتُقل الناشط محمد": a person or a civilian is the one arrested
        if source_ref is None and hit.pattern.code[:3] in AUTHORITY_ACTS:
            source_ref = _authorities(doc, s, hit)  # "اعتُقل الناشط", "واعتقال مئات المشتبه بهم"
            by_authorities = source_ref is not None
        condemned = hit.pattern.kind == "noun" and previous is not None \
            and _object_of_speech(s, hit, previous, previous_last)  # "أدانت الوزارة الهجوم": it happened
        if source_ref is None and (hit.pattern.code[:2] not in CROWD_ROOTS or not (condemned or _happened(s, hit, dates))):
            return None  # a clash, a bombing, a protest the text gives no actor for still happened,
            # when the sentence tells it as a happening (a place, a toll, a date), not as a topic
        if condemned and source_ref is not None and previous is not None \
                and (_who(source_ref) == _who(previous["source"]) or source is None or source.last < hit.first):
            # "ندد الاتحاد الأوروبي بالهجوم" and "تلقى الملك اتصالاً ... عبّر فيه عن إدانته للاعتداء":
            # neither the speaker nor anyone named before the act did it; its doer follows it
            source_ref = None  # "ندد الاتحاد الأوروبي بالهجوم الإرهابي": the EU did not attack
            if hit.pattern.code[:2] not in CROWD_ROOTS:
                return None  # a violent act condemned still happened: it is kept without a doer
        end = _target_end(s, hit.last)
        subject_end = len(s.words)
        if source is not None and source.first > hit.last and source.last < end < len(s.words) - 1 \
                and all(w in SKIPPABLE for w in s.words[source.last + 1:end]) \
                and s.words[end] in ("،", ",") and (s.actor_at(end + 1) is not None or title_word(s, end + 1)):
            subject_end = end  # the comma ends the subject (and its time: "أمس،"): what follows is the object
            end = _target_end(s, end + 1)  # "دعا مندوب المملكة السفير المعلمي، الأمين العام إلى": past the comma
        preps = hit.pattern.options.target
        if hit.pattern.kind == "noun" and hit.pattern.code[:2] == "04" and _gathered(s, hit):
            preps = preps | {"ب"}  # "القمة التي جمعت الرئيس بقادة الخليج": the one met follows بـ
        if by_authorities:  # the passive's subject is the one arrested: before the verb or right after it
            after_title = _titled_person(s, hit.last + 1)  # "تم اعتقال الشيخ عمر عبدالخالق"
            patients = (subject_before(s, hit.first, s.clause_start(hit.first)), after_title or s.actor_at(hit.last + 1))
            found = [a for a in patients if a is not None and (a.first == hit.last + 1 or a.last < hit.first
                                                               or a is after_title)][:1]
        else:
            received = _received(s, hit, source, after, preps)  # "استقبل فلان في قصره بجدة أمس فلاناً"
            found = received if received is not None else actors_after(s, after, end, preps, source) if preps else []
            if not found and preps and (past := past_medium(s, after + 1, end) - 1) > after:
                found = actors_after(s, past, end, preps, source)  # "دانت في بيان على موقعها الإلكتروني القصف"
        if not found and hit.pattern.code == "042" and hit.last + 1 < len(s.words):
            visited = s.actor_at(hit.last + 1)  # "زيارة دمشق": the place visited
            found = [visited] if visited is not None and visited.first == hit.last + 1 and visited.type == "GPE" else []
        group = coordinated(s, source, subject_end) if source is not None else []
        targets = [a for a in found if not _same(a, source) and not any(_same(a, m) for m in group)]
        mutual = False
        if source is not None and source.first > 0 and s.words[source.first - 1] == "بين" and len(group) > 1:
            targets = group[1:]  # "اشتباكات بين الشرطة والمسلحين": the other side
            if (sides := _other_side(s, group)) is not None:
                targets = sides  # "بين قوات النظام وحزب الله من جهة وبين فصائل معارضة": the group is one side
            mutual = hit.pattern.code[:2] in MUTUAL_ROOTS and spoken is None
        elif not targets and len(group) > 1 and preps:  # "دعت الولايات المتحدة والسعودية طرفي النزاع"
            found = actors_after(s, group[-1].last, end, preps, group[-1])
            targets = [a for a in found if not any(_same(a, member) for member in group)]
        if not targets and len(group) > 1 and _joint_act(hit.pattern.code) and _can_act(group[1]):
            targets = group[1:]  # "أبرمت إيران ومجموعة 5+1 اتفاقاً": each signs with the other
        targets = [_named_member(s, t) or t for t in targets]  # "اعتقال أحد أبرز رموز التيار الشيخ فلان"
        if source_ref is not None and source_ref.get("entity"):
            targets = [t for t in targets if t.entity != source_ref["entity"]]  # no one acts on itself
        if source_ref is not None and source is None:
            targets = [t for t in targets if s.text_of(t.start, t.end) != source_ref.get("text")]  # "من قبل الشرطة"
        if not targets and hit.pattern.kind == "noun" and "obj" in preps:
            owner = _pronoun_patient(s, hit, source)  # "بعد 4 أيام من إطلاق سراحه": the man named before
            targets = [owner] if owner is not None else []
        if not targets and hit.pattern.code[:2] in JUDGED_ROOTS:
            owner = _object_owner(s, max(hit.last, after), end, source)  # "ندد بالتصريحات التي ترددها إيران": Iran
            targets = [owner] if owner is not None else []
        if not targets and hit.pattern.code[:2] in APPEAL_ROOTS and source_ref is not None:
            asked = _complement_actor(s, hit, max(hit.last, after), source_ref)  # "دعا إلى تسجيل احتجاج لدى الأمم المتحدة"
            targets = [asked] if asked is not None else []
        if source is None and not targets and _killed(s, hit):
            victim = subject_before(s, hit.first, s.clause_start(hit.first))
            targets = [victim] if victim is not None else []  # "عناصر الشرطة قتلوا": the victims
        if hit.pattern.code[:2] == "19" and targets and all(t.type in ("LOC", "FAC", "GPE") for t in targets):
            held = _held_by(s, targets[-1].last, end)  # "تحرير الموصل من سيطرة تنظيم داعش"
            targets += [held] if held is not None and not _same(held, source) else []
        if backer is not None:
            targets = [backed] if backed is not None else []
        if not targets and REQUIRES_TARGET in hit.pattern.options.extra.get("requires", ()):
            return None  # "قال في مؤتمر صحافي": no meeting without someone it is held with
        cameo = _armed_support(hit, s, targets) or hit.pattern.code
        if cameo[:2] in SPEECH_ROOTS and source_ref is not None:
            source_ref = _own_side_speaker(s, hit, source_ref, doc.quotes, entities) or source_ref
        mode = modality(s, hit, doc.quotes)
        date = _date(dates.get(future=mode == "planned"), s, hit.first)
        place = self.places.place(s, hit.first, [source], entities) or self._target_place(targets) or dateline
        start, stop = s.start, min(s.end, s.start + EVIDENCE_MAX)
        source_ref = self._placed(source_ref, place)
        if by_authorities and source_ref is not None and source_ref.get("actor_code") == "GOV":
            return None  # whose authorities neither the article nor the place says
        refs = [self._target(t, text) for t in targets]
        event: dict[str, Any] = {
            "cameo": cameo, "root": cameo[:2], "plover": plover_of(cameo),
            "trigger": text[s.tokens[hit.first].start:s.tokens[hit.last].end],
            "source": source_ref, "targets": refs,
            "modality": mode, "date": date[0], "date_text": date[1], "place": place,
            "start": start, "end": stop, "evidence": text[start:stop],
        }
        if mutual and source_ref is not None and len(refs) == 1:
            event[MIRROR] = _mirrored(event)
        return event


# Acts only a state's authorities carry out (arrests, detentions, trials, releases): told in the
# passive or as a bare verbal noun, their doer is still the authorities of the country.
AUTHORITY_ACTS = frozenset({"173", "174", "172", "084"})


# Acts two sides do to each other, told "بين X و Y": coded both ways, as neither is named the
# one who began (dev gold codes such clashes from either side).
MUTUAL_ROOTS = frozenset({"19"})
MIRROR = "_mirror"


ON_ONE_HAND = [word_form("من"), word_form("جهة")]


def _other_side(s: Sentence, group: list[Actor]) -> list[Actor] | None:
    """The actors of the second side when "من جهة" closes the first ("بين X و Y من جهة و Z من
    جهة أخرى"), up to the next "من جهة" or the clause's end; None without it."""
    k = group[-1].last + 1
    if s.words[k:k + 2] != ON_ONE_HAND:
        return None
    end = s.clause_end(k + 2)
    side: list[Actor] = []
    for actor in s.actors:
        if actor.first < k + 2 or actor.first >= end:
            continue
        if s.words[actor.first - 2:actor.first] == ON_ONE_HAND:
            break
        side.append(actor)
        if s.words[actor.last + 1:actor.last + 3] == ON_ONE_HAND:
            break
    return side


def _joint_act(code: str) -> bool:
    """Acts two subjects do with each other: meetings and talks (04), agreements and
    cooperation (057, 06); not strikes, which two allies make together on a third."""
    return code[:2] in ("04", "06") or code[:3] in ("057", "046")


def _with_mirrors(events: list[dict[str, Any]], mirrors: list[dict[str, Any]],
                  seen: set[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The other sides of the clashes, added once the article's own reports are in: a side
    told fighting later ("المقاومة تفرض حصاراً على الحوثيين") is its own report, not a repeat
    of the mirror; a mirror with the key of a report the article has is left out."""
    added = False
    for mirror in mirrors:
        if _key(mirror) not in seen:
            seen.add(_key(mirror))
            events.append(mirror)
            added = True
    return sorted(events, key=lambda e: e["start"]) if added else events


def _mirrored(event: dict[str, Any]) -> dict[str, Any]:
    """The same clash from the other side: the target acts, the source is its target."""
    target, source = event["targets"][0], event["source"]
    side = {k: v for k, v in target.items() if k in REFERENCE_KEYS}
    other = {k: v for k, v in source.items() if k in REFERENCE_KEYS}
    return {**event, "source": side, "targets": [other]}


def _private(actor: Actor | None) -> bool:
    """A person or an unnamed civilian, who does not arrest or try anyone: after an arrest
    verb they are its object, the verb read as the passive."""
    if actor is None or actor.type not in ("PER", "UNNAMED"):
        return False
    return (actor.code or "")[3:6] not in STATE_SECTORS and not (actor.type == "UNNAMED" and len(actor.code or "") == 3)


def _authorities(doc: Document, s: Sentence, hit: Hit) -> dict[str, Any] | None:
    """The unnamed authorities of the article's country (SDNGOV), when the clause names no
    agent and the act is the kind only a state performs; without an article country, the
    place's (the caller's `_placed` puts it before "GOV")."""
    if _agent_phrase(s, hit) is not None:
        return None  # "على أيدي مسلحين": an agent is named, the crowd rule handles it
    country = doc_view(doc).country
    return {"entity": None, "text": "", "actor_code": (country or "") + "GOV"}


SUPPORT_HEADS = frozenset(word_form(w) for w in "دعم ساند مساندة".split())
ARMED_SECTORS = ("REB", "MIL", "UAF", "INS", "SPY")
REGIME = frozenset(word_form(w) for w in "نظام لنظام النظام للنظام".split())


def _received(s: Sentence, hit: Hit, source: Actor | None, after: int, preps: frozenset[str]) -> list[Actor] | None:
    """The one met or received after the place and time of the meeting ("استقبل الأمير في
    قصره في جدة أمس الأول سامح شكري"), or None when no such place or time follows the host;
    a town or building found there is still the venue, never the one received."""
    if "obj" not in preps or hit.pattern.code[:2] != "04" or source is None:
        return None
    venue_end = past_venue(s, after + 1, len(s.words))
    if venue_end <= after + 1 or venue_end >= len(s.words) or s.words[venue_end] in PREPOSITIONS:
        return None  # "التقى فلان أمس مع ...": the one met comes with its preposition
    return [a for a in actors_after(s, venue_end - 1, _target_end(s, venue_end), preps, source)
            if (a.first <= venue_end + OBJECT_REACH or role_head(s.words[venue_end]))  # "رئيس فرع ... الدكتور فلان"
            and a.type not in ("GPE", "LOC", "FAC")]


def _title_chain_end(s: Sentence, source: Actor, after: int) -> int:
    """The last word of the titles that follow a person ("الأمير فلان بن عبدالعزيز ولي العهد
    النائب الثاني لرئيس مجلس الوزراء وزير الدفاع السعودي"): his lineage, his own mentions, the
    adjectives of his state and his titles, one after another; not a title followed by another
    person's name, which is the object's ("... وزير الخارجية المصري سامح شكري")."""
    k = after + 1
    while k < len(s.words):
        actor = s.actor_at(k)
        if actor is not None and actor.first == k and (_same(actor, source) or (
                actor.type in ("GPE", "NORP") and nisba(s.words[actor.last]))):
            k = actor.last + 1  # "ولي العهد" (another mention of him), "السعودي"
            continue
        if s.words[k] in LINEAGE and k + 1 < len(s.words) and s.tokens[k + 1].kind == "word":
            k += 2 + (s.words[k + 1] == ABD and k + 2 < len(s.words))  # "بن عبد العزيز"
            continue
        end = _title_end(s, k)
        if end < k or any(a.type == "PER" and not _same(a, source) and k <= a.first <= end + 1 for a in s.actors):
            break  # no title here, or the object's title before its name
        k = end + 1
    return k - 1


LINEAGE = frozenset(word_form(w) for w in "بن ابن آل".split())
ABD = word_form("عبد")


def _title_end(s: Sentence, k: int) -> int:
    """The last word of a title starting at word `k` (bare or definite: "نائب رئيس مجلس
    الوزراء", "النائب الثاني لرئيس مجلس الوزراء"), up to a preposition, punctuation, a word
    behind ب, a person or the next title; k - 1 when no title starts there."""
    if not role_head(s.words[k]) or s.actor_at(k) is not None:
        return k - 1
    for j in range(k + 1, min(len(s.words), k + TITLE_CHAIN_REACH)):
        word = s.words[j]
        person = s.actor_at(j)
        if (role_head(word) and j > k + 1 and not word.startswith("لل") and word[:1] != "ل") \
                or (person is not None and person.type == "PER"):
            return j - 1
        if word in PREPOSITIONS or word in THAT or s.tokens[j].kind == "punct" or word[:1] == "ب":
            return j - 1
    return k


TITLE_CHAIN_REACH = 7  # words of one title: "النائب الثاني لرئيس مجلس الوزراء"


HELD = frozenset(word_form(w) for w in "تحت من عن لسيطرة".split())


def _held_state(s: Sentence, hit: Hit) -> bool:
    """"تحت سيطرة المتمردين", "تحريرها من سيطرة داعش": control as a state the place is in or
    is taken from, not an act of taking it ("استمرار سيطرة داعش على المخيم" is one)."""
    return hit.pattern.code[:3] == "192" and hit.first > 0 and s.words[hit.first - 1].lstrip("و") in HELD


def _fighting_body(actor: Actor) -> bool:
    """An armed group or force ("داعش", "المقاومة", "مسلحين"): after an attack noun whose object
    is not its genitive ("هجوم داعش", "هجمات المقاومة") it is the attacker, not the attacked."""
    code = actor.code or ""
    return actor.type in ("ORG", "UNNAMED") and (sector(code) in ARMED_SECTORS or code.startswith("IMG"))


def _armed_support(hit: Hit, s: Sentence, targets: list[Actor]) -> str | None:
    """Support given to an armed group or a regime is material (070: "دعمها للحوثيين",
    "دعم طهران لنظام بشار الأسد"), not the endorsement 051 codes."""
    if hit.pattern.code != "051" or hit.pattern.head not in SUPPORT_HEADS:
        return None
    armed = any(sector(t.code or "") in ARMED_SECTORS for t in targets)
    regime = any(t.first > 0 and s.words[t.first - 1] in REGIME for t in targets) or any(
        w in REGIME for w in s.words[hit.last + 1:hit.last + 4])
    return "070" if armed or regime else None


WITH_SUPPORT = frozenset(word_form(w) for w in "بدعم وبدعم بمساندة وبمساندة".split())


def _backer(s: Sentence, hit: Hit) -> Actor | None:
    """The actor after "بدعم (من)" / "بمساندة": it supports the one the clause tells of, the
    reverse of "دعم X" (X is the one supported)."""
    if hit.first != hit.last or s.words[hit.first] not in WITH_SUPPORT:
        return None
    k = hit.last + 1
    if k < len(s.words) and s.words[k] in ("من", "ومن"):
        k += 1
    actor = s.actor_at(k) if k < len(s.words) else None
    return actor if actor is not None and actor.first == k else None


def _backed(s: Sentence, hit: Hit, source: Actor | None, backer: Actor) -> Actor | None:
    """Who is backed "بدعم من X": the source found for the noun, else the first actor of the
    clause before it (the subject of the act it backs)."""
    if source is not None and not _same(source, backer) and source.last < hit.first:
        return source
    start = s.clause_start(hit.first)
    before = [a for a in s.actors if start <= a.first and a.last < hit.first and _can_act(a)]
    return before[0] if before else None


# CAMEO agent codes that say what an actor is but not whose (no country before them).
SECTORS = frozenset("GOV MIL COP JUD SPY LEG REB INS OPP CVL EDU MED BUS LAB HLH REF ELI CRM".split())


DISCOURSE_REACH = 600  # characters back within which a dropped subject is the last one named


class _Discourse:
    """The subjects named so far (quote speakers and event sources, by position), for verbs
    whose subject is only their inflection: Arabic drops a subject the reader knows."""

    def __init__(self, doc: Document):
        self.types = {e["id"]: e.get("type") for e in doc.entities}
        self.subjects: list[tuple[int, dict[str, Any]]] = sorted(
            ((q["cue_start"], q["speaker"]) for q in doc.quotes if q.get("cue_start") is not None
             and (q["speaker"].get("entity") or q["speaker"].get("actor_code"))), key=lambda x: x[0])

    def add(self, at: int, ref: dict[str, Any] | None) -> None:
        if ref and (ref.get("entity") or ref.get("actor_code")):
            insort(self.subjects, (at, ref), key=lambda x: x[0])

    def last_body(self, before: int) -> dict[str, Any] | None:
        """The last named body or group before `before` ("هذه القوات" after "مقاتلي المقاومة")."""
        found = [ref for at, ref in self.subjects if before - DISCOURSE_REACH <= at < before
                 and self.types.get(ref.get("entity") or "") == "ORG"]
        return dict(found[-1]) if found else None

    def last(self, before: int, feminine: bool | None = None) -> dict[str, Any] | None:
        """The last subject before `before`; with `feminine` set, the last that agrees with a
        verb of that gender (a person takes "وأكد", a state "وأكدت")."""
        found = [ref for at, ref in self.subjects if before - DISCOURSE_REACH <= at < before]
        if feminine is not None:
            found = [ref for ref in found if _agrees(self.types.get(ref.get("entity") or ""), feminine)]
        return dict(found[-1]) if found else None


LEADING = frozenset(word_form(w) for w in "ثم كما قد لقد فقد وقد بل كذلك".split())


def _nominative_plural(word: str) -> bool:
    """"المهاجمون", "المتظاهرون": a sound plural in the nominative is a subject, not an object."""
    bare = word[2:] if word.startswith("ال") else word
    return len(bare) >= 5 and bare.endswith("ون") or strip_proclitics(word) in crowd_words()


def _oblique_plural(s: Sentence, actor: Actor) -> bool:
    """An unnamed actor whose head is a sound plural or dual in -ين/-يين (شرطيين، مسلحين،
    جنديين): accusative or genitive, so the object of the verb before it."""
    if actor.type != "UNNAMED":
        return False
    head = strip_proclitics(s.words[actor.first])
    return len(head) >= 5 and head.endswith("ين")


def _feminine(s: Sentence, hit: Hit) -> bool | None:
    """The gender a singular verb agrees with: past in ت ("ودعت"), present in ت ("وتدعو");
    None for a plural or a form that does not say."""
    word = s.words[hit.first]
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if word.endswith(("وا", "ون", "ان")):
        return None
    pos = hit.analysis.form.pos
    if pos == "past":
        return word.endswith("ت")
    if pos == "present":
        return word.startswith(("ت", "ست"))
    return None


def _agrees(entity_type: str | None, feminine: bool) -> bool:
    """A person is taken as "he" and a state as "she" (وأكد بومبيو، وأكدت السعودية); bodies
    and unnamed actors agree either way (الوزارة، الاتحاد)."""
    if entity_type == "PER":
        return not feminine
    if entity_type == "GPE":
        return feminine
    return True


TOPIC_TYPES = frozenset({"GPE", "ORG"})  # a person opening a sentence is most often a speaker's label


def _topic(s: Sentence, hit: Hit) -> Actor | None:
    """The actor a sentence opens with, as its topic ("وتركيا العضو في حلف الأطلسي في حالة
    تأهب قصوى منذ أن بدأت حرباً"), is the subject of an act in it that has none of its own,
    when a verb's gender agrees; no other actor of the kind stands between them."""
    if not s.actors or hit.pattern.code[:2] in SPEECH_ROOTS:
        return None  # praise, calls, criticism in a sentence about X are as often of X as by it
    if hit.pattern.code[:2] in CROWD_ROOTS and hit.pattern.kind == "noun" \
            and _light_verb_before(s, hit) is None:
        return None  # "اشتباكات" told in a sentence about a state happened there, not by it
        # ("بدأت حرباً" is waged by the one who began it)
    first = s.actors[0]
    if first.first != 0 or first.type not in TOPIC_TYPES or first.last + 1 >= hit.first or not _can_act(first) \
            or s.tokens[first.last + 1].kind == "punct":  # "الشيخ يوسف :" labels a speaker's turn
        return None
    if any(a.type in TOPIC_TYPES and first.last < a.first < hit.first and s.words[a.first - 1] not in PREPOSITIONS
           and not clitic_preposition(s, a) for a in s.actors[1:]):
        return None  # another subject candidate (one governed by a preposition is not)
    feminine = _feminine(s, hit)
    return first if feminine is None or _agrees(first.type, feminine) else None


SOMEONE = frozenset(word_form(w) for w in "البعض بعضهم آخرون الآخرون كثيرون الكثيرون الجميع أحدهم".split())


CONGRATULATE = word_form("هنأ")


def _only_the_congratulated(s: Sentence, hit: Hit) -> bool:
    """"وهنأ رئيس السنغال بذكرى استقلال بلاده": one actor between a congratulation and its
    occasion is the one congratulated; the one congratulating is the sentence's subject, unsaid
    ("هنأ الملك الرئيس الفرنسي بذكرى" names both)."""
    if hit.pattern.kind != "verb" or hit.analysis.form.base != CONGRATULATE or hit.last + 1 >= len(s.words):
        return False
    actor = s.actor_at(hit.last + 1)
    if actor is None or actor.first != hit.last + 1:
        actor = title_actor(s, hit.last + 1, len(s.words)) if title_word(s, hit.last + 1) else None
    if actor is None:
        return False
    end = apposition_end(s, actor.last) if actor.type == "PER" else actor.last
    return end + 1 < len(s.words) and s.words[end + 1] in CONGRATULATIONS


def _dropped_subject(s: Sentence, hit: Hit) -> bool:
    """A verb opening its clause with no subject after it ("وأثنى على الجهود", "كما تمكنوا
    من"): its subject is the pronoun in its inflection."""
    if hit.pattern.kind != "verb" or hit.analysis.form.pos not in ("past", "present", "future"):
        return False
    start = s.clause_start(hit.first)
    if not all(w in LEADING or w in SKIPPABLE for w in s.words[start:hit.first]):
        return False
    if s.words[hit.first].endswith(("وا", "ون")):
        return True  # "تمكنوا", "يواصلون": the plural ending is the subject
    if hit.last + 1 < len(s.words) and s.words[hit.last + 1] in SOMEONE:
        return False  # "وانتقد البعض الاتفاق": a subject, one nobody names
    if _only_the_congratulated(s, hit):
        return True
    if hit.pattern.code[:2] in SPEECH_ROOTS and hit.last + 1 < len(s.words) and s.actor_at(hit.last + 1) is None \
            and not _nominative_plural(s.words[hit.last + 1]):
        return True  # "وحث البنوك على": a call's next noun, when no actor, is whom it calls on
    nxt = s.words[hit.last + 1] if hit.last + 1 < len(s.words) else ""
    # a singular verb whose next word is a preposition or a that-particle has no noun subject
    # after it ("وأثنى على الجهود"); a noun there is most often its subject ("سيتباحث المجتمعون")
    return nxt in PREPOSITIONS or nxt in THAT or (nxt[:1] in ("ب", "ل") and not nxt.startswith("ال")
                                                  and len(nxt) > 3)


def _dropped_light_subject(s: Sentence, hit: Hit) -> bool:
    """A verbal noun after a verb that opens its clause with no subject ("كما واصلوا تقدمهم",
    "وبدأت هجوماً"): the doer is the verb's pronoun, as for `_dropped_subject`."""
    if hit.pattern.kind != "noun":
        return False
    k = _light_verb_before(s, hit)
    if k is None or not _adjacent(s, k, hit.first):
        return False  # "وتعقد القمة وسط إجراءات": a noun between is the verb's subject
    start = s.clause_start(k)
    opened = start == 0 or s.words[k][:1] in ("و", "ف") or any(w in LEADING for w in s.words[start:k])
    # "قوات يمنية مؤيدة للتحالف الذي تقوده السعودية، خاضت اشتباكات": after a comma alone, the
    # subject is the phrase before it
    return opened and all(w in LEADING or w in SKIPPABLE for w in s.words[start:k])


def _place_state(places: PlaceFinder, actor: Actor) -> str | None:
    entry = places.kb.entries.get(actor.entity or "")
    if entry is None or entry.type not in ("LOC", "FAC", "GPE") or entry.actor_code:
        return None
    return entry.country


HAPPENING = frozenset(word_form(w) for w in (
    "وقع وقعت اندلع اندلعت اندلاع دارت دار تجدد تجددت شهد شهدت يشهد تشهد أسفر أسفرت سقط سقطت هز هزت استمر "
    "استمرت تواصل تواصلت قتل قتلى قتيل مقتل جرحى جريح مصرع مصرعهم إصابة إصابات أصيب أصيبوا "
    "خلف خلفت أوقع أوقعت استهدف استهدفت قتلوا قتلت لقوا لقي قضى قضت قضوا لقيت استشهد استشهدوا".split()))


BACKGROUND = frozenset(word_form(w) for w in (
    "بعد منذ قبل إثر اثر عقب ذكرى خلفية أعقاب غرار انتهاء نهاية".split()))


def _happened(s: Sentence, hit: Hit, dates: _LazyDates) -> bool:
    """A sentence that tells a clash or a bombing as something that happened: a word of
    occurrence or casualties, a place it happened in, or a date next to it."""
    forms = {strip_proclitics(w, prepositions=True) for w in s.words} | set(s.words)
    if forms & HAPPENING:  # "لقوا مصرعهم إثر انفجار عبوة": a toll tells it happened
        return True
    before = s.words[max(0, hit.first - 2):hit.first]
    if any(w in BACKGROUND or strip_proclitics(w, prepositions=True) in BACKGROUND for w in before):
        return False  # "بعد مقتل ...", "منذ الحرب", "ذكرى التفجير": an earlier act the story refers to
    if any(a.type in ("GPE", "LOC", "FAC") and a.entity for a in s.actors if a.first > hit.last):
        return True
    at = s.tokens[hit.first].start
    return any(abs(d.start - at) <= DATE_REACH and d.precision in ("day", "week") for d in dates.get(future=False))


AGENT_MARKERS = {("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("برصاص", ""), ("بنيران", ""), ("بايدي", "")}


def _agent_phrase(s: Sentence, hit: Hit, text: str | None = None) -> dict[str, Any] | None:
    """The doer named after an agent marker in the clause: "على يد/أيدي X", "من قبل X",
    "برصاص X" (the passive and the victim's point of view hide the subject)."""
    end = min(len(s.words), hit.last + 1 + TARGET_WINDOW)
    for k in range(hit.last + 1, end):
        pair = (s.words[k], s.words[k + 1] if k + 1 < len(s.words) else "")
        single = (s.words[k], "")
        if pair in AGENT_MARKERS or single in AGENT_MARKERS:
            first = k + (2 if pair in AGENT_MARKERS else 1)
            return _phrase(s, first)
    return None


COERCIVE_ROOTS = frozenset({"13", "17", "18", "19", "20"})  # acts one suffers at someone's hands
AGENT_MARKER_REACH = 6  # words from a verb to "على يد" / "من قبل" naming its doer


def _agent_marked(s: Sentence, hit: Hit) -> bool:
    """A verb followed in its clause, within a few words, by "على يد X" or "من قبل X" with X
    an actor: the verb is a passive the print does not mark (قتل = قُتل)."""
    if hit.pattern.kind != "verb":
        return False
    for k in range(hit.last + 1, min(len(s.words) - 2, hit.last + 1 + AGENT_MARKER_REACH)):
        if s.tokens[k].kind != "word":
            return False
        if (s.words[k], s.words[k + 1]) in AGENT_MARKERS:
            first = k + 2 + (s.words[k + 2] in OPENING_MARKS)
            actor = s.actor_at(first) if first < len(s.words) else None
            return actor is not None and actor.first == first and (actor.entity is not None or bool(actor.code))
    return False


def _phrase(s: Sentence, first: int) -> dict[str, Any] | None:
    """The actor or crowd phrase starting at word `first`, as an actor reference."""
    if first < len(s.words) and s.words[first] in OPENING_MARKS:
        first += 1  # "من قبل «ولاية سيناء»"
    if first >= len(s.words):
        return None
    actor = s.actor_at(first)
    if actor is not None and actor.first == first and (actor.entity or actor.code):
        return {"entity": actor.entity, "text": s.text_of(actor.start, actor.end), "actor_code": actor.code}
    words = [k for k in range(first, min(len(s.words), first + CROWD_WORDS))
             if s.tokens[k].kind == "word" and s.words[k] not in PREPOSITIONS]
    words = words[:next((n for n, k in enumerate(words) if k != first + n), len(words))]
    if not words or not _crowd_head(s, words):
        return None
    inside = [a for a in s.actors if a.first >= words[0] and a.last <= words[-1]]
    code = next((a.code for a in inside if a.code), None)
    return {"entity": None, "text": s.text_of(s.tokens[words[0]].start, s.tokens[words[-1]].end), "actor_code": code}


def _reporting(word: str) -> bool:
    """A reporting verb (أعلنت، قالت، ذكرت): its subject told of the act, it did not do it."""
    return any(h.pattern.code in ("say", "cont") for h in cue_lexicon().find([word], 0))


def _crowd(s: Sentence, hit: Hit, text: str) -> dict[str, Any] | None:
    """The unnamed actor of a protest or an attack: the noun phrase after the verb (VSO) or
    before it, or the genitive of a verbal noun ("اعتصام ذوي الإعاقة"); coded with the
    country an adjective or name in it gives ("أسير فلسطيني")."""
    agent = _agent_phrase(s, hit)
    if agent is not None:  # "تعرض صحفي للضرب على أيدي مجهولين", "اغتيل برصاص مسلحين"
        return agent
    patient = hit.pattern.kind == "noun" and ("obj" in hit.pattern.options.target or hit.pattern.code[:2] in VICTIM_ROOTS) \
        or _passive(s, hit)
    patient = patient or _act_subject(s, hit)[0]  # "الغارات استهدفت المتمردين": they were struck
    spans = [] if patient else [range(hit.last + 1, len(s.words))]  # "مقتل زعيم التنظيم": the victim
    start = s.clause_start(hit.first)
    if hit.pattern.kind != "noun" and not _killed(s, hit):
        spans.append(range(hit.first - 1, start - 1, -1))
    elif hit.first - start >= 2 and not _reporting(s.words[start]) and not _witnessed(s, hit) \
            and strip_proclitics(s.words[start], prepositions=True) not in PREPOSITIONS \
            and s.words[start][1:] not in PREPOSITIONS:  # "وفي العراق نفذت ... ضربة": no verb opens it
        # "أغلق مزارعون غاضبون الطريق احتجاجاً": the clause verb's subject (not "أعلنت مصادر مقتل ...")
        spans.append(range(start + 1, min(hit.first, start + 3)))
    for span in spans:
        words: list[int] = []
        for k in span:
            if s.tokens[k].kind != "word" or s.words[k] in PREPOSITIONS or s.words[k] in THAT_PRONOUN \
                    or s.words[k] in THAT:
                break
            if s.words[k] in SKIPPABLE and not words and strip_proclitics(s.words[k], prepositions=True) not in crowd_words():
                continue  # time words, not the quantities a crowd is counted in
            words.append(k)
            if len(words) == CROWD_WORDS:
                break
        if words and _crowd_head(s, words, violent=hit.pattern.code[:2] in VICTIM_ROOTS):
            first, last = min(words), max(words)
            head = s.actor_at(first)
            if head is not None and head.first == first and not _can_act(head):
                continue  # "شهدت إسطنبول إطلاق نار": a town is where, not who
            if head is not None and head.first == first and (head.entity or head.type == "UNNAMED"):
                return head.ref(text)  # "التحالف الدولي غارات جوية تستهدف": the actor, not the phrase
            inside = [a for a in s.actors if a.first >= first and a.last <= last]
            code = next((a.code[:3] for a in inside if a.code), None)
            return {"entity": None, "text": text[s.tokens[first].start:s.tokens[last].end], "actor_code": code}
    return None


def _word_file(name: str) -> frozenset[str]:
    """The words of a data file of this package (# lines are comments), in their word forms."""
    text = files("rasd.events").joinpath("data", name).read_text("utf-8")
    return frozenset(word_form(w) for line in text.splitlines() if not line.startswith("#") for w in line.split())


@cache
def crowd_words() -> frozenset[str]:
    return _word_file("crowds.txt")


@cache
def means_words() -> frozenset[str]:
    """The means of an attack (a car bomb, a rocket): a happening's subject, never its source."""
    return _word_file("means.txt")


@cache
def victim_words() -> frozenset[str]:
    """Crowds that suffer attacks rather than carry them out (civilians, activists, children)."""
    words = "مدنيين مدنيون ناشطين ناشطون اطفال نساء مواطنين مواطنون سكان اشخاص شخصا صحفيين صحفيون مصلين ركاب"
    return frozenset(word_form(w) for w in words.split())


def _crowd_head(s: Sentence, words: list[int], violent: bool = False) -> bool:
    """Whether the phrase names people: an actor in it, or a crowd word or a plural participle
    (متظاهرون، مسلحين) at its head."""
    first = min(words)
    actor = s.actor_at(first)
    if strip_proclitics(s.words[first], prepositions=True) in means_words():
        return False  # "استهدف انفجار بسيارة مفخخة مسجداً": what struck, not who
    if violent and strip_proclitics(s.words[first], prepositions=True) in victim_words() \
            and (actor is None or actor.entity is None):
        return False  # "استهدف ناشطين", "تقصف السكان المدنيين": the ones it was done to
    if actor is not None and actor.first == first:
        return True
    head = strip_proclitics(s.words[first], prepositions=True)
    head = head[2:] if head.startswith("ال") else head
    plural_participle = head.startswith("م") and head.endswith(("ون", "ين")) and len(head) >= 6
    return head in crowd_words() or s.words[min(words)] in crowd_words() or plural_participle


def _target_end(s: Sentence, last: int) -> int:
    """Targets stay in the predicate's clause; a clause of only time words ("، أمس،") does
    not end it."""
    end = s.clause_end(last)
    start = last
    while end < len(s.words) and (all(w in SKIPPABLE for w in s.words[last + 1:end] if w not in ("،", ","))
                                  or _aside(s, end)):
        nxt = s.clause_end(end)
        if nxt <= end:
            break
        if _aside(s, end):  # past the aside to the end of the clause it interrupts
            nxt = s.clause_end(nxt)
        last, end = end, nxt
    return min(end, max(last, start) + 1 + TARGET_WINDOW)


def _aside(s: Sentence, comma: int) -> bool:
    """The clause after `comma` is a short aside closed by another comma ("، في مقر الوزارة
    بالرياض اليوم،") with the rest of the clause after it, not a new clause."""
    if s.words[comma] not in ("،", ","):
        return False
    nxt = s.clause_end(comma)
    return nxt < len(s.words) and s.words[nxt] in ("،", ",") and nxt - comma <= 8


def _unnamed_new_act(event: dict[str, Any]) -> bool:
    """An act told by a verb, with no target, by an unnamed actor ("وبدأت قوات الأمن حملة من أجل
    القبض" ... "وأعلنت الشرطة أنها اعتقلت"): its code alone does not make it the same act
    again; `_repeats` then weighs it like any other."""
    source = event["source"] or {}
    return bool(source.get("text")) and not source.get("entity") and not event["targets"] and not _given(event)


def _given(event: dict[str, Any]) -> bool:
    """The act is told by a definite noun ("الهجوم", "الغارات"), the way news refers back to
    an act already reported, rather than by a verb or an indefinite noun that tells one."""
    return word_form(event["trigger"].split()[0]).lstrip("وف").startswith(("ال", "بال", "لل"))


def _side(ref: dict[str, Any] | None) -> Any:
    """Who an actor reference stands for, to tell repeats: the entity, else the country of its
    code ("مقاتلات تركية" and "تركيا" are one side), else its words."""
    ref = ref or {}
    code = ref.get("actor_code") or ""
    return ref.get("entity") or (code[:3].lower() if len(code) >= 3 else None) or ref.get("text")


SPEECH_ROOTS = frozenset({"02", "03", "05", "10", "11", "12", "13"})


def _repeats(event: dict[str, Any], events: list[dict[str, Any]]) -> bool:
    """The act was already extracted: same root and kind, same side, same place, and no
    target the earlier report lacks, or one in common. The first report keeps its evidence;
    its targets take the new ones."""
    side = _side(event["source"])
    targets = {_side(t) for t in event["targets"]}
    for earlier in events:
        if earlier["root"] != event["root"] or _side(earlier["source"]) != side or side is None \
                or not _same_kind(earlier["cameo"], event["cameo"]) or _elsewhere(earlier, event):
            continue
        known = {_side(t) for t in earlier["targets"]}
        if event["root"] in SPEECH_ROOTS and not (targets & known):
            continue  # two calls or two condemnations by one speaker are two acts unless aimed alike
        if not targets and not _given(event) and not known:
            continue  # "اعتقلت أحد المشاركين" after "حملة من أجل القبض على المهاجمين": a verb tells a new act
        if not targets or targets & known:  # a later, vaguer report; an earlier one without targets
            # is another act when this one names them ("تقدم المقاومة" ... "سيطرت على قاعدة العند")
            earlier["targets"] += [t for t in event["targets"] if _side(t) not in known]
            return True
    return False


# Forms a pattern generates that are mostly other words: the adjective متوسطة (medium), the
# noun متهمين (defendants), قبضة (a grip: "من قبضة داعش"), حضن (a lap, not حض "urge"),
# مجتمعة (combined: "لهذه الأسباب مجتمعة").
OTHER_WORDS = frozenset(word_form(w) for w in (
    "متوسط متوسطا متوسطة متوسطه متوسطين متوسطون متوسطات متهم متهما متهمة متهمين متهمون متهمات "
    "قبضة قبضته قبضتها قبضتهم مقاتل مقاتلون مقاتلين مقاتلو مقاتلي مقاتلة حضن حضنه حضنها "
    "مجتمعة مجتمعه مجتمعين مجتمعتين "
    "مطالبين مطالبون".split()))  # the plural of مطالب (demands) is مطالب: مطالبين are claimants


NOTED = frozenset(word_form(w) for w in "نوه ينوه نوهت تنوه".split())
POINTING = frozenset(word_form(w) for w in "إلى الى على أن بأن إن".split())


def _noted_not_praised(s: Sentence, hit: Hit) -> bool:
    """"ونوه أمين المحافظة إلى أن ..." points something out; only "نوه بـ" praises: the first
    particle after the verb (and its subject) tells which."""
    if strip_proclitics(s.words[hit.first]) not in NOTED and s.words[hit.first] not in NOTED:
        return False
    for k in range(hit.last + 1, min(len(s.words), hit.last + 10)):
        word = s.words[k]
        if word in POINTING:
            return True
        if word[:1] == "ب" and not word.startswith("بان") and len(word) > 3:
            return False
    return True


def _in_body_name(s: Sentence, hit: Hit) -> bool:
    """A verbal noun that completes a body's name after its head is part of the name, not an
    act: "حركة نداء تونس", "جبهة التحرير", "قوات الدعم السريع", "مجلس التعاون"."""
    if hit.pattern.kind != "noun" or hit.first == 0:
        return False
    word = s.words[hit.first]
    if word[:1] in "بل" and not word.startswith("ال"):
        return False  # "مقر الحزب لهجوم": a preposition starts a new phrase
    before = s.words[hit.first - 1]
    before = before[1:] if before[:1] in "وفبل" and before[1:] in construct_heads() else before
    return before in construct_heads()


@cache
def construct_heads() -> frozenset[str]:
    """The heads of the organisation glossary in their construct form, before a genitive
    (حركة، حزب، قوات، مجلس): with ال they stand alone ("وحدات الجيش اشتباكات")."""
    return frozenset(h for h in glossary().heads if not h.startswith("ال"))


def _other_word(s: Sentence, hit: Hit) -> bool:
    return hit.first == hit.last and strip_proclitics(s.words[hit.first], prepositions=True) in OTHER_WORDS \
        or s.words[hit.first] in OTHER_WORDS or _adverb(s, hit) or _in_person_name(s, hit)


KIN = frozenset(word_form(w) for w in "بن ابن أبي أبو أبا بنت".split())


def _in_person_name(s: Sentence, hit: Hit) -> bool:
    """A trigger that is a part of a person's name: after a kinship word ("علي بن أبي طالب",
    "أبو حرب") or inside a person's mention past its first word ("سالم حرب")."""
    if hit.first > 0 and s.words[hit.first - 1] in KIN:
        return True
    actor = s.actor_at(hit.first)
    return actor is not None and actor.type == "PER" and actor.first < hit.first


FUTURE = word_form("مستقبلا")


def _adverb(s: Sentence, hit: Hit) -> bool:
    """"مستقبلاً" with no one after it to receive is "in the future" ("سينفذ عمليات مستقبلاً في")."""
    if s.words[hit.first] != FUTURE:
        return False
    k = hit.last + 1
    return k >= len(s.words) or s.tokens[k].kind != "word" or s.words[k] in PREPOSITIONS


def _passive(s: Sentence, hit: Hit) -> bool:
    """A verb printed with the passive's damma on its first letter (قُتل، دُمّرت، اُعتقل): its
    noun after it is the one it was done to."""
    if hit.pattern.kind != "verb":
        return False
    text = s.tokens[hit.first].text
    text = text[1:] if text[:1] in "وف" and len(text) > 3 else text
    return len(text) > 2 and (text[1] == "\u064f" or text[:2] == "ا\u064f")


def _reading(s: Sentence, found: list[Hit]) -> Hit:
    """The first (longest) reading, but a verbal noun over a past verb of the same letters
    after a light verb or a preposition ("تواصل إيران دعم الحوثيين": support, not "supported")."""
    first = found[0]
    if first.pattern.kind != "verb" or first.analysis.form.pos != "past" or first.first == 0:
        return first
    before = s.words[first.first - 1]
    subject = s.actor_at(first.first - 1)
    governed = _noun_slot(s, first.first) or _light(before) or (
        subject is not None and subject.first >= 1 and _light(s.words[subject.first - 1]))
    word = s.words[first.first]
    if not governed and word[:1] == "و" and len(word) > 3:  # "بسبب دعمها للإرهاب، ودعمها للحوثيين"
        governed = any(s.words[k] == word[1:] and _noun_slot(s, k) for k in range(first.first))
    if not governed:
        return first
    return next((h for h in found if h.pattern.kind == "noun" and h.last == first.last), first)


NOUN_GOVERNORS = frozenset(word_form(w) for w in "بسبب جراء إثر اثر بعد قبل خلال رغم بفضل لأجل نتيجة".split())


def _noun_slot(s: Sentence, k: int) -> bool:
    """Word `k` stands where only a noun can: after a preposition or a word that governs a
    genitive ("بسبب دعمها" is "her support", not "he supported her"; after بعد and the like
    only with a pronoun: "بعد رفض السلطات" reads best as the verb with its subject)."""
    if k == 0:
        return False
    before = s.words[k - 1]
    return before in PREPOSITIONS or before in NOUN_GOVERNORS and s.words[k].endswith(("ها", "ه", "هم"))


GIVING_ROOTS = frozenset({"05", "06", "07"})  # support and aid: "دعم X لـ Y" is X's, given to Y


def _then_for(s: Sentence, actor: Actor) -> bool:
    """A genitive followed by a ل-phrase is the doer ("دعم طهران لنظام الأسد": Tehran's
    support for the regime), the ل-phrase the one it is done for."""
    k = actor.last + 1
    if k >= len(s.words):
        return False
    word = s.words[k]
    return word.startswith("ل") and not word.startswith("ال") and len(word) > 3


def _light(word: str) -> bool:
    """A light or control verb, with و/ف and the future س on it (وستواصل)."""
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return word in LIGHT_VERBS or bare in LIGHT_VERBS or (bare[:1] == "س" and bare[1:] in LIGHT_VERBS)


def _same_kind(a: str, b: str) -> bool:
    """Codes that may report one act: the same, or one the root's general code ("190" covers
    "195" air strikes, but "192" taking a town and "191" a siege are two acts)."""
    return a[:3] == b[:3] or a[2:3] == "0" or b[2:3] == "0"


def _elsewhere(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two acts placed in different towns or regions (a war's fronts: "سيطروا على مديرية
    القفر" and "سيطروا على مديرية النادرة") are two acts; places finer than a country count."""
    pa, pb = a.get("place") or {}, b.get("place") or {}
    if not pa and pb and pb.get("precision") != "country":
        return True  # an act told without a place, then one on a named front: two acts
    fine = bool(pa and pb) and "country" not in (pa.get("precision"), pb.get("precision"))
    return fine and pa.get("entity") != pb.get("entity")


def _key_in_sentence(event: dict[str, Any]) -> tuple[Any, ...]:
    """An event without a source is kept once per sentence and root."""
    return event["root"], _who(event["source"])


CALLING = frozenset(word_form(w) for w in (
    "إياها إياه إياهم اعتبر اعتبرت اعتبرها اعتبره معتبرا معتبرة معتبرين واصفا واصفة وصف وصفت وصفها "
    "بوصفه بوصفها بمثابة".split()))


def _characterized(s: Sentence, hit: Hit) -> bool:
    """"معتبرة إياها اعتداءً صارخاً", "وصفها بالعدوان": a name given to an act, not an act."""
    if hit.pattern.kind != "noun":
        return False
    before = s.words[max(0, hit.first - 2):hit.first]
    return any(w in CALLING or (w[:1] in "وف" and w[1:] in CALLING) for w in before)


CEASE = frozenset(word_form(w) for w in "وقف لوقف ووقف بوقف ووقفا وقفا".split())




def _described(s: Sentence, hit: Hit) -> bool:
    """"المنظمات المتطرفة التي تقاتل في سوريا", "الذي يعمل مع المجلس": a present verb after a
    relative pronoun describes what someone does, it reports no act."""
    return hit.analysis.form.pos == "present" and hit.first > 0 and s.words[hit.first - 1] in RELATIVES


def _ceasefire(s: Sentence, hit: Hit) -> bool:
    """"وقف إطلاق النار": talk of a ceasefire is not shooting."""
    return hit.pattern.code[:2] in ("18", "19", "20") and hit.first > 0 and s.words[hit.first - 1] in CEASE


def _allowed(hit: Hit, words: set[str], blocked: Callable[[str], bool]) -> bool:
    options = hit.pattern.options
    if options.veto and any(w in options.veto or strip_proclitics(w, prepositions=True) in options.veto
                            for w in words):
        return False
    if options.needs and not any(w in options.needs or strip_proclitics(w, prepositions=True) in options.needs
                                 for w in words):
        return False
    return not blocked(hit.pattern.code[:2])


def _blocked_roots(s: Sentence) -> Callable[[str], bool]:
    """Roots the sentence's context words cancel (a match report cancels هجوم and ضربة)."""
    found: list[set[str]] = []

    def hit_roots() -> set[str]:
        # computed at the first question: most sentences have no pattern to ask about
        if not found:
            forms = set(s.words) | {strip_proclitics(w, prepositions=True) for w in s.words}
            found.append({root for root, words in vetoes().items() if forms & words})
        return found[0]

    def blocked(root: str) -> bool:
        roots = hit_roots()
        return root in roots or ("*" in roots and root in FORCE_ROOTS)

    return blocked


def _source(s: Sentence, hit: Hit) -> tuple[Actor | None, int]:
    """(the source actor, the index after which targets are searched)."""
    end = len(s.words)
    if hit.pattern.kind == "noun":
        return _noun_source(s, hit)
    if _passive(s, hit) or _agent_marked(s, hit):
        return None, hit.last  # "قُتل مئات من رجال الشرطة", "قتل الناشط على يد مسلحين": the object
    if hit.analysis.form.pos == "participle":
        return None, hit.last  # "مطالبين باستقالة المدرب فلان": the doer is the sentence's, never what follows
    if hit.first > 0 and s.words[hit.first - 1] in PREPOSITIONS:
        governing = _governing_verb(s, hit)  # "أقدم مواطن على قتل جاره": after a preposition, a masdar
        if governing is not None:
            return governing, hit.last
    if _plural_after_singular_relative(s, hit):
        return None, hit.last  # "الأراضي التي اتفقوا عليها": the verb's own plural subject, unnamed here
    if _only_the_congratulated(s, hit):
        return None, hit.last  # "هنأ رئيس السنغال بذكرى استقلال بلاده": the one congratulated
    antecedent = _antecedent(s, hit)
    if antecedent is not None and _intransitive_violence(s, hit):
        return None, hit.last  # "وقائد القوات الذي قتل في مارس": killed, not killing
    if antecedent is not None:  # "قوات الحوثيين المتحالفة مع إيران والتي سيطرت على صنعاء"
        own = _own_subject(s, hit)  # "المناطق التي تسيطر عليها داعش": the clause names its own
        return (own, max(own.last, hit.last)) if own is not None else (antecedent, _object_gap(s, hit, hit.first, antecedent))
    before = subject_before(s, hit.first, s.clause_start(hit.first))
    if before is not None and _killed(s, hit):
        return None, hit.last  # "4 من عناصر الشرطة قتلوا": قُتلوا, the police were the victims
    if before is not None and (before.last == hit.first - 1 or _qad_between(s, before.last, hit.first)) and (
            opens_clause(s, before) or _after_that(s, before.first)):
        return before, hit.last  # SVO: "موسكو انتقدت الولايات المتحدة", "إن جيش بوروندي اعتقل عشرات المسلحين"
    if before is None and unknown_that_subject(s, hit.first):
        return None, hit.last  # "يذكر أن هيكل قد هاجم السعودية": the noun after أن acted; what follows is hit
    if _subject_before_qad(s, hit):  # "فإن وفداً من الحركة، برئاسة فلان، قد زار السعودية": SVO
        return (before if before is not None and before.last == hit.first - 2 else None), hit.last
    opening = opening_apposition(s, hit.first)
    if opening is not None:  # "وزير الخارجية الأمريكي، جون كيري، انتقد روسيا"
        return opening, hit.last
    act, owner = _act_subject(s, hit)
    if act:  # "لكن عشرات الغارات التي تلت ذلك استهدفت المتمردين": the raids struck them
        return owner, hit.last
    actor = subject_after(s, hit.first, end)  # "أجرى بومبيو محادثات": inside the pattern
    if actor is not None and _plural_marked(s, hit):  # "زعماء الفصائل، يدعمون المؤتمر الوطني": a verb
        actor = None  # before its subject is singular, so the noun after a plural one is its object
    if actor is None and hit.last > hit.first and s.words[hit.last] not in PREPOSITIONS:
        actor = subject_after(s, hit.last, end)  # not "استمر في العمل مع [الأكراد]": that is the target
    if actor is not None and not _can_act(actor):
        actor = None  # "قبل أن تدخل زنجبار": a town after the verb is where, not who
    if actor is not None and hit.pattern.code[:2] in VICTIM_ROOTS and _victims(s, actor):
        actor = None  # "دبابة كانت تقصف السكان المدنيين": civilians after a violent verb suffer it
    if actor is not None and hit.pattern.code[:2] in VICTIM_ROOTS and _oblique_plural(s, actor):
        actor = None  # "قتل شرطيين": a sound plural in -ين after the verb is its object, not its subject
    if actor is not None and actor.type != "UNNAMED" or (actor is not None and actor.code):
        if actor.last < hit.last:
            return actor, _object_gap(s, hit, actor.last, actor)  # "دعت ميركل الحكومة التركية إلى ضبط النفس"
        return actor, max(actor.last, hit.last)
    if before is not None:
        return before, hit.last
    if actor is not None and actor.code:
        return actor, actor.last
    return _that_subject(s, hit), hit.last


def _qad_between(s: Sentence, last: int, verb: int) -> bool:
    """"أن الأمير قد استقبل": قد between a subject and its past verb."""
    return last == verb - 2 and s.words[verb - 1] in QAD


def _subject_before_qad(s: Sentence, hit: Hit) -> bool:
    """A past verb after a bare قد that follows a word (not "وقد زار الوزير", where the subject
    comes after): قد then closes its subject's phrase, so what follows the verb is its object."""
    k = hit.first - 1
    return hit.analysis.form.pos == "past" and k >= 1 and s.words[k] == QAD_BARE \
        and (s.tokens[k - 1].kind == "word" or s.words[k - 1] in ("،", ",", ")", "»")) \
        and s.words[k - 1] not in NOUN_THAT


QAD_BARE = word_form("قد")
CHARGES = frozenset(word_form(w) for w in "تهمة بتهمة لتهمة تهم بتهم بتهمتي التهمة بالتهمة".split())


INQUIRIES = frozenset(word_form(w) for w in "تحقيق تحقيقا تحقيقات التحقيق التحقيقات للتحقيق بالتحقيق".split())


def _charged(s: Sentence, hit: Hit) -> bool:
    """A verbal noun that names what someone is charged with or investigated for (بتهمة القتل،
    تحقيقاً في مقتل): the charge, not the doer's act or the investigator's."""
    if hit.pattern.kind != "noun" or hit.first == 0:
        return False
    before = s.words[hit.first - 1].lstrip("و")
    return before in CHARGES or (before == "في" and hit.first > 1 and s.words[hit.first - 2].lstrip("و") in INQUIRIES)


def _plural_marked(s: Sentence, hit: Hit) -> bool:
    """A verb that carries a plural subject in its ending (يدعمون، قصفوا، يقاتلون) and no object
    pronoun: Arabic puts a verb before its noun subject in the singular, so the noun that follows
    is not its subject."""
    if hit.pattern.kind != "verb" or hit.analysis.suffix or hit.last != hit.first:
        return False
    word = s.words[hit.first]
    return word.endswith(("ون", "وا")) and len(word) > 4


def _act_subject(s: Sentence, hit: Hit) -> tuple[bool, Actor | None]:
    """Whether a violent verb's subject is an attack or its means, before it in the clause
    ("الغارات الجوية التركية استهدفت المتمردين", "هجوم داعش الذي استهدف"): the noun after the
    verb is then its object. With it, whose attack it is: the state or group named in the
    attack's phrase, or None."""
    if hit.pattern.kind != "verb" or hit.pattern.code[:2] not in VICTIM_ROOTS:
        return False, None
    start = s.clause_start(hit.first)
    lexicon = pattern_lexicon()
    for k in range(hit.first - 1, max(start, hit.first - ACT_SUBJECT_REACH) - 1, -1):
        word = s.words[k]
        if s.tokens[k].kind != "word" or word in PREPOSITIONS or word in THAT:
            return False, None
        actor = s.actor_at(k)
        if actor is not None and not (actor.type in ("GPE", "NORP") and nisba(s.words[actor.last])) \
                and actor.last == hit.first - 1:
            return False, None  # "المهاجمون الأكراد استهدفوا": an actor right before the verb acts
        bare = strip_proclitics(word)
        attack = bare in means_words() or lexicon.could_start(word) and any(
            h.pattern.kind == "noun" and h.pattern.code[:2] in VICTIM_ROOTS for h in lexicon.find(s.words, k))
        if not attack:
            continue
        if strip_proclitics(word, prepositions=True) != bare or k > start and s.words[k - 1] in PREPOSITIONS:
            return False, None  # "خلال الغارات قتل الجيش": a time, not the subject
        owners = [a for a in s.actors if k < a.first and a.last < hit.first and a.entity and _can_act(a)
                  and not clitic_preposition(s, a)]  # named: "التفجير الإرهابي" says of no one
        return True, owners[0] if owners else None
    return False, None


ACT_SUBJECT_REACH = 8  # words from an attack noun to the verb it is the subject of


MEMBER_REACH = 4  # words from أحد to the group it partitions: "أحد أبرز رموز التيار"


def _titled_person(s: Sentence, k: int) -> Actor | None:
    """The person named right after a title or honorific at word `k` (الشيخ فلان، اللواء فلان)."""
    if k + 1 >= len(s.words) or s.actor_at(k) is not None or (s.words[k] not in romanizer().titles
                                                                and not title_word(s, k)
                                                                and strip_proclitics(s.words[k]) not in unnamed_agents()):
        return None  # الشيخ، اللواء، الناشط
    actor = s.actor_at(k + 1)
    return actor if actor is not None and actor.first == k + 1 and actor.type == "PER" else None


def _named_member(s: Sentence, target: Actor) -> Actor | None:
    """The person a partitive target goes on to name ("اعتقال أحد أبرز رموز التيار السلفي الشيخ
    مساعد السديرة"): the one arrested is the man, not the movement."""
    if target.type == "PER" or not any(s.words[k] in ONE_OF for k in range(max(0, target.first - MEMBER_REACH),
                                                                               target.first)):
        return None
    for k in range(target.last + 1, min(len(s.words), target.last + 4)):
        actor = s.actor_at(k)
        if actor is not None and actor.first == k:
            return actor if actor.type == "PER" else None
        if s.words[k] not in romanizer().titles and not title_word(s, k):  # الشيخ، اللواء (person_cues.txt)
            return None
    return None


ANOTHER = frozenset(word_form(w) for w in "أخرى اخرى أخريات ثانية".split())
AIRCRAFT = frozenset(word_form(w) for w in "طائرة طائرات مقاتلة مقاتلات مروحية مروحيات طيران".split())


def _another_of(s: Sentence, event: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """"قصفت طائرة أخرى موقعاً": an unnamed aircraft that is "another" belongs to whoever the last
    act of its kind was by (the coalition's), when that one is named."""
    source = event["source"] or {}
    words = search_form(source.get("text") or "").split()
    if source.get("entity") or len(words) != 1 or strip_proclitics(words[0]) not in AIRCRAFT:
        return None
    if not any(word == words[0] and nxt in ANOTHER for word, nxt in zip(s.words, s.words[1:], strict=False)):
        return None
    earlier = next((e["source"] for e in reversed(events) if e["root"] == event["root"] and e["source"]
                    and e["source"].get("entity")), None)
    return {**earlier, "text": source.get("text")} if earlier is not None else None  # its own words


def _describes(s: Sentence, hit: Hit, previous: dict[str, Any], previous_last: int | None) -> bool:
    """A violent verb right after the object of a violent act of the same root, adjectives
    between ("شنت غارات عنيفة استهدفت مواقع", "نفذ هجوماً انتحارياً استهدف"): an indefinite
    relative clause telling what that act struck, not a second act with a subject of its own."""
    if previous_last is None or hit.pattern.kind != "verb" or hit.pattern.code[:2] not in ("18", "19") \
            or previous["root"] not in ("18", "19") or not 1 <= hit.first - previous_last <= DESCRIBES_REACH:
        return False
    between = range(previous_last + 1, hit.first)
    return all(s.tokens[k].kind == "word" and s.words[k] not in PREPOSITIONS and s.actor_at(k) is None
               and not s.words[k].startswith("و") for k in between)


DESCRIBES_REACH = 3  # words from the act's object to the verb describing it: غارات جوية عنيفة استهدفت


def _victims(s: Sentence, actor: Actor) -> bool:
    """An unnamed actor headed by a word for civilians (السكان، المدنيين، الأطفال)."""
    return actor.type == "UNNAMED" and actor.entity is None \
        and strip_proclitics(s.words[actor.first], prepositions=True) in victim_words()


def _after_that(s: Sentence, k: int) -> bool:
    """Word `k` follows a that-particle, a quotation mark allowed between ("إن «جيش بوروندي")."""
    k -= 1
    while k >= 0 and s.tokens[k].kind == "punct" and s.words[k] in ("«", '"', "“", "'"):
        k -= 1
    return k >= 0 and s.words[k] in NOUN_THAT


THAT_SUBJECT_REACH = 10  # words between a that-particle's noun and the verb it is the subject of


def _that_subject(s: Sentence, hit: Hit) -> Actor | None:
    """"أكد مصدر أن المقاومة الشعبية والجيش الموالي للشرعية تفرض حصاراً": after أنّ the noun
    comes first and is the subject of the verb that follows, however long its phrase."""
    for k in range(hit.first - 1, max(-1, hit.first - 1 - THAT_SUBJECT_REACH), -1):
        word = s.words[k]
        if s.tokens[k].kind != "word":
            return None
        if word in NOUN_THAT:
            actor = s.actor_at(k + 1)
            return actor if actor is not None and actor.first == k + 1 and _can_act(actor) \
                and not clitic_preposition(s, actor) else None
        if word in THAT_PRONOUN or _reporting(word):
            return None
    return None


KILLED = frozenset(word_form(w) for w in "قتل اغتيل اختطف خطف أعدم".split())


def _act_noun_between(s: Sentence, first: int, last: int) -> bool:
    """Whether a verbal noun of the lexicon stands in words [first, last) ("مصر الهجوم الذي"):
    the relative pronoun then stands for the act, not for the actor before it."""
    lexicon = pattern_lexicon()
    if any(strip_proclitics(s.words[k]) in DEEDS for k in range(first, last)):
        return True  # "أدانت الإمارات الجريمة الإرهابية التي استهدفت": the crime targeted them
    return any(h.pattern.kind == "noun" for k in range(first, last) if lexicon.could_start(s.words[k])
               for h in lexicon.find(s.words, k))


# Nouns of a deed that no pattern codes by itself but that a relative clause can describe.
DEEDS = frozenset(word_form(w) for w in "جريمة جرائم حادث حادثة مجزرة عمل جريمتين".split())


def _object_gap(s: Sentence, hit: Hit, after: int, subject: Actor) -> int:
    """Where a verb's targets are searched: after its subject (word `after`) when a
    multi-word pattern taking an object has an actor in its gap ("دعت ميركل الحكومة التركية
    إلى ضبط النفس"), else after the pattern's last word."""
    if "obj" in hit.pattern.options.target and any(after < a.first and a.last < hit.last and not _same(a, subject)
                                                   for a in s.actors):  # not the subject's apposition
        return after
    return hit.last


def _intransitive_violence(s: Sentence, hit: Hit) -> bool:
    """A violent verb that takes an object, printed with none (no pronoun on it, a preposition,
    a time word or punctuation right after): read as the passive (قُتل في مارس)."""
    if hit.pattern.kind != "verb" or hit.pattern.code[:2] not in VICTIM_ROOTS or "obj" not in hit.pattern.options.target \
            or hit.analysis.suffix or hit.last + 1 >= len(s.words):
        return False
    nxt = s.words[hit.last + 1]
    return nxt in PREPOSITIONS or nxt in SKIPPABLE or s.tokens[hit.last + 1].kind == "punct"


def _plural_after_singular_relative(s: Sentence, hit: Hit) -> bool:
    """"التي اتفقوا عليها": a verb marked plural after الذي/التي agrees with a subject of its
    own (the pronoun in ـوا), so the relative's antecedent is its object, not its doer."""
    if hit.pattern.kind != "verb" or hit.first < 1:
        return False
    relative, verb = s.words[hit.first - 1].lstrip("و"), s.words[hit.first]
    return relative in SINGULAR_RELATIVES and verb.endswith(("وا", "ون")) and len(verb) > 4


def _antecedent(s: Sentence, hit: Hit) -> Actor | None:
    """The actor a relative pronoun before the verb stands for: the last actor before it in
    the clause that no preposition governs ("مع إيران" is not who took the capital)."""
    if hit.first < 2:
        return None
    relative = s.words[hit.first - 1]
    relative = relative[1:] if relative[:1] in "وف" and relative[1:] in RELATIVES else relative
    if relative not in RELATIVES:
        return None
    start = s.clause_start(hit.first - 1)
    found = None
    for actor in s.actors:
        if actor.first < start or actor.last >= hit.first - 1:
            continue
        before = s.words[actor.first - 1] if actor.first > start else ""
        before = before[1:] if before[:1] in "وف" and before[1:] in PREPOSITIONS else before
        if before not in PREPOSITIONS and not clitic_preposition(s, actor) and _can_act(actor):
            found = actor
    if found is None and hit.first >= 3 and s.words[hit.first - 2] in ("،", ","):
        aside_of = s.actor_at(hit.first - 3)  # "جون كيري، الذي زار القاهرة": the one the aside is about
        masculine = relative in MASCULINE_RELATIVES  # "لوحته محمد بن سلمان، والتي": the painting
        if aside_of is not None and aside_of.last == hit.first - 3 and _can_act(aside_of) \
                and not clitic_preposition(s, aside_of) and (masculine or aside_of.type != "PER"):
            found = aside_of
    if found is not None and _act_noun_between(s, found.last + 1, hit.first - 1):
        return None  # "أدانت مصر الهجوم الذي استهدف كنيسة": the attack targeted it, not Egypt
    if found is not None and found.type == "UNNAMED" and found.first == found.last and found.first > 0 \
            and nisba(s.words[found.first]) and _act_noun_between(s, found.first - 1, found.first):
        return None  # "التفجير الإرهابي الذي استهدف مسجداً": an adjective of the act, not its doer
    return found


DEMONSTRATIVES = frozenset(word_form(w) for w in "هذه هذا هؤلاء تلك ذلك أولئك".split())
MASCULINE_RELATIVES = frozenset(word_form(w) for w in "الذي الذين اللذان".split())
SINGULAR_RELATIVES = frozenset(word_form(w) for w in "الذي التي".split())
SUBJECT_PRONOUNS = frozenset(word_form(w) for w in "هو هي هم وهو وهي وهم فهو فهي فهم".split())


def _subject_pronoun(s: Sentence, hit: Hit) -> int | None:
    """The subject pronoun a verb follows within its clause ("وهو يساند", "فهو في اليمن
    يتجاهل"), or None."""
    if hit.pattern.kind != "verb":
        return None
    start = s.clause_start(hit.first)
    for k in range(hit.first - 1, max(start, hit.first - 4) - 1, -1):
        if s.words[k] in SUBJECT_PRONOUNS:
            return k
        if s.actor_at(k) is not None and s.words[k - 1 if k else 0] not in PREPOSITIONS:
            return None
    return None


def _referent(s: Sentence, pronoun: int, text: str, discourse: _Discourse | None) -> dict[str, Any] | None:
    """Whom a subject pronoun stands for: the last actor before it in the sentence that no
    preposition governs and that can act, else the last subject of the article."""
    for actor in reversed(s.actors):
        if actor.last >= pronoun or not _can_act(actor) or clitic_preposition(s, actor):
            continue
        before = s.words[actor.first - 1] if actor.first else ""
        if before not in PREPOSITIONS and (actor.entity or actor.code):
            return actor.ref(text)
    return discourse.last(s.tokens[pronoun].start) if discourse is not None else None


def _object_of_speech(s: Sentence, hit: Hit, previous: dict[str, Any], previous_last: int | None) -> bool:
    """The verbal noun is what a condemnation, a rejection, a call or praise just before it in
    the sentence is about: the act is someone else's (or nobody's the text names)."""
    if previous["root"] not in SPEECH_ROOTS or previous_last is None:
        return False
    word, before = s.words[hit.first], word_form(previous["trigger"].split()[0])
    if word[:1] == "و" and word[1:] in (before, before[1:] if before[:1] == "و" else before):
        return False  # "بسبب دعمها للإرهاب، ودعمها للحوثيين": the same act again, in a list
    return 0 <= hit.first - previous_last <= SPEECH_OBJECT_REACH


SPEECH_OBJECT_REACH = 6  # words between a speech act's verb (or subject) and the act it is about


def _own_subject(s: Sentence, hit: Hit) -> Actor | None:
    """The subject a relative clause names after its verb, past a pronoun-carrying preposition
    ("تسيطر عليها داعش", "يقودها مركز الملك سلمان")."""
    k = hit.last + 1
    if k < len(s.words) and s.words[k] in PREPOSITION_PRONOUNS:
        k += 1
    actor = s.actor_at(k) if k < len(s.words) else None
    if actor is None or actor.first != k or clitic_preposition(s, actor) or not _can_act(actor):
        return None
    word = s.words[k]
    if word.startswith("ال") and word.endswith("ين") and (actor.type in ("NORP", "UNNAMED") or word.endswith("يين")):
        return None  # "ساركوزي الذي طالب الفرنسيين": a plural in -ين is the object, the antecedent acts
    if "obj" in hit.pattern.options.target and not hit.analysis.suffix and k == hit.last + 1:
        return None  # "كيري، الذي زار القاهرة", "ميركل التي دعت الحكومة التركية": no pronoun takes the
        # antecedent back as the object ("شنته إسرائيل", "تسيطر عليها داعش"), so it is the subject
    return actor


PREPOSITION_PRONOUNS = frozenset(word_form(w) for w in (
    "عليها عليه عليهم فيها فيه فيهم بها به بهم لها له لهم منها منه ضدها ضده".split()))


def _killed(s: Sentence, hit: Hit) -> bool:
    """A killing verb after its subject with no object after it reads as the passive (قُتلوا،
    اغتيل): the subject is the victim."""
    if hit.analysis.form.pos != "past" or hit.pattern.head not in KILLED or hit.last > hit.first:
        return False
    nxt = hit.last + 1
    return nxt >= len(s.words) or s.tokens[nxt].kind != "word" or s.words[nxt] in PREPOSITIONS \
        or s.words[nxt] in SKIPPABLE or s.words[nxt] in WOUNDED  # "390 مقاتلاً قتلوا وجرح 400 آخرون"


WOUNDED = frozenset(word_form(w) for w in "وجرح وأصيب واصيب وجرحوا وأصيبوا وجرحت وأصيبت".split())


WHERE_NOUNS = frozenset(word_form(w) for w in "حرب نزاع صراع أزمة".split())  # pattern heads: base forms
WAR_PHASES = frozenset(word_form(w) for w in "انتهاء نهاية بداية اندلاع بدء ذكرى أثناء إبان خلال قبل بعد منذ".split())


def _war_as_backdrop(s: Sentence, hit: Hit) -> bool:
    """A definite war noun after a preposition or a word for its phase or time ("في الحرب
    الأهلية"، "لانتهاء الحرب"، "منذ بداية الحرب") with no doer of its own: where or when, not an act."""
    if hit.pattern.kind != "noun" or hit.pattern.head not in WHERE_NOUNS or hit.first == 0 \
            or not s.words[hit.first].lstrip("وفبل").startswith("ال"):
        return False
    if hit.last + 1 < len(s.words) and s.words[hit.last + 1] in ("ضد", "علي", "على"):
        return False  # "تركز الولايات المتحدة على الحرب ضد داعش": a war on someone is waged
    before = strip_proclitics(s.words[hit.first - 1], prepositions=True)
    return s.words[hit.first - 1] in PREPOSITIONS or before in WAR_PHASES or s.words[hit.first][:1] in "بل"


def _noun_source(s: Sentence, hit: Hit) -> tuple[Actor | None, int]:
    """A verbal noun's actor: its adjective or genitive right after it ("الرفض التركي",
    "هجوم داعش"); when the pattern's object is its genitive (اعتقال الناشط) the subject of
    the clause's verb instead."""
    k = hit.last + 1
    actor = s.actor_at(k) if k < len(s.words) else None
    if actor is not None and hit.pattern.head in WHERE_NOUNS and actor.type == "GPE" and nisba(s.words[actor.last]):
        return None, actor.last  # "الحرب السورية": the war in Syria, not a war Syria wages
    patient = "obj" in hit.pattern.options.target or hit.pattern.code[:2] in VICTIM_ROOTS \
        or (hit.pattern.code == "042" and actor is not None and actor.type == "GPE")  # "زيارة دمشق": where to
    if actor is not None and _adjective_agent(s, actor):
        actor = None  # "هجوم انتحاري", "التفجير الإرهابي": what kind of attack, not whose
    if actor is not None and actor.entity is None and actor.first == k and (carried := _carried_out_by(s, hit)) is not None:
        return carried, carried.last  # "غارات الطائرات بدون طيار التي تشنها الولايات المتحدة": whose aircraft
    if actor is not None and hit.analysis.suffix and not (actor.type in ("GPE", "NORP") and nisba(s.words[actor.last])):
        actor = None  # "أثناء زيارته مدير التعليم": a noun with its pronoun takes no genitive; the one after is no doer
    if actor is not None and actor.first == k and s.words[k] not in PREPOSITIONS and (
            not patient or actor.type in ("GPE", "NORP") and nisba(s.words[actor.last])
            or hit.pattern.code[:2] in GIVING_ROOTS and _then_for(s, actor)
            or "obj" not in hit.pattern.options.target and _fighting_body(actor) and not _held_state(s, hit)) \
            and _can_act(actor) \
            and not clitic_preposition(s, actor):  # "الدعم العسكري للبيشمركة": ل marks the target
        return actor, actor.last
    claimant = _claimant(s, hit)
    if claimant is not None:  # "أعلن تنظيم داعش مسؤوليته عن هجوم": who claims it did it
        return claimant, hit.last
    expressed = _expressed_by(s, hit)
    if expressed is not None:  # "عبر ترامب في رسالة إلى الكونجرس عن تأييده": Trump's support
        return expressed, hit.last
    owner = _possessor(s, hit)
    if owner is not None:  # "وبدأت غاراتها": the pronoun says whose strikes
        return owner, hit.last
    carried = _carried_out_by(s, hit)
    if carried is not None:  # "أدانت مصر الهجوم الذي شنته إسرائيل": Israel's, not the condemner's
        return carried, carried.last
    subject = clause_subject(s, hit.first, s.clause_start(hit.first), _can_act)
    if subject is not None and subject.last < hit.first and _witnessed(s, hit):
        subject = None  # "شهدت إسطنبول إطلاق نار", "شهدت تركيا عملية": where it happened, not who did it
    if subject is not None and subject.first > 0 and _reporting(s.words[subject.first - 1]):
        subject = None  # "أعلنت مصادر رسمية مقتل عسكريين": the sources tell of it, they did not kill
    if subject is not None and _adjective_agent(s, subject):
        subject = None  # "هجوم انتحاري بسيارة مفخخة": the attack's kind, not the car bomb's driver
    if subject is not None and subject.last == hit.first - 1 and s.words[hit.first][:1] != "و" \
            and not clitic_preposition(s, subject) and s.words[subject.first - 1] not in PREPOSITIONS | SIDES:
        # not a state in a phrase before it ("في شمال سوريا لقصف بدبابات تركية")
        return subject, hit.last  # "أعادت السلطات السودانية اعتقال" (not "عودة داعش ودعماً")
    governing = _governing_verb(s, hit)
    if governing is not None:
        return governing, hit.last
    titled = _titled_genitive(s, hit) if not patient else None  # "مقتل محمد الفرج": the one killed
    if titled is not None:  # "زيارة وزير الدفاع الأميركي آشتون كارتر": the person the title names
        return titled, titled.last
    between = _between(s, hit)
    if between is not None:  # "اشتباكات بين الشرطة والمسلحين": the first side, the other its target
        return between, between.last
    if hit.first > 1 and s.words[hit.first - 1] in ("في", "خلال") and hit.pattern.code[:2] == "04" \
            and any(_can_act(a) for a in actors_after(s, hit.last, min(len(s.words), hit.last + 1 + WITH_REACH),
                                                      frozenset({"مع", "ب"}), None)):
        # "وقال الجبير في مؤتمر صحافي عقده مع شتاينماير": he met him (a meeting with nobody
        # named, "أكد خلال الاجتماع", is no event of his)
        speaker = clause_subject(s, hit.first, s.clause_start(hit.first), _can_act)
        if speaker is not None and speaker.last < hit.first - 1:  # "وقال الجبير في مؤتمر صحافي مع"
            return speaker, hit.last
    return _possessor(s, hit), hit.last


WITH_REACH = 6  # words after a meeting noun within which the one met is named
WITNESS = frozenset(word_form(w) for w in "شهد شهدت تشهد يشهد وشهد وشهدت وتشهد ويشهد عاشت تعيش".split())


def _witnessed(s: Sentence, hit: Hit) -> bool:
    """The act is the object of "witnessed" (شهدت المدينة اشتباكات) in its clause."""
    return any(w in WITNESS for w in s.words[s.clause_start(hit.first):hit.first])


def _adjective_agent(s: Sentence, actor: Actor) -> bool:
    """An unnamed one-word actor that is a singular nisba adjective (انتحاري، الإرهابي): after an
    act's noun it qualifies the act; a plural (مسلحين، الإرهابيين) names who did it."""
    word = s.words[actor.first]
    return actor.type == "UNNAMED" and actor.entity is None and actor.first == actor.last \
        and word.endswith(("ي", "يه")) and not word.endswith(("يين", "يون"))
SIDES = frozenset(word_form(w) for w in "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split())
LIGHT_VERBS = frozenset(word_form(w) for w in (
    "عقد يعقد سيعقد تعقد ستعقد عقدت أجرى أجرت يجري تجري سيجري ستجري نظم نظمت ينظم تنظم سينظم "
    "أعلن أعلنت يعلن تعلن بدأ بدأت يبدأ تبدأ واصل واصلت واصلوا يواصل تواصل يواصلون نفذ نفذت نفذوا ينفذ تنفذ خاض خاضت خاضوا بدأوا "
    "قام قامت يقوم تقوم قاموا يعتزم تعتزم يعتزمان تعتزمان يعتزمون ينوي تنوي "
    "يخوض تخوض شن شنت يشن تشن وضع وضعت يضع تضع "
    # control verbs: "تمكنت المقاومة من السيطرة على ...", "نجح الجيش في استعادة ..."
    "تمكن تمكنت تمكنوا يتمكن تتمكن نجح نجحت نجحوا ينجح تنجح استطاع استطاعت استطاعوا "
    "حاول حاولت حاولوا يحاول تحاول استكمل استكملت استكملوا أكمل أكملت أقدم أقدمت أقدموا".split()))
GOVERNING_REACH = 8  # words between the governing verb and its verbal noun
CONTROL_VERBS = frozenset(word_form(w) for w in "تمكن تمكنت تمكنوا نجح نجحت نجحوا استطاع استطاعت استطاعوا".split())
CONTROL_REACH = 16  # "تمكن X من", "نجح X في": the subject between may be a long body's name


# Verbal nouns of what befalls someone: "أعلن X مقتل Y" tells of a death X need not have caused
# (unlike "أعلن الجيش بدء عملية عسكرية", the army's own operation).
TOLD_OF = frozenset(word_form(w) for w in (
    "مقتل مصرع اغتيال اعتقال انفجار وفاة إصابة جرح سقوط استشهاد اختطاف تفجير".split()))


def _light_verb_before(s: Sentence, hit: Hit) -> int | None:
    """The verb a verbal noun is the object of, within its clause ("بدأت حرباً")."""
    start = s.clause_start(hit.first)
    for k in range(hit.first - 1, max(start, hit.first - GOVERNING_REACH) - 1, -1):
        word = s.words[k]
        if strip_proclitics(word, prepositions=True) in LIGHT_VERBS or word in LIGHT_VERBS \
                or _future(word) in LIGHT_VERBS:  # "ستواصل تقديم الدعم العسكري"
            return k
    if hit.first > 0 and s.words[hit.first - 1] in ("من", "في"):  # "تمكنت دوريات القوة الخاصة لأمن
        for k in range(hit.first - 1, max(start, hit.first - CONTROL_REACH) - 1, -1):  # الطرق ... من القبض"
            if s.words[k].lstrip("وف") in CONTROL_VERBS:
                return k
    return None


def _governing_verb(s: Sentence, hit: Hit) -> Actor | None:
    """The subject of the verb a verbal noun is the object of: "الوزير بومبيو سيعقد في بداية
    المؤتمر اجتماعاً" -> Pompeo; "أجرى الوفد محادثات"."""
    k = _light_verb_before(s, hit)
    if k is None:
        return None
    if hit.pattern.head in TOLD_OF and _reporting(s.words[k]):
        return None  # "أعلنت مصادر رسمية مقتل عسكريين": announced, not done by them
    return subject_after(s, k, hit.first) or subject_before(s, k, s.clause_start(hit.first))


def _future(word: str) -> str:
    """A present verb without its future prefix (وستواصل -> تواصل); other words unchanged."""
    bare = word[1:] if word[:1] in "وف" else word
    return bare[1:] if bare[:1] == "س" and bare[1:2] in "يتنأا" and len(bare) > 4 else word


def _titled_genitive(s: Sentence, hit: Hit) -> Actor | None:
    """A verbal noun whose genitive is a title introducing a person or an unnamed official
    ("زيارة وزير الدفاع الأميركي آشتون كارتر", "لقاء مسؤول أميركي"): that actor acts."""
    k = hit.last + 1
    if k >= len(s.words) or "obj" in hit.pattern.options.target or hit.pattern.code[:2] in VICTIM_ROOTS \
            or hit.analysis.suffix:  # "أثناء زيارته مدير التعليم": the pronoun is its genitive
        return None
    if s.tokens[k].kind != "word" or not title_word(s, k):
        return None
    actor = title_actor(s, k, len(s.words))
    return actor if actor is not None and (actor.type == "PER" or actor.code) else None


def _between(s: Sentence, hit: Hit) -> Actor | None:
    """The first of the sides "بين X و Y" names after a verbal noun of clashes or talks."""
    for k in range(hit.last + 1, min(len(s.words), hit.last + 5)):
        if s.words[k] not in SKIPPABLE and s.words[k] != "بين" and k > hit.last + 2:
            return None  # "مواجهات وقعت أمس بين ...": a verb and time words may come between
        if s.words[k] == "بين" and k + 1 < len(s.words):
            actor = s.actor_at(k + 1)
            return actor if actor is not None and actor.first == k + 1 and _can_act(actor) else None
    return None


SUPPORT_VERBS = frozenset(word_form(w) for w in (
    "شن شنت شنه شنها شنته شنتها شنوا نفذ نفذت نفذه نفذها نفذته نفذتها نفذوا يشن تشن يشنها تشنها يشنه تشنه ينفذ تنفذ "
    "ارتكب ارتكبت ارتكبها ارتكبه قاد قادت قادها قاده يقودها يقوده تقودها تقوده "
    "قدمها قدمه قدمتها قدمته يقدمها يقدمه تقدمها تقدمه ينفذها ينفذه تنفذها تنفذه "
    "تبنى تبنت تبناه تبناها تبنته تبنتها".split()))  # "عملية انتحارية تبناها حزب العمال"
# Verbs a meeting is told with ("القمة التي جمعت الرئيس بقادة الخليج", "الاجتماع الذي عقده
# الوزير مع نظيره"): their subject is the one who met, the one after بـ/مع the one met.
GATHERING_VERBS = frozenset(word_form(w) for w in (
    "جمع جمعت جمعه جمعها جمعته جمعتها ضم ضمت عقد عقدت عقده عقدها عقدته عقدتها "
    "أجرى أجرت أجراه أجراها أجرته أجرتها".split()))


RESPONSIBILITY = frozenset(word_form(w) for w in "مسؤوليته مسؤوليتها مسؤوليتهم المسؤولية مسئوليته مسئوليتها".split())


def _claimant(s: Sentence, hit: Hit) -> Actor | None:
    """The actor before "مسؤوليته عن" + the act: the one that claimed it."""
    k = hit.first
    if k < 3 or s.words[k - 1] != "عن" or s.words[k - 2] not in RESPONSIBILITY:
        return None
    start = s.clause_start(k - 2)
    found = [a for a in s.actors if start <= a.first and a.last < k - 2 and _can_act(a)
             and not _after_preposition(s, a.first) and a.type != "MEDIA"]
    named = [a for a in found if a.entity]  # "تنظيم داعش الإرهابي": the group, not its epithet
    # "أعلنت جماعة ولاية سيناء جناح تنظيم داعش ... مسؤوليتها": the subject, before its parent
    return (named or found)[0] if found else None


def _after_preposition(s: Sentence, k: int) -> bool:
    """Word `k` follows a preposition, through an opening quotation mark ("على "تويتر"")."""
    j = k - 1
    while j >= 0 and s.tokens[j].kind == "punct" and s.tokens[j].text in OPENING_MARKS:
        j -= 1
    return j >= 0 and s.words[j] in PREPOSITIONS


CARRIED_REACH = 6  # words from an act to the verb that carried it out: "غارات الطائرات بدون طيار التي تشنها"


def _carried_out_by(s: Sentence, hit: Hit) -> Actor | None:
    """"غارات شنها طيران التحالف", "الهجوم الذي نفذته جماعة ...": the actor after the verb
    that carried the act out."""
    meeting = hit.pattern.code[:2] == "04"
    verbs = SUPPORT_VERBS | GATHERING_VERBS if meeting else SUPPORT_VERBS
    for k in range(hit.last + 1, min(len(s.words), hit.last + (6 if meeting else CARRIED_REACH))):  # "قمة كامب ديفيد التي جمعت"
        word = s.words[k]
        if word in verbs:
            return subject_after(s, k, len(s.words))
        if s.tokens[k].kind != "word":
            return None
    return None


def _gathered(s: Sentence, hit: Hit) -> bool:
    """A meeting noun told with the verb that brought its sides together ("التي جمعت")."""
    return any(s.words[k] in GATHERING_VERBS for k in range(hit.last + 1, min(len(s.words), hit.last + 6)))


EXPRESSING = frozenset(word_form(w) for w in (
    "أعرب أعربت عبر عبرت أبدى أبدت وأعرب وأعربت وعبر وعبرت وأبدى وأبدت").split())
EXPRESS_REACH = 14  # words from the verb of expressing to its "عن" + noun


def _expressed_by(s: Sentence, hit: Hit) -> Actor | None:
    """The subject of "أعرب / عبر / أبدى ... عن تأييده": whose the feeling or stance is, however
    much (a letter, its addressee) stands between the verb and عن."""
    if not hit.analysis.suffix or hit.first == 0 or s.words[hit.first - 1] != "عن":
        return None
    for j in range(hit.first - 2, max(-1, hit.first - 2 - EXPRESS_REACH), -1):
        if s.words[j] in EXPRESSING:
            actor = subject_after(s, j, hit.first) or _named_before(s, j)
            return actor if actor is not None and actor.type in ("PER", "ORG", "GPE") and _can_act(actor) else None
    return None


def _named_before(s: Sentence, j: int) -> Actor | None:
    """The last actor before word `j` that no preposition governs ("وكان الرئيس الأمريكي، دونالد
    ترامب، عبر"): the subject of an SVO verb, over a title in apposition."""
    for actor in reversed([a for a in s.actors if a.last < j]):
        if clitic_preposition(s, actor) or (actor.first > 0 and s.words[actor.first - 1] in PREPOSITIONS):
            continue
        return actor if actor.type in ("PER", "ORG", "GPE") else None
    return None


def _possessor(s: Sentence, hit: Hit) -> Actor | None:
    """Whose act a noun with a pronoun is ("دعمها للحوثيين", "زيارته"): for ها the last
    state (else body) named before it in the sentence, for ه the last person or body."""
    if hit.analysis.suffix not in ("ه", "ها"):
        return None
    before = [a for a in s.actors if a.last < hit.first and a.entity and _can_act(a) and not _titles_nisba(s, a)]
    if hit.analysis.suffix == "ها":  # feminine: a state before a body ("غاراتها" is Turkey's, not ISIS's)
        states = [a for a in before if a.type == "GPE" and not (a.first == a.last and nisba(s.words[a.first]))]
        # a state's adjective on a noun ("الفصائل السياسية العراقية") is no state a pronoun points to
        before = states or [a for a in before if a.type == "ORG"]
    else:  # masculine: a person or a body ("عملياته العسكرية": the army's, not its spokesman's)
        before = [a for a in before if a.type in ("PER", "ORG")]
    return before[-1] if before else None


REQUIRES_TARGET = search_form("target")  # the pattern option "requires=target", as parsed
# Appeals and demands with no one addressed ("دعا إلى تحويل الملف من المنظمة الدولية",
# "طالب البيان بضرورة الاصطفاف داخل البحرين") are about the actor their complement names.
APPEAL_ROOTS = frozenset({"02", "10"})
COMPLEMENT_REACH = 8  # words after the predicate within which the complement's actor is looked for


def _complement_actor(s: Sentence, hit: Hit, after: int, source_ref: dict[str, Any]) -> Actor | None:
    """The first actor that can act in the appeal's own clause, after its إلى/بـ/لـ complement
    has begun right after the predicate (and its subject): the one the call or demand is
    about. Not the source itself, not a reporting outlet, and never past the clause's end (a
    comma, another report). `after`: the last word of the predicate or of the subject after it."""
    if hit.analysis.suffix and hit.analysis.form.pos != "noun":
        return None  # "تطالبه بالانضمام": the one addressed is the pronoun's, whoever it stands for
    end = min(s.clause_end(after), after + 1 + COMPLEMENT_REACH, len(s.words))
    opened = False
    k = after + 1
    while k < end:
        word = s.words[k]
        if s.tokens[k].kind == "punct" or word in THAT or _reporting(word):
            return None  # "دعا ... وقال إن": another statement
        actor = s.actor_at(k)
        if actor is None:
            opens = word in ("الي", "ب", "ل") or word[:1] in ("ب", "ل") and len(word) > 3
            if not opened and not opens and not (k == after + 1 == hit.last + 1 and word.startswith("ال")):
                return None  # "دعت المدينة الراغبين بالانضمام": someone else is called on
            opened = opened or opens  # "طالب البيان بضرورة": the statement speaks, then its demand
            k += 1
            continue
        if (opened or clitic_preposition(s, actor) in ("ب", "ل")) and actor.first == k and _can_act(actor) \
                and actor.type != "MEDIA" and not (source_ref.get("entity") and actor.entity == source_ref["entity"]):
            return actor
        k = actor.last + 1  # the subject or the one addressed ("حث بومبيو الدول الأعضاء على"): not it
    return None


JUDGED_ROOTS = frozenset({"05", "11", "12"})  # praise, criticism, rejection: of someone's deed or words
OWNER_REACH = 5  # words between the predicate and the relative pronoun of its object noun


def _object_owner(s: Sentence, after: int, end: int, source: Actor | None) -> Actor | None:
    """Praise, criticism and rejection are of a deed or words, and so of the one whose they
    are: "نددت الجالية بالتصريحات العدائية التي ترددها إيران" criticises Iran, "أثنى على
    الجهود التي قدمها المركز" praises the centre. The owner is the subject of the relative
    clause on the object noun: the word after the relative pronoun is its verb, the actor
    right after that verb its subject. `after` is the last word of the predicate or of the
    subject after it."""
    stop = min(end, after + 1 + OWNER_REACH, len(s.words))
    for k in range(after + 1, stop):
        if s.tokens[k].kind == "punct":
            return None
        if s.words[k] not in RELATIVES:
            continue
        actor = s.actor_at(k + 2) if k + 2 < len(s.words) else None
        if actor is None or actor.first != k + 2 or not _can_act(actor) or _same(actor, source):
            return None
        return actor
    return None


SOURCE_NOUNS = frozenset(word_form(w) for w in "مصادر مصدر المصادر المصدر أوساط الأوساط دوائر".split())


def _titles_nisba(s: Sentence, actor: Actor) -> bool:
    """"للرئيس اليمني", "مصادر يمنية": a state's adjective on a title or a source says whose
    they are; it is not the state a later pronoun refers to."""
    if actor.type != "GPE" or actor.first != actor.last or actor.first == 0 or not nisba(s.words[actor.first]):
        return False
    before = strip_proclitics(s.words[actor.first - 1])
    return bool(role_head(before)) or before in SOURCE_NOUNS


CONTROL = frozenset(word_form(w) for w in "سيطرة قبضة أيدي يد براثن احتلال".split())
HELD_REACH = 4  # words between a place taken and "من سيطرة X"


def _held_by(s: Sentence, k: int, end: int) -> Actor | None:
    """Whom a place is taken from: "تحرير الموصل من سيطرة تنظيم داعش", "استعادة المدينة من
    الحوثيين" name the enemy after the place."""
    for n in range(k + 1, min(end, k + 1 + HELD_REACH, len(s.words) - 1)):
        if s.tokens[n].kind == "punct":
            return None
        if s.words[n] not in ("من", "تحت"):
            continue
        m = n + 1 + (strip_proclitics(s.words[n + 1]) in CONTROL)
        actor = s.actor_at(m) if m < len(s.words) else None
        if actor is not None and actor.first == m and actor.type in ("ORG", "NORP", "UNNAMED") and _can_act(actor):
            return actor
        return None
    return None


def _can_act(actor: Actor) -> bool:
    """Towns, regions and buildings do not act ("محادثات جنيف" are not Geneva's): states,
    bodies, groups and persons do."""
    return actor.type not in ("LOC", "FAC") and not (actor.type == "GPE" and not actor.code)


def _same(a: Actor, b: Actor | None) -> bool:
    return b is not None and ((a.entity is not None and a.entity == b.entity) or (a.first, a.last) == (b.first, b.last))


THAT_PRONOUN = frozenset(word_form(w) for w in "أنه إنه بأنه أنها إنها بأنها أنهم إنهم بأنهم أننا إننا".split())


def _after_that_pronoun(s: Sentence, hit: Hit) -> bool:
    """"أعلن أنه سيزور المملكة", "قال إنه يعتزم زيارة إيران": the pronoun is the speaker."""
    if hit.pattern.kind != "noun":
        return hit.first > 0 and s.words[hit.first - 1] in THAT_PRONOUN
    k = _light_verb_before(s, hit)
    return k is not None and k > 0 and s.words[k - 1] in THAT_PRONOUN and _adjacent(s, k, hit.first)


def _own_side_speaker(s: Sentence, hit: Hit, source: dict[str, Any], quotes: list[dict[str, Any]],
                      entities: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The person whose words tell of their own state's stance ("قال الجبير إن المملكة حريصة
    على تطوير علاقاتها مع إيران"): a call, an intent, a criticism is the speaker's act, as
    the gold files code it; a state's deeds (a strike, a visit) stay the state's."""
    speaker = _enclosing_speaker(s, hit, quotes)
    person = entities.get((speaker or {}).get("entity") or "")
    if speaker is None or person is None or person["type"] != "PER":
        return None
    side = entities.get(source.get("entity") or "")
    if side is None or side["type"] not in ("GPE", "ORG"):
        return None
    own = (speaker.get("actor_code") or "")[:3]
    return speaker if own and own == (side.get("actor_code") or "")[:3] else None


# Verbal nouns whose pronoun is the one the act is done to (his arrest, his release, his
# killing), unlike most, whose pronoun is the doer (دعمه: his support).
PATIENT_NOUNS = frozenset(word_form(w) for w in (
    "اعتقال سراح مقتل اغتيال احتجاز اختطاف خطف إعدام اعدام محاكمة ترحيل توقيف القبض".split()))


def _pronoun_patient(s: Sentence, hit: Hit, source: Actor | None) -> Actor | None:
    """The person a verbal noun's pronoun stands for when the act is done to its genitive
    ("إطلاق سراحه", "اعتقاله"): the last person named before it in the sentence."""
    word = s.words[hit.last]
    if not word.endswith(THIRD_PERSON) or s.actor_at(hit.last) is not None:
        return None
    stem = strip_proclitics(word, prepositions=True)
    if not any(stem == head + end for head in PATIENT_NOUNS for end in THIRD_PERSON):
        return None
    for actor in reversed(s.actors):
        if actor.last < hit.first and actor.type == "PER" and not _same(actor, source):
            return actor
    return None


def _that_teller(s: Sentence, hit: Hit) -> Actor | None:
    """The subject of the reporting verb right before the that-pronoun of `hit` ("الولايات
    المتحدة أكدت أنها", "أكد الوزير أنه"), or None: the one whose pronoun it is."""
    k = _light_verb_before(s, hit) if hit.pattern.kind == "noun" else hit.first
    t = (k or 0) - 1
    if t < 1 or s.words[t] not in THAT_PRONOUN:
        return None
    verb = t - 1
    if not _reporting(s.words[verb]):
        actor = s.actor_at(verb)  # VSO: "أكد الوزير بومبيو أنه"
        return actor if actor is not None and actor.last == verb and actor.first > 0 \
            and _reporting(s.words[actor.first - 1]) and _can_act(actor) else None
    before = subject_before(s, verb, s.clause_start(verb))
    return before if before is not None and before.last == verb - 1 and _can_act(before) else None


# Verbal nouns that carry another ("ستواصل تقديم الدعم العسكري"): the doer is the light verb's.
CARRIER_NOUNS = frozenset(word_form(w) for w in "تقديم إجراء تنفيذ شن توجيه إرسال مواصلة".split())


def _adjacent(s: Sentence, k: int, first: int) -> bool:
    """Only time words, adverbs or a carrier noun stand between the light verb `k` and the
    verbal noun at `first`."""
    return all(w in SKIPPABLE or w in CARRIER_NOUNS for w in s.words[k + 1:first])


def _cue_speaker(s: Sentence, hit: Hit, quotes: list[dict[str, Any]]) -> dict[str, Any] | None:
    at = s.tokens[hit.first].start
    for quote in quotes:
        if quote.get("cue_start") == at:
            return dict(quote["speaker"])
    return None


def _sentence_speaker(s: Sentence, hit: Hit, quotes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The speaker of the last quote whose cue stands before `hit` in its sentence."""
    at = s.tokens[hit.first].start
    before = [q for q in quotes if s.start <= q.get("cue_start", -1) < at]
    return dict(before[-1]["speaker"]) if before else None


def _enclosing_speaker(s: Sentence, hit: Hit, quotes: list[dict[str, Any]]) -> dict[str, Any] | None:
    speaker = speaker_at(quotes, s.tokens[hit.first].start)
    return dict(speaker) if speaker is not None else None


OCCASIONS = frozenset(word_form(w) for w in (
    "كلمة كلمته كلمتها خطاب خطابا خطابه اتصالا اتصال هاتفيا زيارة بزيارة زيارته لقاء لقاءا مؤتمر "
    "مؤتمرا صحافيا صحفيا بيان بيانا رسالة رسالته مقابلة حفل").split())


def _said_in(s: Sentence, first: int) -> bool:
    """"ألقى كلمة أعرب فيها", "اتصالاً هاتفياً أعرب خلاله", "بزيارة ... التقى خلالها": a verb
    right after a speech, call or visit and followed by فيها/خلالها is its giver's."""
    return 0 < first < len(s.words) - 1 and s.words[first + 1] in IN_IT and s.words[first - 1] in OCCASIONS


def _subject_gap(s: Sentence, first: int, k: int) -> bool:
    """Words inside a multi-word pattern ("أجرى [وزير الخارجية مايك بومبيو] محادثات") must
    name its subject: an actor or a title, no punctuation or new clause."""
    inner = range(first + 1, k)
    if k == first + 2 and _said_in(s, first):
        return True  # "ألقى كلمة أعرب فيها عن شكره": the speech the verb is said in
    if any((s.tokens[n].kind == "punct" and s.words[n] not in ("،", ",")) or s.words[n] in THAT_PRONOUN
           or s.words[n] in THAT or s.words[n] in RELATIVES for n in inner):
        return False  # "حقق الصندوق الذي يتم تداوله في البورصة عوائد": a relative clause is no subject
    return any(s.actor_at(n) is not None or role_head(s.words[n]) for n in inner)


def _date(dates: list[DateRef], s: Sentence, first: int) -> tuple[str | None, str | None]:
    """(date, expression) of the date expression nearest to the predicate at word `first`,
    within DATE_REACH characters; (None, None) when the text dates it nowhere near."""
    if dates:
        at = s.tokens[first].start
        nearest = min(dates, key=lambda d: abs(d.start - at))
        if nearest.date and abs(nearest.start - at) <= DATE_REACH:
            return nearest.date, nearest.text
    return None, None  # FORMAT: a date only when the text gives one (exports fall back to published)

OPPONENT_ROOTS = ("17", "18", "19", "20")  # acts whose named target is the source's enemy
INFERRED_ROOTS = ("19",)  # fights told without the enemy: "سيطرت المقاومة على بلدتين"
REFERENCE_KEYS = ("entity", "text", "actor_code")


def _with_opponents(events: list[dict[str, Any]], entities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """A fight told without its enemy ("تمكنت المقاومة من السيطرة على بلدتين") is against the
    side the same source fights elsewhere in the article, when it fights one side most: war
    reports name the enemy and then tell the front. Sides are named bodies and peoples
    (ORG, NORP), two entities being two sides even with one code (the Houthis and the
    resistance are both YEMREB); with persons, states and unnamed forces as well, 12 of 25
    added targets were right. The target added is marked `inferred`; a place the act took
    (the towns) stays a target beside it."""
    def side(ref: dict[str, Any] | None) -> bool:
        entity = entities.get((ref or {}).get("entity") or "")
        return entity is not None and entity["type"] in ("ORG", "NORP")

    def ground(ref: dict[str, Any]) -> bool:  # a town, a region, a base: where, not whom
        entity = entities.get(ref.get("entity") or "")
        return "place" in ref or (entity is not None and entity["type"] in ("LOC", "FAC"))

    enemies: dict[str, Counter[str]] = {}
    refs: dict[str, dict[str, Any]] = {}
    for event in events:
        if event["root"] not in OPPONENT_ROOTS or not side(event["source"]):
            continue
        source = event["source"]["entity"]
        for target in event["targets"]:
            if ground(target) or not side(target) or target["entity"] == source:
                continue
            enemies.setdefault(source, Counter())[target["entity"]] += 1
            enemies.setdefault(target["entity"], Counter())[source] += 1
            refs.setdefault(target["entity"], {k: v for k, v in target.items() if k in REFERENCE_KEYS})
            refs.setdefault(source, {k: v for k, v in event["source"].items() if k in REFERENCE_KEYS})
    for event in events:
        if event["root"] not in INFERRED_ROOTS or not event["source"] or not all(map(ground, event["targets"])):
            continue
        ranked = enemies.get(event["source"].get("entity") or "", Counter()).most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            event["targets"] = [*event["targets"], {**refs[ranked[0][0]], "inferred": True}]
    return events


def _who(ref: dict[str, Any] | None) -> Any:
    ref = ref or {}
    return ref.get("entity") or ref.get("actor_code") or ref.get("text")


def _key(event: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two reports one act: root, sides, and a place finer than a country."""
    place = event.get("place") or {}
    where = place.get("entity") if place.get("precision") != "country" else None
    return event["root"], _who(event["source"]), tuple(sorted(str(_who(t)) for t in event["targets"])), where
