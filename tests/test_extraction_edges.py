"""Rules that keep extraction right on articles it was not tuned on: name edges decided by the
division table, posts in title chains, support written around its ends, evidence that names both
ends. Every sentence here is our own; none comes from the sample corpus."""

from __future__ import annotations

from tests.test_extraction import names, rels, run


def test_words_glued_before_a_village_are_not_its_name():
    # 能为 is glued to the name by the segmenter; the table knows no village 能为建仪村
    doc = run("柳林镇引进农机，每年能为王庄村节约成本10万元。")
    assert "王庄村" in names(doc, "Village")
    assert not any(n.startswith("能为") for n in names(doc, "Village"))


def test_known_reading_takes_back_a_direction_character():
    # 下竹洋村 is in the division table; the part-of-speech rule alone would cut 下 off
    doc = run("石后乡不断为下竹洋村产业引来资金。")
    assert "下竹洋村" in names(doc, "Village")


def test_short_county_name_fused_with_a_township():
    doc = run("蕉城石后乡上竹洋村发展茶叶产业。")
    assert "石后乡" in names(doc, "Township")
    assert "蕉城区" in names(doc, "County")
    assert ("石后乡", "蕉城区") in rels(doc, "LOCATED_IN")


def test_city_short_name_before_a_township_is_not_part_of_it():
    doc = run("肇庆罗源镇发展特色农业。")
    assert "罗源镇" in names(doc, "Township") and "肇庆罗源镇" not in names(doc, "Township")


def test_common_word_place_name_the_table_knows():
    doc = run("近年来，统一镇党委坚持因地制宜。")
    assert "统一镇" in names(doc, "Township")


def test_generic_village_words_are_not_villages():
    doc = run("柳林镇着力消除集体经济空壳村，名誉村主任孙立业捐资建桥。")
    assert not names(doc, "Village") & {"空壳村", "名誉村", "集体经济空壳村"}


def test_village_before_inner_words():
    doc = run("12月1日，柳林镇王庄村内热闹非凡。")
    assert "王庄村" in names(doc, "Village")


def test_autonomous_county_by_its_written_form():
    doc = run("景东县文井镇发展茶产业。")
    assert "景东彝族自治县" in names(doc, "County")
    assert ("文井镇", "景东彝族自治县") in rels(doc, "LOCATED_IN")


def test_person_name_ends_before_a_verb():
    doc = run("柳林镇王庄村党支部书记孙明远念着名单，给村民发分红。")
    assert "孙明远" in names(doc, "Official")
    doc = run("柳林镇王庄村第一书记罗樊希望带领群众致富。")
    assert "罗樊" in names(doc, "Official")


def test_post_through_a_qualifier():
    doc = run("柳林镇王庄村驻村第一书记赵德华说，今年收成好。")
    assert ("赵德华", "王庄村") in rels(doc, "HOLDS_POST")
    doc = run("柳林镇王庄村的第一书记周海涛和大家交流。")
    assert ("周海涛", "王庄村") in rels(doc, "HOLDS_POST")


def test_two_titles_in_one_chain():
    doc = run("柳林镇王庄村党总支书记、主任钱玉兰告诉记者，冷库已建成。")
    assert {("钱玉兰", "王庄村党总支"), ("钱玉兰", "王庄村")} <= rels(doc, "HOLDS_POST")
    assert "王庄村党支部" not in names(doc, "Branch")  # 支书 inside 党总支书记 is no title


def test_village_party_secretary_short_title():
    doc = run("柳林镇王庄村村支书李长河带头种植。")
    assert ("李长河", "王庄村党支部") in rels(doc, "HOLDS_POST")
    post = next(r for r in doc.relations if r.type == "HOLDS_POST")
    assert post.properties["title"] == "书记"


def test_honorary_title_makes_a_person():
    doc = run("柳林镇王庄村迎来新到任的名誉村主任孙立业。")
    assert "孙立业" in names(doc, "Person") and "孙立业" not in names(doc, "Official")
    assert ("孙立业", "王庄村") in rels(doc, "HOLDS_POST")


def test_person_speaking_for_a_bureau_named_by_kind():
    doc = run("范县柳林镇发展大棚。县农业农村局李建平表示，要把产业做实。")
    assert ("李建平", "范县农业农村局") in rels(doc, "HOLDS_POST")
    assert ("范县农业农村局", "范县") in rels(doc, "LOCATED_IN")


def test_work_team_named_after_sender_and_place():
    doc = run("为推进乡村振兴，省委驻范县乡村振兴帮扶工作队聚焦柳林镇产业发展。")
    assert "省委驻范县乡村振兴帮扶工作队" in names(doc, "Organization")
    assert ("省委驻范县乡村振兴帮扶工作队", "范县") in rels(doc, "LOCATED_IN")


