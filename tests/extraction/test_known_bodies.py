"""Known_bodies.py: a company named in full comes back by its short form. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.known_bodies import short_forms
from tests.extraction.relation_helpers import rels, run


def test_the_short_forms_of_a_company_name():
    assert short_forms("丹东青山湖文旅发展有限公司", "丹东") == {"青山湖文旅"}
    assert short_forms("山东泉禾农业科技有限公司") == {"泉禾农业科技", "泉禾农业"}
    # common words before the trade hold no brand; a name without a company kind has no short form
    assert short_forms("柳河县现代农业发展有限公司", "柳河县") == set()
    assert short_forms("青禾村蔬菜专业合作社", "青禾村") == set()


def test_a_company_back_by_its_short_form_takes_its_share():
    doc = run("宽甸县黄椅山村位于山区。该村引进丹东青山湖文旅发展有限公司，双方共同出资1000万元成立"
              "宽甸黄椅山民宿运营有限公司，其中青山湖文旅出资510万元、村集体出资490万元。")
    got = {pair: props.get("amount_yuan") for pair, props in rels(doc, "INVESTS_IN").items()}
    assert got[("丹东青山湖文旅发展有限公司", "宽甸黄椅山民宿运营有限公司")] == 5100000
    assert got[("黄椅山村", "宽甸黄椅山民宿运营有限公司")] == 4900000
