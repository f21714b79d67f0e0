"""Each kind of web boilerplate on small texts written for the test."""

from __future__ import annotations

from rasd.clean import clean_text
from rasd.clean.dates import date_line, iso_date

TITLE = "وزير الخارجية الأردني يبحث مع نظيره المصري تطورات الأوضاع في غزة"
P1 = ("بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري في اتصال هاتفي أمس الأحد تطورات "
      "الأوضاع في قطاع غزة وسبل تثبيت وقف إطلاق النار، وفق بيان للخارجية الأردنية.")
P2 = ("وأكد الوزيران ضرورة إدخال المساعدات الإنسانية دون قيود، مشددين على رفض أي محاولات لتهجير "
      "الفلسطينيين من أرضهم.")


def article(*lines: str) -> str:
    return "\n\n".join(lines)


def kinds(cleaned) -> list[str]:
    return [r.kind for r in cleaned.removed]


def test_plain_article_keeps_title_and_body() -> None:
    cleaned = clean_text(article(TITLE, P1, P2))
    assert cleaned.title == TITLE
    assert cleaned.body == P1 + "\n" + P2
    assert cleaned.removed == []


def test_breadcrumb_and_repeated_title_variants_are_removed() -> None:
    variant = TITLE.replace("الأردني", "الاردني").replace("الأوضاع", "الاوضاع")
    text = article(f"الرئيسية » أخبار عربية » {TITLE}", variant, variant, TITLE, P1, P2)
    cleaned = clean_text(text)
    assert cleaned.body.startswith(P1[:30])
    assert kinds(cleaned) == ["breadcrumb", "title", "title"]
    assert cleaned.title == TITLE  # the best-spelled printing


def test_breadcrumb_with_other_separators() -> None:
    for sep in ("›", "/", ">"):
        cleaned = clean_text(article(f"الرئيسية {sep} سياسة {sep} عربي", TITLE, P1))
        assert cleaned.title == TITLE
        assert kinds(cleaned) == ["breadcrumb"]


def test_guillemets_in_a_title_are_not_a_breadcrumb() -> None:
    title = "مختصون يطالبون بتطبيق تعليمات «البنك المركزي» وتجريم أنشطة «سماسرة الديون»"
    cleaned = clean_text(article(title, P1))
    assert cleaned.title == title


def test_teaser_before_a_repeated_title_is_removed() -> None:
    teaser = "بحث الصفدي ونظيره المصري تطورات غزة."
    cleaned = clean_text(article(TITLE, teaser, TITLE, P1, P2))
    assert cleaned.body.startswith(P1[:20])
    assert "teaser" in kinds(cleaned)


def test_related_block_with_linked_titles_and_teaser() -> None:
    text = article(TITLE, P1, P2, "شاهد أيضاً", "الأمم المتحدة تحذر من تفاقم الأزمة الإنسانية في السودان",
                   "الأمم المتحدة تحذر من تفاقم الازمة الانسانية في السودان",
                   "حذرت وكالات أممية أمس من أن ملايين السودانيين باتوا على حافة المجاعة في …")
    cleaned = clean_text(text)
    assert cleaned.body.endswith(P2)
    assert kinds(cleaned) == ["related"] * 4


def test_related_block_in_the_middle_ends_at_the_next_paragraph() -> None:
    text = article(TITLE, P1, "اقرأ أيضا:", "الصفدي يلتقي المبعوث الأممي في عمان", P2)
    cleaned = clean_text(text)
    assert cleaned.body == P1 + "\n" + P2


def test_inline_read_also_line() -> None:
    cleaned = clean_text(article(TITLE, P1, "اقرأ أيضاً: الصفدي يلتقي المبعوث الأممي في عمان", P2))
    assert cleaned.body == P1 + "\n" + P2


def test_comment_prompts_and_what_follows_them() -> None:
    for prompt in ("أترك رد", "اترك تعليقاً", "أضف تعليق"):
        cleaned = clean_text(article(TITLE, P1, P2, prompt, "لن يتم نشر عنوان بريدك الإلكتروني.",
                                     "محمد: تعليق من أحد القراء على الخبر"))
        assert cleaned.body.endswith(P2), prompt
        assert kinds(cleaned)[0] == "comment_prompt"


def test_comment_prompt_glued_to_the_next_item() -> None:
    cleaned = clean_text(article(TITLE, P1, P2, "أترك ردالحكومة تطالب المانحين بتسريع الدعم", P1))
    assert cleaned.body == P1 + "\n" + P2
    assert kinds(cleaned) == ["comment_prompt", "comments", "comments"]


def test_share_bar() -> None:
    for bar in ("شارك: فيسبوك تويتر واتساب", "مشاركة عبر: Facebook | Twitter | WhatsApp", "فيسبوك"):
        cleaned = clean_text(article(TITLE, bar, P1, P2))
        assert kinds(cleaned) == ["share"], bar