def test_support_under_someones_help():
    doc = run("在省委驻范县乡村振兴工作队的大力帮扶下，王庄村今年收入突破百万元。")
    assert ("省委驻范县乡村振兴工作队", "王庄村") in rels(doc, "SUPPORTS")


def test_support_by_the_sentence_subject_in_an_earlier_clause():
    doc = run("由华泰公司投入帮扶资金40万元，帮助王庄村建成大棚。")
    assert ("华泰公司", "王庄村") in rels(doc, "SUPPORTS")


def test_paired_and_cooperating_bodies():
    doc = run("柳林镇王庄村与李庄村结对帮扶，共同发展。")
    assert ("王庄村", "李庄村") in rels(doc, "SUPPORTS")
    doc = run("柳林镇供销社与王庄村合作，提供托管服务。")
    assert ("柳林镇供销社", "王庄村") in rels(doc, "SUPPORTS")


def test_bank_credit_is_support_with_its_amount():
    doc = run("柳林镇举办活动。范县农商银行还为该镇授信2亿元。")
    by_id = {e.id: e.name for e in doc.entities}
    credit = [r for r in doc.relations if r.type == "SUPPORTS" and by_id[r.source] == "范县农商银行"]
    assert credit and by_id[credit[0].target] == "柳林镇"
    assert credit[0].properties["credit_yuan"] == 200_000_000


def test_evidence_is_the_sentence_naming_both_ends():
    doc = run("柳林镇位于范县东部。柳林镇王庄村种植大棚。王庄村建成冷库。该村还开展培训。")
    by_id = {e.id: e.name for e in doc.entities}
    rel = next(r for r in doc.relations if r.type == "LOCATED_IN" and by_id[r.source] == "王庄村")
    assert [e.sentence for e in rel.evidence] == ["柳林镇王庄村种植大棚。"]


def test_photo_credits_and_trailing_bylines_are_authors():
    doc = run("王庄村发展民宿\n王庄村（孙晓东 摄）\n柳林镇王庄村建成民宿十家。（文 周文斌）\n村里办起了合作社。（赵宝玉马晓龙）")
    assert {"孙晓东", "周文斌", "赵宝玉", "马晓龙"} <= set(doc.article.authors)
    assert doc.article.title == "王庄村发展民宿"  # the caption is no title
    assert not (names(doc, "Person") | names(doc, "Official")) & set(doc.article.authors)


def test_original_title_and_page_labels():
    doc = run("(原标题:柳林镇绘就乡村振兴新图景)\n柳林镇王庄村建成冷库。")
    assert doc.article.title == "柳林镇绘就乡村振兴新图景"
    doc = run("00012版:今日范县\n\n王庄村的新变化\n\n吴晓梅\n\n柳林镇王庄村建成冷库。")
    assert doc.article.title == "王庄村的新变化" and doc.article.authors == ["吴晓梅"]


def test_headline_above_its_date_line_and_exclaimed_headline():
    doc = run("柳林镇：王庄村喜领分红30万元\n2025-09-21 20:37:31 来源：范县新闻网\n柳林镇王庄村举行分红仪式。")
    assert doc.article.title == "柳林镇：王庄村喜领分红30万元" and doc.article.published == "2025-09-21"
    doc = run("好日子来了！王庄村喜领分红！\n范县新闻（吴晓梅）1月26日，柳林镇王庄村举行分红仪式。")
    assert doc.article.title == "好日子来了！王庄村喜领分红！" and doc.article.authors == ["吴晓梅"]


def test_newsroom_byline_and_spaced_names():
    doc = run("■通讯员 吴光明 陈 阳\n本报讯 柳林镇王庄村建成冷库。\n范县融媒体中心记者 卢晓东 李江")
    assert {"吴光明", "陈阳", "卢晓东", "李江"} <= set(doc.article.authors)


def test_quoted_and_coded_programmes():
    doc = run("柳林镇认真贯彻落实省“千村示范工程”部署，为王庄村提供“五统一”生产服务。")
    assert {"千村示范工程", "五统一"} <= names(doc, "Programme")
    assert "千村示范工程" not in names(doc, "Project")
    doc = run("王庄村打造“金穗”自主品牌，实现“双增收”，成为全镇的“一号工程”。")
    assert not names(doc, "Programme")  # a brand, a slogan and a metaphor are no programmes


