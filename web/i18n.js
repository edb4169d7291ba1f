/* Chinese first, English second: the words the explorer shows for labels, relations, columns, properties
   and messages. A key the dictionary lacks is shown as it is (never hidden). */

export const LABELS = {
  Province: "省 Province", City: "市 City", County: "县 County", Township: "乡镇 Township", Village: "村 Village",
  Branch: "党组织 Party branch", Cooperative: "合作社 Cooperative", Enterprise: "企业 Enterprise",
  Organization: "机构 Organization", Official: "干部 Official", Person: "人物 Person",
  Programme: "政策机制 Programme", Project: "项目 Project",
};

export const RELATIONS = {
  LOCATED_IN: "位于 located in", LEADS: "领办 leads", HOLDS_POST: "任职 holds post",
  INVESTS_IN: "投资 invests in", SUPPORTS: "帮扶 supports", IMPLEMENTS: "实施 implements",
};

/* column names of query results and comparison tables, and entity property names */
const WORDS = {
  township: "乡镇 township", county: "县 county", city: "市 city", province: "省 province", village: "村 village",
  villages: "村 villages", branches: "党组织 branches", cooperatives: "合作社 cooperatives",
  cooperatives_reported: "报道的合作社数 cooperatives reported", enterprises: "企业 enterprises",
  officials: "干部 officials", investment_yuan: "投资（元） investment (yuan)", programmes: "政策机制 programmes",
  village_names: "村名 village names", id: "标识 id", ids: "标识 ids", name: "名称 name", names: "名称 names",
  type: "类型 type", title: "职务/标题 title", published: "发布日期 published", source: "来源 source",
  authors: "作者 authors", char_count: "字数 characters", entities: "实体数 entities", hops: "步数 hops",
  relations: "关系 relations", evidence: "出处 evidence", evidence_count: "出处句数 sentences",
  source_name: "起点 from", target_name: "终点 to", source_type: "起点类型 from type",
  target_type: "终点类型 to type", relation_id: "关系标识 relation id", target: "终点标识 to id",
  person: "人物 person", person_id: "人物标识 person id", body: "单位 body", since: "起 from", until: "止 until",
  place: "地点 place", places: "地点 places", count: "数量 count", amount_yuan: "金额（元） amount (yuan)",
  bodies: "经营主体 bodies", projects: "项目 projects", investments: "投资 investments", posts: "职务 posts",
  article: "文章 article", article_id: "文章标识 article id", article_title: "文章 article", date: "日期 date",
  sentence: "句子 sentence", score: "得分 score", households: "户数 households", population: "人口 population",
  members: "成员 members", area_mu: "面积（亩） area (mu)", income_yuan: "收入（元） income (yuan)",
  collective_income_yuan: "集体收入（元） collective income (yuan)", support_yuan: "支持资金（元） support (yuan)",
  donation_yuan: "捐赠（元） donation (yuan)", founded: "成立 founded", industry: "产业 industry",
  first_seen: "最早见于 first seen", last_seen: "最近见于 last seen", level: "级别 level",
  cooperative_count: "合作社数 cooperatives", enterprise_count: "企业数 enterprises",
  administrative_village_count: "行政村数 administrative villages", natural_village_count: "自然村数 natural villages",
  community_count: "社区数 communities", party_member_count: "党员数 Party members", households_served: "服务户数 households served",
  approximate: "约数 approximate", credit_yuan: "贷款（元） credit (yuan)", dividend_yuan: "分红（元） dividend (yuan)",
  total_yuan: "合计（元） total (yuan)", organisation: "组织 organisation", organisation_type: "组织类型 organisation type",
  kind: "类别 kind", articles: "文章 articles", programme: "政策机制 programme", branch: "党组织 branch",
  supporter: "帮扶方 supporter", supported: "受帮扶方 supported", adopters: "采用者 adopters", year: "年份 year",
  official_names: "干部姓名 officials", rank: "排名 rank", depth: "深度 depth", limit: "上限 limit", a: "实体甲 entity A",
  b: "实体乙 entity B", q: "词语 words", current: "当前 current", former: "曾任 former",
  types: "类型 types", adopted_by: "采用者 adopted by", aliases: "别名 aliases", article_count: "文章数 articles",
  article_path: "文章文件 article file", branch_id: "党组织标识 branch id", dated: "有日期 dated", day: "日期 day",
  direction: "方向 direction", evidence_dates: "出处日期 evidence dates", implemented_by: "实施者 implemented by",
  keys: "键 keys", label: "标签 label", neighbour_count: "邻居数 neighbours", neighbours: "邻居 neighbours",
  other_id: "另一方标识 other id", other_name: "另一方 other", other_type: "另一方类型 other type", path: "路径 path",
  place_id: "地点标识 place id", properties: "属性 properties", sentence_date: "句中日期 sentence date",
  sentences: "句子 sentences", starts: "开始 starts", supported_type: "受帮扶方类型 supported type",
  supporter_type: "帮扶方类型 supporter type", text: "正文 text", undated: "无日期 undated", unit: "单位 unit",
  value: "值 value", key: "属性 key", stated_date: "句中日期 stated date",
};

/** A column or property name, Chinese first with the English (or the raw key) second. */
export function word(key) {
  return WORDS[key] || key;
}

export const MSG = {
  error: "出错了 Error",
  notFound: "没有找到 Not found",
  routeMissing: "此功能需要较新的接口，当前服务器没有提供。 This view needs an API route this server does not offer yet",
  noResults: "没有结果 No results",
  noRows: "没有结果 No rows",
  choose: "这个名称对应多个实体，请选择一个： The name fits several entities, pick one:",
};
