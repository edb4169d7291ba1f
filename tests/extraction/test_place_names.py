"""Place_names.py: which reading before a place suffix the division table takes. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, rels, run


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


def test_one_character_before_a_known_name_at_a_clause_start_is_part_of_the_name():
    doc = run("建成标准党群服务中心2个(后石前村和岭九龙村)。")
    assert {"后石前村", "岭九龙村"} <= names(doc, "Village") and "石前村" not in names(doc, "Village")
    assert "张庄村" in names(run("工作队驻张庄村开展帮扶。"), "Village")  # a motion character is not


def test_a_common_word_right_after_a_county_is_the_township_under_it():
    # 义庄 alone is a common word; written right after its county it is the township's name
    doc = run("光山县义庄乡利用激励政策引进人才。")
    assert "义庄乡" in names(doc, "Township")
    assert ("义庄乡", "光山县") in rels(doc, "LOCATED_IN")


def test_one_name_character_before_da_cun_is_a_village_and_a_description_is_not():
    doc = run("村集体收入达到10万元以上；郭大村、柳树湾村也发展了养殖。")
    assert "郭大村" in names(doc, "Village")
    doc = run("该村是全县有名的产粮大村，也是人口大村。")
    assert not names(doc, "Village") & {"产粮大村", "人口大村", "粮大村", "口大村"}


def test_two_numerals_the_table_knows_name_a_village_but_counts_do_not():
    doc = run("柳林镇八一村和三合村发展大棚。")
    assert {"八一村", "三合村"} <= names(doc, "Village")
    doc = run("全镇二十村、两个村都通了水。")
    assert not names(doc, "Village")


def test_honours_grades_and_slogans_ending_in_村_are_no_villages():
    doc = run("青山村获评全市“最美乡风文明村”，曾是东川省级贫困村，如今大力发展强业兴村产业。")
    assert names(doc, "Village") == {"青山村"}


def test_an_ethnic_group_and_村_is_the_village_of_that_people():
    doc = run("青山村是柳林镇5个深度贫困的土苗村之一，也是全县的瑶族村。")
    assert names(doc, "Village") == {"青山村"}
    doc = run("柳林镇罗汉村发展茶叶。")
    assert "罗汉村" in names(doc, "Village")  # 汉 ends an ordinary name here


def test_a_name_the_table_lacks_loses_a_date_a_station_verb_or_a_body_glued_before_it():
    doc = run("2021年翠坪镇投入资金。县农业局工作队驻礼岙村帮扶。果蔬协会沟岭村工作站成立。")
    assert "翠坪镇" in names(doc, "Township") and "年翠坪镇" not in names(doc, "Township")
    assert {"礼岙村", "沟岭村"} <= names(doc, "Village")
    assert not any(n.startswith(("队驻", "驻", "协会")) for n in names(doc, "Village"))


def test_a_party_body_inside_a_stem_is_no_village():
    doc = run("青山镇推行“党委联村”机制。")
    assert not names(doc, "Village")


def test_conjunction_after_a_place_that_contains_the_name_opens_it():
    # a conjunction joins places of one level: after the county, 和 is the township's first character
    # (neither the table knows: a reading it knows without the conjunction would win)
    doc = run("笔者在柳林县和青北镇南岗村看到，大棚里一片繁忙。")
    assert "和青北镇" in names(doc, "Township") and "青北镇" not in names(doc, "Township")
    assert ("和青北镇", "柳林县") in rels(doc, "LOCATED_IN")
    doc = run("柳林镇同垭坪村发展茶叶产业。")
    assert "同垭坪村" in names(doc, "Village")


def test_conjunction_between_places_of_one_level_still_joins_them():
    doc = run("柳林镇和杨坪镇签订了合作协议。")
    assert {"柳林镇", "杨坪镇"} <= names(doc, "Township")
    assert not any(n.startswith("和") for n in names(doc, "Township"))


def test_conjunction_after_a_body_is_no_part_of_the_village():
    # 工作队|和义|孝村: the segmenter glues 和 to the name after it
    doc = run("驻村工作队和义孝村村干部向村民发放物资。")
    assert "义孝村" in names(doc, "Village")
    assert not any(n.startswith(("和", "队")) for n in names(doc, "Village"))


def test_conjunction_before_a_bare_suffix_is_part_of_the_name():
    # 北|和|乡 is one township; 县和乡 joins two levels
    doc = run("在北和乡党委书记的陪同下，调研组走访了农户。")
    assert "北和乡" in names(doc, "Township")
    doc = run("在县和乡两级开展专项整治。")
    assert not names(doc, "Township")


def test_count_after_a_list_of_villages_is_no_village():
    doc = run("在青石镇，岭坳村、垭坪村、桑龙大村三村联动成立联合党委。")
    assert {"岭坳村", "垭坪村", "桑龙大村"} <= names(doc, "Village")
    assert not any(n.endswith("三村") for n in names(doc, "Village"))


def test_slogan_ending_after_the_place_that_contains_it_is_a_village():
    # 兴村 / 富村 end slogans (产业兴村) and village names; right after its township, a name stands
    doc = run("青海省玉树藏族自治州曲麻莱县青北乡义富村内洋溢着喜庆的氛围。")
    assert "义富村" in names(doc, "Village")
    doc = run("青石镇岭山兴村也是一个试点示范村。")
    assert "岭山兴村" in names(doc, "Village")
    doc = run("青石镇产业兴村成效明显，强业兴村产业也在发展。")
    assert not names(doc, "Village")


def test_township_before_a_village_that_opens_with_a_word_start():
    # 镇上 is a word (in town), but here the township closes before the village 上凤西村
    doc = run("近日，柳林县永坡镇上凤西村村民深有感触地说。")
    assert "永坡镇" in names(doc, "Township") and "上凤西村" in names(doc, "Village")
    assert ("上凤西村", "永坡镇") in rels(doc, "LOCATED_IN")
    doc = run("近日，他在镇上开了一家店。")
    assert not names(doc, "Township")


def test_conjunction_away_from_the_containing_place_still_joins():
    # the county is written before, but words stand between it and the village: 和 is a conjunction
    doc = run("柳林县大力支持合作社和义孝村发展。")
    assert "义孝村" in names(doc, "Village")
    assert not any(n.startswith("和") for n in names(doc, "Village"))


def test_a_stem_ending_in_a_function_character_is_no_name():
    # right after the county the whole window would be read as the name: 乡亲们在|村里
    doc = run("柳林县乡亲们在村里种植香菇。")
    assert not names(doc, "Village")


def test_a_name_the_table_knows_does_not_cut_a_verb_in_two():
    # 修建|通村公路: the table knows a village 建通村, but 修建 is one word and 通村公路 a road to villages
    doc = run("杨坪镇先后投入资金修建通村公路。")
    assert names(doc, "Village") == set()


def test_inner_mongolian_townships_and_villages():
    doc = run("代钦塔拉苏木党委书记宝音介绍，巴音花嘎查的牧民今年收入翻番。")
    assert "代钦塔拉苏木" in names(doc, "Township") and "巴音花嘎查" in names(doc, "Village")


def test_grades_of_villages_in_a_slogan_are_no_village():
    # “强村带弱村”, “富村带穷村”: a strong village leading a weak one; 带弱村 is no village's name
    doc = run("柳沟村党支部与桃园村党支部结成“强村带弱村”帮扶对子。")
    assert names(doc, "Village") == {"柳沟村", "桃园村"}


def test_a_verb_of_taking_a_post_before_the_villages_post_names_no_village():
    # 队长马某任村第一书记: 任 takes the post of the village; 马某任村 is no village
    doc = run("2021年，县林业局选派3名干部组成驻桃园村帮扶工作队，队长马俊杰任村第一书记。")
    assert names(doc, "Village") == {"桃园村"}


def test_a_slogan_ending_in_fucun_is_no_village():
    # 驻镇帮镇扶村工作队: 帮镇扶村 (help towns, support villages) is a programme's slogan
    doc = run("由青山集团牵头组建的驻石桥镇帮镇扶村工作队，三年来累计向石桥镇投入帮扶资金1200万元。")
    assert not names(doc, "Village")


def test_a_town_ending_in_chengzhen_after_its_county():
    # 宝坻区|八门城镇: after its county, a two-character stem and 城镇 name a town, though 城镇 is a word
    doc = run("金秋时节，走进天津市宝坻区八门城镇东潮洼村，稻田一片金黄。")
    assert "八门城镇" in names(doc, "Township")
    doc = run("柳林县新型城镇化加快，全县城镇居民收入增长。")
    assert not names(doc, "Township")


def test_words_for_the_whole_place_a_home_and_counts_are_no_part_of_a_name():
    doc = run("该行与合隆镇签订整镇授信协议，为全镇23个行政村授信5.5亿元。")
    assert names(doc, "Township") == {"合隆镇"}  # 签订整镇: the whole town
    doc = run("集团董事长彭建华向老家排拢村捐赠了物资。")
    assert names(doc, "Village") == {"排拢村"}
    doc = run("湘岭集团：投身“万企兴万村”让苗乡腊肉香飘四方")
    assert not names(doc, "Village")
    doc = run("阜平县乡村振兴局投入衔接资金120万元，帮建黑石沟村食用菌冷库。")
    assert names(doc, "Village") == {"黑石沟村"}  # 帮建|黑石沟村: a word the name's window began inside


def test_a_doubled_suffix_is_every_place_not_a_name():
    # 镇镇结对: town with town; 签订镇 after a town of the same level is no town (chaining holds only inside)
    doc = run("广东省佛山市南海区里水镇与莲花镇签订镇镇结对帮扶协议。")
    assert names(doc, "Township") == {"里水镇", "莲花镇"}