def test_small_businesses_named_in_quotes():
    doc = run("他在村里办起了别具特色的“山居人家”民宿，又接连开办“稻香小院”“知味斋”。")
    assert {"山居人家", "稻香小院", "知味斋"} <= names(doc, "Enterprise")


def test_companies_listed_before_a_category_word():
    doc = run("镇里协调修正药业、鑫源集团等企业入驻园区。")
    assert {"修正药业", "鑫源集团"} <= names(doc, "Enterprise")


def test_people_named_without_a_title():
    doc = run("在外打工多年的王启明介绍，民宿优先雇用本村村民。拿到分红的刘秀英笑得合不拢嘴。")
    assert {"王启明", "刘秀英"} <= names(doc, "Person")


def test_project_total_paid_by_a_village():
    doc = run("据悉，杨树湾技术服务中心项目总投资5000多万元，由王庄村独自出资建设。")
    by_id = {e.id: e.name for e in doc.entities}
    inv = [r for r in doc.relations if r.type == "INVESTS_IN"]
    assert [(by_id[r.source], by_id[r.target], r.properties["amount_yuan"]) for r in inv] == [
        ("王庄村", "杨树湾技术服务中心项目", 50_000_000)]
    assert "杨树湾技术服务中心" not in names(doc, "Organization")


def test_amount_goes_into_its_own_clause():
    doc = run("王庄村、李庄村共同出资150万元，在园区新建厂房，并协调鑫源公司入驻。")
    assert ("李庄村", "鑫源公司") not in rels(doc, "INVESTS_IN")
    doc = run("由华泰公司投入帮扶资金40万元，帮助王庄村建成大棚。")
    assert ("华泰公司", "王庄村") in rels(doc, "INVESTS_IN")


def test_generic_kinds_of_body_are_not_nodes():
    doc = run("柳林镇成立强村公司，推进强村项目。")
    assert not names(doc, "Enterprise") and not names(doc, "Project")


def test_bodies_the_article_does_not_name():
    doc = run("柳林镇王庄村与广州某公司签约，村里的猕猴桃合作社带动农户增收。")
    assert not names(doc, "Enterprise") and not names(doc, "Cooperative")
    doc = run("柳林镇王庄村金穗猕猴桃种植专业合作社带动农户增收。")
    assert "金穗猕猴桃种植专业合作社" in names(doc, "Cooperative")  # a brand is a name


def test_two_character_county_inside_ordinary_words():
    doc = run("宁夏泾源县把肉牛产业作为富民兴县的特色产业。")
    assert "兴县" not in names(doc, "County") and "泾源县" in names(doc, "County")
    doc = run("山西省兴县蔚汾镇发展小杂粮。")
    assert "兴县" in names(doc, "County")


def test_generic_aid_projects_are_not_named():
    doc = run("工作队扎实推进农村产业帮促项目。")
    assert not names(doc, "Project")


def test_evidence_from_a_long_list_sentence_stays_bounded():
    """A sentence listing thousands of villages gives each relation a short evidence that names both ends."""
    from ruralkg.ingest.extraction.extractor import Extractor
    from ruralkg.ingest.resolve import MAX_EVIDENCE_CHARS

    villages = "、".join(f"{chr(0x4e00 + (i * 7) % 300)}{chr(0x4e50 + (i * 13) % 200)}村" for i in range(1500))
    text = f"近日，河北省高阳县邢家南镇下辖{villages}等村庄全面推进乡村振兴。"
    doc = Extractor().extract_text(text, "/tmp/long-list.txt")
    assert doc.relations
    sentences = [e.sentence for r in doc.relations for e in r.evidence]
    assert max(map(len, sentences)) <= MAX_EVIDENCE_CHARS
    assert sum(map(len, sentences)) < 40 * len(text)
    names = {e.id: e.name for e in doc.entities}
    for rel in doc.relations:  # both ends, or the written one when the other comes from the division table
        ends = (names[rel.source], names[rel.target])
        assert any(any(n in s or n[:-1] in s for n in ends) for s in (e.sentence for e in rel.evidence)), (rel, ends)
    village = next(r for r in doc.relations if r.type == "LOCATED_IN" and names[r.target] == "邢家南镇"
                   and names[r.source].endswith("村") and len(r.evidence[0].sentence) < 200)
    assert "邢家南镇" in village.evidence[0].sentence and names[village.source] in village.evidence[0].sentence


def test_a_name_cut_later_in_the_article_is_the_full_name_it_was_first():
    doc = run("蕉城桃福乡湾鹤寨村举行集体分红。为壮大实体经济,湾鹤寨村党支部引进企业。")
    assert "湾鹤寨村" in names(doc, "Village") and "鹤寨村" not in names(doc, "Village")
    assert names(doc, "Branch") == {"湾鹤寨村党支部"}
    assert ("湾鹤寨村党支部", "湾鹤寨村") in rels(doc, "LOCATED_IN")


