"""The entity stage on small knowledge bases and texts written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.stages import processed

from rasd.kb import load
from rasd.link import EntityLinker
from rasd.model import Document

SAU = {"id": "sau", "type": "GPE", "name_ar": "السعودية", "name_en": "Saudi Arabia", "actor_code": "SAU",
       "aliases": ["المملكة العربية السعودية"], "adjectives": ["سعودي"]}
TUR = {"id": "tur", "type": "GPE", "name_ar": "تركيا", "name_en": "Turkey", "actor_code": "TUR",
       "adjectives": ["تركي"]}
AGENCY = {"id": "tur-agency", "type": "MEDIA", "name_ar": "وكالة الأنباء التركية", "name_en": "Turkish News Agency",
          "actor_code": "TURMED"}
STAFF = {"id": "tur-staff", "type": "ORG", "name_ar": "هيئة الأركان التركية", "name_en": "Turkish General Staff",
         "actor_code": "TURMIL"}
TOWN = {"id": "town-vladimir", "type": "GPE", "name_ar": "فلاديمير", "name_en": "Vladimir", "lat": 56.1,
        "lon": 40.4, "source": "geonames"}
ENVOY = {"id": "mouallimi", "type": "PER", "name_ar": "عبدالله المعلمي", "name_en": "Abdallah Al-Mouallimi",
         "aliases": ["المعلمي"]}


def linker(tmp_path: Path, rows: list[dict], tagger: bool = False) -> EntityLinker:
    path = tmp_path / "base.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return EntityLinker(load([path], user_file=tmp_path / "none.yaml"), tagger=tagger)


def mentions(doc: Document) -> dict[str, list[str]]:
    return {e["id"]: [m["text"] for m in e["mentions"]] for e in doc.entities}


def test_the_kingdom_alone_is_saudi_arabia_when_no_kingdom_is_named(tmp_path: Path) -> None:
    link = linker(tmp_path, [SAU, TUR])
    doc = link(Document(id="a", text="أعلن التحالف بقيادة المملكة هدنة في تركيا."))
    assert mentions(doc)["sau"] == ["المملكة"]


def test_adjective_inside_an_organisation_names_the_country_the_article_names(tmp_path: Path) -> None:
    link = linker(tmp_path, [TUR, STAFF, AGENCY])
    doc = link(Document(id="b", text="قالت هيئة الأركان التركية إن تركيا سترد."))
    assert mentions(doc)["tur"] == ["التركية", "تركيا"]
    alone = link(Document(id="c", text="قالت هيئة الأركان التركية إن الهجوم فشل."))
    assert mentions(alone)["tur"] == ["التركية"]  # a state body always names its state
    agency = link(Document(id="c", text="نقلت وكالة الأنباء التركية الخبر عن مصادر."))
    assert "tur" not in mentions(agency)  # an outlet or a company does not, unless the article names it


def test_an_embassy_names_the_state_it_represents_not_its_host(tmp_path: Path) -> None:
    usa = {"id": "usa", "type": "GPE", "name_ar": "الولايات المتحدة", "name_en": "United States",
           "actor_code": "USA", "adjectives": ["أميركي"]}
    khartoum = {"id": "khartoum", "type": "GPE", "name_ar": "الخرطوم", "name_en": "Khartoum", "country": "SDN",
                "lat": 15.6, "lon": 32.5}
    link = linker(tmp_path, [usa, khartoum])
    doc = link(Document(id="e", text="اعتقل بعد أحداث السفارة الأميركية بالخرطوم على خلفية الاحتجاجات."))
    assert mentions(doc)["usa"] == ["الأميركية"]


def test_a_persons_name_wins_over_a_one_word_town(tmp_path: Path) -> None:
    link = linker(tmp_path, [TOWN], tagger=True)
    doc = link(Document(id="d", text="واتهم وزير الثقافة فلاديمير ميدينسكي المخرج بالإساءة."))
    assert "town-vladimir" not in mentions(doc)
    assert ["فلاديمير ميدينسكي"] in mentions(doc).values()
    town = link(Document(id="e", text="وصل الوفد إلى مدينة فلاديمير أمس."))
    assert mentions(town) == {"town-vladimir": ["فلاديمير"]}


def test_a_longer_form_of_a_known_persons_name_is_that_person(tmp_path: Path) -> None:
    link = linker(tmp_path, [ENVOY], tagger=True)
    doc = link(Document(id="f", text="وقال السفير عبدالله بن يحيى المعلمي إن الوفد وصل، وأضاف المعلمي أن الزيارة مهمة."))
    assert mentions(doc) == {"mouallimi": ["عبدالله بن يحيى المعلمي", "المعلمي"]}


USA = {"id": "usa", "type": "GPE", "name_ar": "الولايات المتحدة", "name_en": "United States", "actor_code": "USA",
       "adjectives": ["أمريكي", "أميركي"]}
POMPEO = {"id": "pompeo", "type": "PER", "name_ar": "مايك بومبيو", "name_en": "Mike Pompeo"}
ERDOGAN = {"id": "erdogan", "type": "PER", "name_ar": "رجب طيب أردوغان", "name_en": "Recep Tayyip Erdoğan"}


def test_a_role_alone_refers_back_to_the_one_person_named_with_it(tmp_path: Path) -> None:
    link = linker(tmp_path, [USA, TUR, POMPEO, ERDOGAN])
    text = ("قال وزير الخارجية الأميركي مايك بومبيو إن بلاده ستواصل دعمها، وأضاف الوزير أن الحوار مستمر. "
            "وأكد الرئيس التركي رجب طيب أردوغان رفضه، ورد الرئيس التركي بأن العملية ستستمر. "
            "والتقى وزير الخارجية الأمريكي بالصحفيين.")
    found = mentions(link(Document(id="g", text=text)))
    assert found["pompeo"] == ["مايك بومبيو", "الوزير", "وزير الخارجية"]
    assert found["erdogan"] == ["رجب طيب أردوغان", "الرئيس"]


def test_a_role_two_people_share_or_a_role_before_a_name_is_left_alone(tmp_path: Path) -> None:
    link = linker(tmp_path, [USA, TUR, POMPEO, ERDOGAN, {**POMPEO, "id": "other", "name_ar": "جون كيري",
                                                          "name_en": "John Kerry"}])
    text = ("التقى الوزير مايك بومبيو والوزير جون كيري، وقال الوزير إن اللقاء مثمر. "
            "وقال الرئيس رجب طيب أردوغان كلمته.")
    found = mentions(link(Document(id="h", text=text)))
    assert found["pompeo"] == ["مايك بومبيو"] and found["other"] == ["جون كيري"]
    assert found["erdogan"] == ["رجب طيب أردوغان"]


def test_surname_over_a_town_and_in_a_subheading(tmp_path: Path) -> None:
    town = {"id": "town-ahmadi", "type": "GPE", "name_ar": "الأحمدي", "name_en": "Al Ahmadi", "source": "geonames"}
    link = linker(tmp_path, [town], tagger=True)
    text = "الأحمدي: الفريق جاهز\nمن جانبه أكد فايز الأحمدي نائب رئيس الاتحاد أن الفريق جاهز، وقال الأحمدي إن المباراة صعبة."
    found = mentions(link(Document(id="i", text=text)))
    assert "town-ahmadi" not in found
    assert ["الأحمدي", "فايز الأحمدي", "الأحمدي"] in found.values()


def test_an_ordinary_last_word_is_no_surname(tmp_path: Path) -> None:
    link = linker(tmp_path, [{"id": "salah", "type": "PER", "name_ar": "صلاح الدين", "name_en": "Salah al-Din"}])
    found = mentions(link(Document(id="j", text="اعتقل صلاح الدين أمس، ولم يعلق رجال الدين على ذلك.")))
    assert found == {"salah": ["صلاح الدين"]}


def test_an_unknown_persons_code_comes_from_their_title(tmp_path: Path) -> None:
    from rasd.link.actor_codes import title_code

    countries = {"الروسي": "RUS", "اليمني": "YEM"}
    assert title_code(["وزير", "الثقافه", "الروسي"], countries.get) == "RUSGOV"
    assert title_code(["الباحث", "السياسي", "اليمني"], countries.get) == "YEMEDU"
    assert title_code(["رجل", "الاعمال"], countries.get) is None  # no country: no code
    link = linker(tmp_path, [{**USA, "adjectives": ["أمريكي"]}], tagger=True)
    doc = link(Document(id="k", text="وقال العقيد الأمريكي جون سميث إن القوات وصلت."))
    person = next(e for e in doc.entities if e["type"] == "PER")
    assert person["actor_code"] == "USAMIL"


def test_short_forms_of_names_with_a_fathers_name_or_a_family(tmp_path: Path) -> None:
    mbs = {"id": "mbs", "type": "PER", "name_ar": "محمد بن سلمان", "name_en": "Mohammed bin Salman"}
    king = {"id": "salman", "type": "PER", "name_ar": "سلمان بن عبدالعزيز آل سعود", "name_en": "Salman of Saudi Arabia"}
    link = linker(tmp_path, [mbs, king])
    text = "التقى سلمان بن عبدالعزيز آل سعود بالأمير محمد بن سلمان، وقال بن سلمان إن آل سعود وسلمان متفقون."
    found = mentions(link(Document(id="l", text=text)))
    assert found == {"salman": ["سلمان بن عبدالعزيز آل سعود"], "mbs": ["محمد بن سلمان", "بن سلمان"]}


def test_an_organisations_head_noun_with_the_article_refers_back(tmp_path: Path) -> None:
    centre = {"id": "ksrelief", "type": "ORG", "name_ar": "مركز الملك سلمان للإغاثة", "name_en": "KSrelief"}
    link = linker(tmp_path, [centre])
    found = mentions(link(Document(id="m", text="وزع مركز الملك سلمان للإغاثة السلال، وقال المركز إن التوزيع مستمر.")))
    assert found == {"ksrelief": ["مركز الملك سلمان للإغاثة", "المركز"]}


def test_a_known_person_in_an_institutions_name_is_not_mentioned(tmp_path: Path) -> None:
    king = {"id": "fahd", "type": "PER", "name_ar": "الملك فهد", "name_en": "Fahd of Saudi Arabia"}
    link = linker(tmp_path, [king])
    assert mentions(link(Document(id="n", text="افتتح مستشفى الملك فهد فرعا جديدا، وجامعة الملك فهد كذلك."))) == {}
    assert mentions(link(Document(id="o", text="وكان الملك فهد قد زار المدينة."))) == {"fahd": ["الملك فهد"]}


def test_an_indefinite_title_in_construct_is_another_office(tmp_path: Path) -> None:
    link = linker(tmp_path, [USA, POMPEO])
    text = "قال الوزير مايك بومبيو إن الحوار مستمر، والتقى وزير مالية الدولة أمس، ثم قال الوزير إن اللقاء مفيد."
    assert mentions(link(Document(id="p", text=text)))["pompeo"] == ["مايك بومبيو", "الوزير"]


def test_the_president_is_the_one_president_of_the_base_in_office(tmp_path: Path) -> None:
    trump = {"id": "trump", "type": "PER", "name_ar": "دونالد ترامب", "name_en": "Donald Trump",
             "offices": [{"role": "president", "code": "USAGOV", "start": "2017-01-20", "end": "2021-01-20"}]}
    link = linker(tmp_path, [USA, trump])
    text = "قال دونالد ترامب إن الاتفاق سيئ، وأضاف الرئيس الأمريكي أن بلاده ستنسحب."
    assert mentions(link(Document(id="q", text=text, published="2018-05-08")))["trump"] == ["دونالد ترامب", "الرئيس"]
    later = link(Document(id="r", text=text, published="2022-05-08"))  # no longer president
    assert mentions(later)["trump"] == ["دونالد ترامب"]


RUS = {"id": "rus", "type": "GPE", "name_ar": "روسيا", "name_en": "Russia", "actor_code": "RUS", "adjectives": ["روسي"]}


def test_a_ministry_named_by_its_domain_belongs_to_the_articles_country(tmp_path: Path) -> None:
    link = linker(tmp_path, [RUS, TUR, {"id": "tur-mofa", "type": "ORG", "name_ar": "وزارة الخارجية التركية",
                                        "name_en": "Ministry of Foreign Affairs (Turkey)", "actor_code": "TURGOV"}])
    text = ("انتقدت وزارة الثقافة الفيلم الذي صور في روسيا، وقالت الوزارة إن روسيا لا تعرض فيه كما هي. "
            "وعلقت وزارة الصحة التركية على الأمر، كما علقت وزارة الخارجية التركية.")
    doc = link(Document(id="s", text=text))
    by_name = {e["name_en"]: (e["actor_code"], [m["text"] for m in e["mentions"]]) for e in doc.entities}
    assert by_name["Ministry of Culture (Russia)"] == ("RUSGOV", ["وزارة الثقافة", "الوزارة"])
    assert by_name["Ministry of Health (Turkey)"] == ("TURHLH", ["وزارة الصحة التركية"])
    assert by_name["Ministry of Foreign Affairs (Turkey)"][1] == ["وزارة الخارجية التركية"]


EGY = {"id": "egy", "type": "GPE", "name_ar": "مصر", "name_en": "Egypt", "actor_code": "EGY", "adjectives": ["مصري"]}


def test_a_national_federation_named_by_sport_and_country(tmp_path: Path) -> None:
    link = linker(tmp_path, [EGY])
    doc = link(Document(id="t", text="وفاز الاتحاد المصري لكرة السلة بالبطولة."))
    by_name = {e["name_en"]: e for e in doc.entities}
    assert [m["text"] for m in by_name["Egyptian Basketball Federation"]["mentions"]] == ["الاتحاد المصري لكرة السلة"]
    assert by_name["Egyptian Basketball Federation"]["actor_code"] == "EGY"


def test_the_military_command_is_the_military_body_named_before(tmp_path: Path) -> None:
    link = linker(tmp_path, [TUR, STAFF])
    doc = link(Document(id="a", text="أعلنت هيئة الأركان التركية مقتل جنديين. وقالت القيادة العسكرية إن الهجوم وقع ليلاً."))
    assert "القيادة العسكرية" in mentions(doc)["tur-staff"]
    alone = link(Document(id="b", text="وقالت القيادة العسكرية إن الهجوم وقع ليلاً في تركيا."))
    assert "tur-staff" not in mentions(alone)


def test_a_context_form_of_several_words_takes_over_its_adjective(tmp_path: Path) -> None:
    pkk = {"id": "pkk", "type": "ORG", "name_ar": "حزب العمال الكردستاني", "name_en": "Kurdistan Workers' Party",
           "actor_code": "TURREB"}
    kurds = {"id": "kurds", "type": "NORP", "name_ar": "الأكراد", "name_en": "Kurds", "actor_code": "KUR",
             "adjectives": ["كردي"]}
    link = linker(tmp_path, [TUR, pkk, kurds])
    doc = link(Document(id="a", text="قصفت تركيا مواقع في جنوب شرق تركيا. وتبنت الحركة الانفصالية الكردية الهجوم."))
    found = mentions(doc)
    assert found["pkk"] == ["الحركة الانفصالية الكردية"] and "kurds" not in found


def test_towns_decide_the_articles_country_for_its_context_forms(tmp_path: Path) -> None:
    resistance = {"id": "popular-resistance-yemen", "type": "ORG", "name_ar": "المقاومة الشعبية", "name_en": "Popular Resistance",
                  "actor_code": "YEMREB"}
    marib = {"id": "town-marib", "type": "GPE", "name_ar": "مأرب", "name_en": "Marib", "lat": 15.46, "lon": 45.33,
             "country": "YEM", "source": "geonames"}
    yemen = {"id": "yem", "type": "GPE", "name_ar": "اليمن", "name_en": "Yemen", "actor_code": "YEM"}
    link = linker(tmp_path, [resistance, marib, yemen])
    doc = link(Document(id="a", text="وقالت المقاومة إنها سيطرت على مواقع في مأرب."))
    assert mentions(doc).get("popular-resistance-yemen") == ["المقاومة"]


def test_the_international_organisation_is_the_un_the_article_named(tmp_path: Path) -> None:
    un = {"id": "un", "type": "ORG", "name_ar": "الأمم المتحدة", "name_en": "United Nations", "actor_code": "IGOUNO"}
    link = linker(tmp_path, [un, TUR])
    doc = link(Document(id="a", text="وانتقد الأمم المتحدة، ودعا إلى تحويل الملف من المنظمة الدولية إلى تركيا."))
    assert mentions(doc)["un"] == ["الأمم المتحدة", "المنظمة الدولية"]
    alone = link(Document(id="b", text="ودعا إلى تحويل الملف من المنظمة الدولية إلى تركيا."))
    assert "un" not in mentions(alone)


def test_a_short_form_with_an_adjective_its_name_lacks_is_another_body(tmp_path: Path) -> None:
    coalition = {"id": "coalition", "type": "ORG", "name_ar": "التحالف الدولي", "name_en": "Global Coalition",
                 "actor_code": "IGOWST"}
    link = linker(tmp_path, [coalition, TUR])
    doc = link(Document(id="a", text="قصف التحالف الدولي مواقع في تركيا. واحتفظ الجعفري برئاسة التحالف الوطني. "
                                     "وقال التحالف الإرهابي إنه ... وقال التحالف إن الغارات مستمرة."))
    assert mentions(doc)["coalition"] == ["التحالف الدولي", "التحالف", "التحالف"]  # not the national one


@pytest.mark.parametrize(("body", "entity"), [
    ("وتحاصر فصائل جيش الفتح بلدتي الفوعة وكفريا منذ أشهر.", "army-of-conquest"),
    ("وقالت حركة أحرار الشام إن مقاتليها صدوا الهجوم.", "ahrar-al-sham"),
    ("وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم.", "sinai-province"),
    ("وقالت مصادر إن قوات الدفاع الوطني الموالية للنظام انسحبت من البلدة.", "ndf-syria"),
])
def test_the_regions_armed_groups_are_known(body: str, entity: str) -> None:
    assert entity in {e["id"] for e in processed(body).entities}


def test_a_common_word_that_names_a_group_elsewhere_is_no_group() -> None:
    found = processed("واعتدى مستوطنون على المرابطين في المسجد الأقصى، وقال المرابطون إنهم باقون.").entities
    assert "al-mourabitoun" not in {e["id"] for e in found}


def test_a_compound_first_name_is_compared_whole() -> None:
    found = processed("وشارك في الحفل عبد الرحمن عزت وعبد العزيز الشمري والممثل منار شاهين.").entities
    assert "shammari-abdul-amir" not in {e["id"] for e in found}  # عبد الأمير الشمري, Iraq's interior minister


@pytest.mark.parametrize(("body", "entity"), [
    ("وقال المبعوث الأممي إلى ليبيا برناردينو ليون إن الحوار مستمر.", "leon-bernardino"),
    ("وقال رئيس الوزراء السوري المنشق رياض حجاب إن النظام يتهاوى.", "hijab-riyad"),
    ("وأكد وزير الخارجية القطري خالد العطية أن بلاده تدعم الحل السياسي.", "attiyah-khalid"),
])
def test_office_holders_of_the_region_are_known(body: str, entity: str) -> None:
    assert entity in {e["id"] for e in processed(body).entities}


def test_a_state_the_headline_names_is_the_kingdom_of_the_first_sentence() -> None:
    import rasd

    doc = rasd.process("وزير الخارجية: ألمانيا تتفهم قلق الرياض\n\nأكد الوزير أن المملكة حريصة على علاقاتها. "
                       "وقال إن السعودية ترحب بالاتفاق.", title="وزير الخارجية: ألمانيا تتفهم قلق الرياض")
    saudi = next(e for e in doc.entities if e["id"] == "sau")
    assert doc.text[saudi["mentions"][0]["start"]:].startswith("المملكة")


def test_the_case_of_a_person_names_the_person() -> None:
    found = processed("وتطرق الوزير إلى قضية رائف بدوي، وقال إن أموره تسير وفق القضاء المستقل.").entities
    assert any(e["type"] == "PER" and e["name_en"] == "Raif Badawi" for e in found)


def test_an_outlets_bare_title_in_marks_is_the_outlet() -> None:
    doc = processed("وقال مصدر أمني لـ«الشرق الأوسط» إن الوضع هادئ. وقال في تصريحات إلى \"الوطن\" إن الحل قريب.")
    ids = {e["id"] for e in doc.entities}
    assert {"asharq-al-awsat", "al-watan-saudi"} <= ids and "middle-east" not in ids


def test_a_bare_title_without_marks_is_no_outlet() -> None:
    ids = {e["id"] for e in processed("وقال إن الوطن يمر بمرحلة صعبة وزار الوزير الرياض.").entities}
    assert "al-watan-saudi" not in ids and "al-riyadh-newspaper" not in ids


def test_a_states_body_named_with_another_state_is_not_its_own() -> None:
    ids = {e["id"] for e in processed("واستقبل الوزير رئيس مجلس الشورى العماني في مسقط.").entities}
    assert "saudi-shura" not in ids and not any(i.startswith("shura") for i in ids)
    ids = {e["id"] for e in processed("وقال مبعوث الأمم المتحدة في سوريا إن المحادثات مستمرة.").entities}
    assert "un" in ids


def test_a_name_ends_before_a_verb_of_feeling_with_its_conjunction() -> None:
    found = processed("أما المواطن سيف القحطاني فأبدى سعادته بالحضور الكثيف.").entities
    assert [m["text"] for e in found if e["type"] == "PER" for m in e["mentions"]] == ["سيف القحطاني"]


def test_a_name_does_not_run_into_a_possessed_noun() -> None:
    doc = processed("وقال وزير الخارجية المصري سامح شكري إن الحوار مهم. وأبدى شكري تطلعه إلى نجاح الحوار.")
    shoukry = next(e for e in doc.entities if e["type"] == "PER")
    assert {m["text"] for m in shoukry["mentions"]} == {"سامح شكري", "شكري"}


def test_a_companys_general_assembly_is_not_the_uns() -> None:
    ids = {e["id"] for e in processed("ووافقت الجمعية العامة غير العادية لشركة الصناعات الزجاجية على زيادة "
                                      "رأس المال.").entities}
    assert "unga" not in ids
    doc = processed("وتبنت الجمعية العامة للأمم المتحدة القرار. وكان قرار الجمعية العامة لسنة 2011 قد صدر.")
    unga = next(e for e in doc.entities if e["id"] == "unga")
    assert len(unga["mentions"]) == 2 and not any("لسنة" in m["text"] for e in doc.entities for m in e["mentions"])


def test_a_peoples_adjective_names_its_country_when_the_article_does() -> None:
    doc = processed("وتحدث الوزير عن الأزمة في سوريا. وقال إن مأساة الشعب السوري مستمرة.")
    syria = next(e for e in doc.entities if e["id"] == "syr")
    assert "السوري" in [m["text"] for m in syria["mentions"]]


def test_a_known_family_name_after_another_given_name_is_someone_else() -> None:
    doc = processed("وقال وزير التجارة والصناعة الدكتور توفيق الربيعة إن الأسعار مستقرة.")
    assert "rabeeah-abdullah" not in {e["id"] for e in doc.entities}
    doc = processed("وأكد الدكتور عبدالله الربيعة أن الحملة مستمرة. وأضاف الربيعة أن المركز يواصل عمله.")
    assert [len(e["mentions"]) for e in doc.entities if e["id"] == "rabeeah-abdullah"] == [2]


def test_a_middle_name_or_another_spelling_of_the_given_name_keeps_the_person() -> None:
    ids = {e["id"] for e in processed("وقال وزير الخارجية الروسي سيرجي لافروف إن المحادثات مستمرة.").entities}
    assert "lavrov-sergey" in ids