def test_tags_link_follows_copyright_subscribe_lines() -> None:
    tail = ["سمات الأردن مصر غزة", "الوسوم: الأردن، مصر", "رابط الخبر: https://example.com/a/1",
            "// يتبع //", "© 2024 جميع الحقوق محفوظة", "اشترك في النشرة البريدية"]
    cleaned = clean_text(article(TITLE, P1, P2, *tail))
    assert cleaned.body == P1 + "\n" + P2
    assert kinds(cleaned) == ["tags", "tags", "link", "follows", "copyright", "subscribe"]


def test_trailer_glued_to_the_last_paragraph() -> None:
    cleaned = clean_text(article(TITLE, P1, P2 + " رابط الخبر بصحيفة المثال: " + TITLE))
    assert cleaned.body.endswith("من أرضهم.")
    assert kinds(cleaned) == ["link"]
    cleaned = clean_text(article(TITLE, P1, P2 + " سمات الأردن مصر غزة"))
    assert kinds(cleaned) == ["tags"]


def test_a_sentence_that_starts_like_a_tag_line_stays() -> None:
    line = "سمات المرحلة المقبلة تتطلب تعاونا عربيا أوسع في مواجهة التحديات."
    cleaned = clean_text(article(TITLE, P1, line))
    assert cleaned.body.endswith(line)


def test_credit_line_at_the_end() -> None:
    for credit in ("ليفانت-وكالات", "المصدر: وكالات", "(أ ف ب)", "رويترز"):
        cleaned = clean_text(article(TITLE, P1, P2, credit))
        assert cleaned.credit == credit, credit
        assert cleaned.body.endswith(P2)


def test_byline_at_the_start_with_dateline() -> None:
    cleaned = clean_text(article(TITLE, "الرياض – واس", P1, P2))
    assert cleaned.credit == "الرياض – واس"
    assert cleaned.dateline == "الرياض"
    assert cleaned.body.startswith(P1[:20])
    cleaned = clean_text(article(TITLE, "– الرياض", P1))
    assert cleaned.dateline == "الرياض"


def test_byline_shape_with_unknown_names() -> None:
    cleaned = clean_text(article(TITLE, "صحيفة المثال – سرت", P1, P2))
    assert cleaned.credit == "صحيفة المثال – سرت"
    assert cleaned.body.startswith(P1[:20])


def test_outlet_named_in_the_credit() -> None:
    cleaned = clean_text(article(TITLE, "عين المثال – متابعات", P1))
    assert cleaned.outlet == "عين المثال"


def test_inline_dateline_with_agency() -> None:
    for prefix, city in (("القاهرة (د ب أ) - ", "القاهرة"), ("بيروت – «الشرق الأوسط»: ", "بيروت"),
                         ("عمّان - ", "عمّان")):
        cleaned = clean_text(article(TITLE, prefix + P1, P2))
        assert cleaned.body.startswith(P1[:20]), prefix
        assert cleaned.dateline == city
        assert "dateline" in kinds(cleaned)


def test_a_city_opening_a_sentence_is_not_a_dateline() -> None:
    first = "القاهرة تستضيف غدا اجتماعا عربيا لبحث تطورات الأوضاع في غزة والضفة الغربية."
    cleaned = clean_text(article(TITLE, first, P2))
    assert cleaned.body.startswith(first)
    assert cleaned.dateline is None


def test_long_first_paragraph_is_not_a_title() -> None:
    cleaned = clean_text(article(P1 + " " + P2, P2))
    assert cleaned.title is None
    assert cleaned.body.startswith(P1[:20])


def test_title_given_by_the_container_is_removed_from_the_body() -> None:
    cleaned = clean_text(article(TITLE, P1), title=TITLE)
    assert cleaned.title == TITLE
    assert cleaned.body == P1


def test_nothing_is_lost() -> None:
    text = article(f"الرئيسية » أخبار » {TITLE}", TITLE, P1, P2, "ليفانت-وكالات", "شاهد أيضاً",
                   "الأمم المتحدة تحذر من تفاقم الأزمة", "أترك رد")
    cleaned = clean_text(text)
    kept = [cleaned.title, *cleaned.body.split("\n"), *(r.text for r in cleaned.removed)]
    assert sorted(kept) == sorted(line for line in text.split("\n") if line.strip())


def test_iso_dates() -> None:
    assert iso_date("2015-07-26 17:20:40") == "2015-07-26"
    assert iso_date("2019-11-14T10:00:00Z") == "2019-11-14"
    assert iso_date("Tue, 19 Feb 2019 10:00:00 GMT") == "2019-02-19"
    assert iso_date("١٤/١١/٢٠١٩") == "2019-11-14"
    assert iso_date("2019-02-30") is None
    assert iso_date("أمس") is None


def test_inline_byline_with_reporter_outlet_and_city() -> None:
    for prefix, city in (("خالد المثال- سبق- الرياض: ", "الرياض"), ("سبق- الدمام: ", "الدمام"),
                         ("فلان الفلاني - صحيفة - بلدة: ", None), ("أ ف ب- ", None)):
        cleaned = clean_text(article(TITLE, prefix + P1, P2))
        assert cleaned.body.startswith(P1[:20]), prefix
        assert cleaned.dateline == city, prefix
        assert cleaned.credit == prefix.strip().rstrip(":-").strip()