def test_a_township_suffix_does_not_start_a_county_short_name():
    # 青和镇|康竹沙村 holds the county short name 镇康 across the boundary
    doc = run("青和镇康竹沙村与广州某企业合作。")
    assert not names(doc, "County") and "康竹沙村" in names(doc, "Village")
    kept = run("近日，镇康南伞镇的茶叶丰收。")  # at a clause start it is the county
    assert "镇康县" in names(kept, "County")


def test_one_character_before_a_known_name_at_a_clause_start_is_part_of_the_name():
    doc = run("建成标准党群服务中心2个(后石前村和岭九龙村)。")
    assert {"后石前村", "岭九龙村"} <= names(doc, "Village") and "石前村" not in names(doc, "Village")
    assert "张庄村" in names(run("工作队驻张庄村开展帮扶。"), "Village")  # a motion character is not


def test_a_one_character_morpheme_opens_a_village_name():
    assert "湾林村" in names(run("富,关键看支部。湾林村坚持党建引领。"), "Village")
    assert "湾林村" in names(run("大力发展湾林村产业。"), "Village")


def test_a_company_a_village_brings_in_is_in_the_village_even_if_named_after_its_city():
    doc = run("为壮大实体经济,青石村党支部引进宁德市远山农业发展有限公司,共同开发林下经济。")
    located = rels(doc, "LOCATED_IN")
    assert any(src.endswith("远山农业发展有限公司") and dst == "青石村" for src, dst in located), located
    founded = run("在安定镇,三个村联动注册成立子长市联村农业发展有限公司。")
    assert not any(dst == "安定镇" and "公司" in src for src, dst in rels(founded, "LOCATED_IN"))


def test_aid_construction_of_a_village_facility():
    doc = run("近日,记者走进景东县文井镇光明村冷库厂房,只见工人们正在分拣。"
              "光明村党总支书记刘某告诉记者,冷库是上海2021年援建项目,投入资金510万元。")
    assert "光明村冷库" in names(doc, "Project") and "上海市" in names(doc, "Province")
    by_id = {e.id: e.name for e in doc.entities}
    money = [(by_id[r.source], by_id[r.target], r.properties.get("amount_yuan")) for r in doc.relations
             if r.type == "INVESTS_IN"]
    assert money == [("上海市", "光明村冷库", 5100000)]
    assert "江西村" in names(run("江西村的茶叶丰收。"), "Village")  # a province short name inside a name is not one


def test_a_bare_provincial_committee_is_the_articles_province():
    doc = run("山西省平遥县东泉镇是试点乡镇。镇党委书记李某参加了省委书记赵某某主持召开的座谈会。")
    assert "山西省委" in names(doc, "Branch")
    assert ("赵某某", "山西省委") in rels(doc, "HOLDS_POST") and ("山西省委", "山西省") in rels(doc, "LOCATED_IN")
    two = run("河北省与山西省开展合作。省委书记赵某某出席。")  # two provinces: which one is not known
    assert not any(n.endswith("省委") for n in names(two, "Branch"))


def test_a_province_named_in_passing_is_the_same_node_as_everywhere():
    doc = run("与山东、四川、湖南等地的蔬菜供销商签订产销协议。")
    keys = {e.name: e.key for e in doc.entities if e.type == "Province"}
    assert keys.get("山东省") == "Province|370000", keys


def test_a_sentence_listing_thousands_of_villages_keeps_every_village_and_its_township():
    # the index of mention spans keeps this linear; every village must still be found and placed
    stems = [a + b for a in "东西南北上下前后大小" for b in "河山岭坪塘湾沟桥庄寨"]  # 100 distinct stems
    villages = [f"{s}{k}村" for k in "一二三四五六七八九十" for s in stems][:1000]
    doc = run("青山县柳林镇近年来，" + "、".join(villages) + "等村全部实现通水。")
    found = names(doc, "Village")
    assert set(villages) <= found
    located = rels(doc, "LOCATED_IN")
    assert all((v, "柳林镇") in located for v in villages[::97])


def test_a_company_list_after_a_long_list_of_villages_is_still_read():
    villages = "、".join(f"{a}{b}村" for a in "东西南北上下前后大小" for b in "河山岭坪塘湾沟桥庄寨")
    doc = run(f"柳林镇{villages}等村，引进华康药业、鑫源集团等企业。")
    assert {"华康药业", "鑫源集团"} <= names(doc, "Enterprise")


def test_a_common_word_right_after_a_county_is_the_township_under_it():
    # 义庄 alone is a common word; written right after its county it is the township's name
    doc = run("光山县义庄乡利用激励政策引进人才。")
    assert "义庄乡" in names(doc, "Township")
    assert ("义庄乡", "光山县") in rels(doc, "LOCATED_IN")


def test_a_word_ending_in_a_place_suffix_closes_the_name_before_the_next():
    # 帮扶村 is a kind of village; the township named right after it starts after 村
    doc = run("结对帮扶村林坪乡后岭村开展技能培训。")
    assert "林坪乡" in names(doc, "Township")
    assert "后岭村" in names(doc, "Village")
    assert not any(n.startswith("村") or "乡" in n for n in names(doc, "Village"))


def test_one_name_character_before_da_cun_is_a_village_and_a_description_is_not():
    doc = run("村集体收入达到10万元以上；郭大村、柳树湾村也发展了养殖。")
    assert "郭大村" in names(doc, "Village")
    doc = run("该村是全县有名的产粮大村，也是人口大村。")
    assert not names(doc, "Village") & {"产粮大村", "人口大村", "粮大村", "口大村"}


def test_a_preposition_glued_to_the_first_name_of_a_list_is_not_part_of_it():
    # the segmenter reads 对岭营 as one word
    doc = run("柳林镇重点对岭营、屯南等25个村的线路进行整治。")
    assert {"岭营村", "屯南村"} <= names(doc, "Village")
    assert not any(n.startswith("对") for n in names(doc, "Village"))


def test_a_bare_count_must_count_the_names_before_it():
    doc = run("东岗、楼南两村共建冷库。")
    assert names(doc, "Village") == {"东岗村", "楼南村"}
    # 七村 here closes a name (a numbered village), not a list of seven
    doc = run("柳林镇建成张湾新村大棚瓜菜、李庄七村蛋鸡养殖项目。")
    assert "李庄七村" in names(doc, "Village")
    assert "大棚瓜菜村" not in names(doc, "Village") and "李庄村" not in names(doc, "Village")


def test_a_numbered_village_keeps_the_word_before_its_number():
    # 下桥 alone reads as a verb (to get off a bridge); before 七村 it is the name of the village
    doc = run("柳林镇西沟七村、下桥七村都通了自来水。")
    assert "下桥七村" in names(doc, "Village")


def test_whole_text_folding_matches_folding_each_character():
    from ruralkg.ingest.normalize import fold_text, fold_width, normalise

    text = "全角ＡＢＣ１２３，。“”（）\u3000 𝐀𝟏 ① ㈠ ｶ 柳林镇\r\n王庄村(产业)!"
    assert fold_text(text) == "".join(fold_width(c) for c in text)
    norm = normalise(text)
    # every character kept maps back to where it was in the raw text
    assert all(text[o] == c or fold_width(text[o]) == c or c in "，！（）" for c, o in zip(norm.text, norm.offsets, strict=True))
    assert "王庄村（产业）！" in norm.text


def test_a_count_after_villages_is_no_numbered_village():
    doc = run("在柳林镇，东岭村、西河村、前坪村、后沟大村四村联动建立起联村党总支。")
    assert "大村四村" not in names(doc, "Village") and "后沟大村四村" not in names(doc, "Village")


def test_a_speech_verb_after_a_two_character_name_is_not_part_of_it():
    doc = run("王庄村党支部书记、村委会主任张强说，今年要扩大种植。")
    assert "张强" in names(doc, "Official") and "张强说" not in names(doc, "Official")
    doc = run("柳林镇党委书记李文表示，要抓好产业。")
    assert "李文" in names(doc, "Official")


def test_a_bare_cooperative_before_a_title_is_the_one_the_article_named():
    doc = run("柳林镇宏达养殖专业合作社发展很快。“收益更稳定。”合作社负责人郁长青信心满满地说。")
    assert ("郁长青", "宏达养殖专业合作社") in rels(doc, "HOLDS_POST")
    # two cooperatives and none named in the item: no guess
    doc = run("甲村宏达养殖专业合作社和乙村丰收种植专业合作社都有分红。\n\n合作社负责人洪立新说。")
    assert not any(p == "洪立新" for p, _ in rels(doc, "HOLDS_POST"))


def test_a_preposition_glued_to_one_name_character_is_not_part_of_the_name():
    # the segmenter reads 对湾 as one (unknown) word
    doc = run("镇里争取多方资金对湾二、石岭等6个村进行基础设施提升。")
    assert "湾二村" in names(doc, "Village")
    assert not any("对" in n for n in names(doc, "Village"))