def test_a_heading_with_an_agency_word_is_not_a_byline() -> None:
    first = "سبق تقول للمسؤول: أين وعودكم بإصلاح الطرق في الأحياء الجنوبية قبل موسم الأمطار؟"
    cleaned = clean_text(article(TITLE, first, P2))
    assert cleaned.body.startswith(first)


def test_columnist_name_on_its_own_line_is_a_byline() -> None:
    cleaned = clean_text(article(TITLE, "سالم المثالي", P1, P2))
    assert cleaned.credit == "سالم المثالي"
    assert cleaned.body.startswith(P1[:20])


def test_pager_words_glued_before_the_byline() -> None:
    cleaned = clean_text(article(TITLE, "Next Previous عين المثال – جدة", P1))
    assert kinds(cleaned)[0] == "nav"
    assert cleaned.credit == "عين المثال – جدة"
    assert cleaned.dateline == "جدة"


def test_contact_tail_and_author_bio() -> None:
    text = article(TITLE, P1, P2, "أستاذ العلوم السياسية", "writer.name@example.com",
                   "للتواصل مع الكاتب أرسل رسالة قصيرة", "تبدأ بالرمز 12 إلى الرقم 88000")
    cleaned = clean_text(text)
    assert cleaned.body.endswith(P2)
    assert set(kinds(cleaned)) == {"contact"}


def test_email_glued_to_a_contact_line() -> None:
    cleaned = clean_text(article(TITLE, P1, P2, "writer@example.comللتواصل مع الكاتب عبر الرسائل"))
    assert cleaned.body.endswith(P2)


def test_page_date_lines_give_the_publication_date() -> None:
    cleaned = clean_text(article("الخميس 14 نوفمبر 2019 - 10:30 م", TITLE, "منذ 3 ساعات", P1, P2))
    assert cleaned.title == TITLE
    assert cleaned.published == "2019-11-14"
    assert kinds(cleaned) == ["date", "date"]
    assert clean_text(article(TITLE, "نشر في: 3 تشرين الأول 2023", P1)).published == "2023-10-03"


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    line = "قال الوزير في 14 نوفمبر 2019"
    assert date_line(line) is None
    assert date_line("الثلاثاء 5 رمضان 1436 هـ") == ""


def test_site_menu_lines_above_and_below() -> None:
    text = article("الرئيسية", "أخبار", "سياسة اقتصاد رياضة منوعات", TITLE, P1, P2,
                   "من نحن اتصل بنا سياسة الخصوصية")
    cleaned = clean_text(text)
    assert cleaned.title == TITLE
    assert cleaned.body == P1 + "\n" + P2
    assert kinds(cleaned) == ["menu"] * 4


def test_numbered_list_markers_are_not_dates() -> None:
    assert date_line("(1)") is None and date_line("2/") is None
    cleaned = clean_text(article(TITLE, P1, "(1)", P2))
    assert "(1)" in cleaned.body


def test_a_title_quoted_far_down_is_kept() -> None:
    verse = "بلادي وإن جارت علي عزيزة"
    lines = [verse] + [f"بيت رقم {n} من القصيدة" for n in range(8)] + [verse, P1]
    cleaned = clean_text(article(*lines))
    assert cleaned.title == verse and cleaned.body.count(verse) == 1


def test_a_role_phrase_is_not_a_byline() -> None:
    cleaned = clean_text(article(TITLE, "وزير الشؤون البلدية", P1))
    assert cleaned.credit is None and cleaned.body.startswith("وزير الشؤون البلدية")


def test_nul_characters_become_spaces_everywhere() -> None:
    from rasd.clean import clean_article
    from rasd.model import RawArticle

    body = ("قال المتحدث باسم الحكومة إن\x00 الاجتماع سيعقد غدا في العاصمة لبحث الأوضاع الاقتصادية "
            "والسياسية في البلاد، وأضاف أن الوزراء سيقدمون تقاريرهم خلال الجلسة.")
    doc = clean_article(RawArticle(body=body, kind="text", title="عنوان\x00 الخبر", outlet="و\x00كالة"))
    assert "\x00" not in doc.text + (doc.title or "") + (doc.source.outlet or "")
    assert "إن  الاجتماع" in doc.text


def test_lone_surrogates_become_replacement_characters() -> None:
    """A JSON "\\ud800" escape decodes to a lone surrogate, which has no UTF-8 form: the
    document id (a hash of the encoded text) and every writer failed on it (found by tests/fuzz)."""
    from rasd.clean import clean_article
    from rasd.model import RawArticle

    body = ("قال المتحدث باسم الحكومة إن\ud800 الاجتماع سيعقد غدا في العاصمة لبحث الأوضاع الاقتصادية "
            "والسياسية في البلاد، وأضاف أن الوزراء سيقدمون تقاريرهم خلال الجلسة.\udfff")
    doc = clean_article(RawArticle(body=body, kind="text", title="عنوان\udc80 الخبر", author="\ud83d"))
    assert doc.text == body.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert doc.title == "عنوان\ufffd الخبر" and doc.source.author == "\ufffd"
    doc.to_json().encode("utf-8")
