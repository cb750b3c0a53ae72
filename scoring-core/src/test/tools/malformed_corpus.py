#!/usr/bin/env python3
"""Writes the corpus of malformed inputs of scoring-core's MalformedCorpusTest.

    python3 scoring-core/src/test/tools/malformed_corpus.py scoring-core/src/test/resources/malformed

Each case is a valid base document (below) with one thing broken, and the problem code and place the library
must report for it; the script writes the files, each folder's cases.tsv and the base documents (named _*).
It replaces the folder: add a case here, or by hand as a file and a line of its folder's cases.tsv.
"""
import json, copy, os, sys, shutil


METHODOLOGY = {
 "schema": "bizenv.methodology/1", "id": "m", "name": {"zh": "测试体系", "en": "Test"},
 "data": {"unitColumn": "unit"},
 "defaults": {"normalizer": {"name": "min-max", "lower": 0, "upper": 100}, "aggregator": {"name": "weighted-mean"}},
 "pipeline": [
   {"step": "denominate"},
   {"step": "impute", "method": "group-mean", "groupColumn": "group"},
   {"step": "screen", "minShare": 0.5},
   {"step": "treat", "winmax": 2, "overrides": {"a": "none"}}],
 "nodes": [
   {"id": "root", "name": {"zh": "总分", "en": "Total"}, "points": 100,
    "rules": [{"name": "bonus-deduction", "items": [{"indicator": "hotline", "amount": -1, "category": "complaints"}],
               "categoryCaps": {"complaints": 5}, "cap": 8},
              {"name": "veto", "any": [{"indicator": "accident", "atLeast": 1}], "effect": "exclude-top-band"}]},
   {"id": "p1", "parent": "root", "weight": 2},
   {"id": "p2", "parent": "root", "aggregator": {"name": "generalised-mean", "p": 2}},
   {"id": "a", "parent": "p1", "source": "A", "denominator": "pop"},
   {"id": "b", "parent": "p1", "source": "B", "direction": "lower-is-better",
    "normalizer": {"name": "distance-to-frontier", "best": 1, "worst": 20}},
   {"id": "c", "parent": "p2", "source": "C", "codes": {"No Practice": {"score": 0}, "n/a": "not-applicable"},
    "normalizer": {"name": "goalposts", "lower": 0, "upper": 10}, "meta": {"target": 8}},
   {"id": "d", "parent": "p2", "source": "D", "normalizer": {"name": "distance-to-target", "target": "meta.target"},
    "meta": {"target": 9}},
   {"id": "view", "name": {"en": "A view"}, "members": ["a", {"node": "c", "weight": 2}]}],
 "composites": [{"unit": "duo", "members": [{"unit": "u1", "weight": 0.4}, {"unit": "u2", "weight": 0.6}]}],
 "ranking": {"method": "competition", "tolerance": 0.01, "groupColumn": "group",
             "quantiles": {"count": 4, "ties": "better", "nodes": ["root"]}},
 "grades": {"bands": [{"name": "优秀", "min": 90}, {"name": "良好", "min": 75}, {"name": "一般", "min": 60}, {"name": "较差"}],
            "quota": {"band": "优秀", "maxShare": 0.2, "rounding": "round", "ties": "demote"}},
 "heads": {"grades": ["优秀", "称职", "基本称职", "不称职"],
           "from": {"优秀": "优秀", "良好": "称职", "一般": "基本称职", "较差": "不称职"}},
 "rounding": {"decimals": 2}
}

DATA_CSV = """unit,group,pop,A,B,C,D,hotline,accident
u1,east,10,20,5,6,7,1,0
u2,east,20,35,3,8,8,0,0
u3,west,15,12,9,No Practice,4,3,1
u4,west,30,50,2,9,9,0,0
u5,west,25,44,12,5,6,2,0
"""

PROGRAMME = {
 "schema": "bizenv.programme/1", "id": "p", "name": {"zh": "示例工程", "en": "Sample"}, "period": "2021",
 "benchmark": {"jurisdiction": {"zh": "深圳市", "en": "Shenzhen"}, "values": {"sb-time": 1},
               "standards": {"sb-time": {"zh": "1天"}}},
 "organisers": ["office"],
 "areas": [{"id": "sb", "name": {"zh": "开办企业"}, "serves": ["eval-sb"]}],
 "units": [
   {"id": "office", "name": {"zh": "市委改革办"}, "kind": "department", "head": {"zh": "甲"}, "competences": ["sb"]},
   {"id": "amr", "name": {"zh": "市市场监管局"}, "kind": "department", "competences": ["sb"]},
   {"id": "tax", "name": {"zh": "市税务局"}, "kind": "department", "verticallyManaged": True},
   {"id": "dc", "name": {"zh": "东城区"}, "kind": "district", "head": {"zh": "区长"}},
   {"id": "city", "name": {"zh": "示例市"}, "kind": "city", "members": [{"unit": "dc", "weight": 1}]}],
 "indicators": [
   {"id": "sb-time", "name": {"zh": "开办时间"}, "measurementUnit": "days", "direction": "lower-is-better",
    "area": "sb", "lead": "amr", "textCodes": ["No Practice"]},
   {"id": "eval-sb", "name": {"zh": "国评开办企业"}, "measurementUnit": "points", "direction": "higher-is-better",
    "lead": "amr"}],
 "tasks": [
   {"id": "T1", "area": "sb", "description": {"zh": "压缩开办时间"}, "benchmarkStandard": {"zh": "深圳1天"},
    "measure": {"indicator": "sb-time", "baseline": 3, "benchmark": 1, "target": 1},
    "lead": "amr", "responsible": ["dc"], "supporting": ["tax"], "workload": 1.5, "deadline": "2021-06-30",
    "milestones": [{"due": "2021-03-31", "plannedProgress": 50, "description": {"zh": "出台方案"}},
                   {"due": "2021-06-30", "plannedProgress": 100, "description": {"zh": "完成"}}]},
   {"id": "T2", "area": "sb", "description": {"zh": "推行告知承诺制"},
    "declaredClass": {"class": "C", "reason": {"zh": "需省政府授权"}}, "legalAuthorisation": True,
    "lead": "amr", "responsible": ["tax"], "deadline": "2021-09-30",
    "milestones": [{"due": "2021-03-31", "step": "application-submitted", "description": {"zh": "提交申请"}},
                   {"due": "2021-09-30", "step": "implemented", "description": {"zh": "落地实施"}}]}]
}

DATA = {
 "schema": "bizenv.data/1", "programme": "p",
 "progressReports": [
   {"task": "T1", "unit": "amr", "date": "2021-03-31", "progress": 50, "evidence": {"zh": "方案已出台"}},
   {"task": "T2", "unit": "amr", "date": "2021-04-30", "step": "application-submitted"}],
 "ratings": [{"task": "T1", "rater": "amr", "ratee": "dc", "score": 88, "date": "2021-06-30"}],
 "findings": [{"id": "F1", "kind": "hotline-complaint", "unit": "dc", "matter": "M1", "task": "T1", "area": "sb",
               "severity": "minor", "found": "2021-05-10", "rectificationDeadline": "2021-06-10",
               "rectified": "2021-06-01", "description": {"zh": "热线投诉"}}],
 "recognitions": [{"id": "R1", "kind": "first", "level": "provincial", "unit": "amr", "task": "T1", "matter": "X1",
                   "date": "2021-07-01", "description": {"zh": "全省首创"}, "evidence": {"zh": "省政府通报"}}],
 "externalResults": [{"level": "national", "unit": "city", "indicator": "eval-sb", "period": "2020", "rank": 6,
                      "outOf": 80, "score": 89.5, "published": "2021-07-19"}],
 "observations": [{"unit": "city", "indicator": "sb-time", "period": "2021", "value": 2},
                  {"unit": "dc", "indicator": "sb-time", "period": "2021", "value": "No Practice"}]
}


OUT = sys.argv[1]
cases = {k: [] for k in ["methodology", "evaluation", "programme", "data", "table", "dataset"]}
counter = {k: 0 for k in cases}

def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"

def case(kind, name, content, code, path, what, ext=None, extra=None):
    counter[kind] += 1
    ext = ext or ("csv" if kind in ("table", "dataset") else "json")
    fname = "%03d-%s.%s" % (counter[kind], name, ext)
    cases[kind].append((fname, content, code, path, what, extra))

def mut(base, f):
    d = copy.deepcopy(base)
    f(d)
    return d

def setp(d, path, value):
    """set by a list path; value DEL deletes"""
    for k in path[:-1]:
        d = d[k]
    if value is DEL:
        del d[path[-1]]
    else:
        d[path[-1]] = value

DEL = object()
M = METHODOLOGY
def m(name, f, code, path, what, kind="methodology"):
    case(kind, name, mut(M, f), code, path, what)

def ms(name, path, value, code, ptr, what, kind="methodology"):
    m(name, lambda d: setp(d, path, value), code, ptr, what, kind)

# ---------------------------------------------------------------- methodology: the document
case("methodology", "empty", "", "syntax", "line 1, column 1", "an empty file")
case("methodology", "whitespace-only", "  \n\n  ", "syntax", "line 3, column 3", "only blanks")
case("methodology", "array-root", "[" + dump(M) + "]", "wrong-type", "line 1, column 1", "an array instead of an object")
case("methodology", "string-root", '"bizenv.methodology/1"', "wrong-type", "line 1, column 1", "a string instead of an object")
case("methodology", "truncated", dump(M)[:200], "syntax", "line 11, column 3", "the file cut short")
case("methodology", "trailing-garbage", dump(M) + "x", "syntax", "line 84, column 1", "text after the document")
case("methodology", "second-document", dump(M) + "{}", "syntax", "line 84, column 1", "two documents in one file")
case("methodology", "duplicate-key", '{"schema": "bizenv.methodology/1", "id": "m", "id": "n"}', "syntax", "line 1, column 45", "a field given twice")
case("methodology", "single-quotes", "{'schema': 'bizenv.methodology/1'}", "syntax", "line 1, column 2", "single quotes")
case("methodology", "trailing-comma", '{"schema": "bizenv.methodology/1", "id": "m",}', "syntax", "line 1, column 47", "a trailing comma")
case("methodology", "nan-literal", '{"schema": "bizenv.methodology/1", "id": "m", "rounding": {"decimals": NaN}}', "syntax", "line 1, column 75", "NaN as a number")
case("methodology", "leading-zero", '{"schema": "bizenv.methodology/1", "id": "m", "rounding": {"decimals": 02}}', "syntax", "line 1, column 73", "a number with a leading zero")
case("methodology", "control-char", '{"schema": "bizenv.methodology/1", "id": "m\u0001"}', "syntax", "line 1, column 45", "a raw control character in a string")
case("methodology", "bad-utf8", b'{"schema": "bizenv.methodology/1", "id": "\xc3\x28"}', "syntax", "line 1, column 43", "bytes that are not UTF-8")
case("methodology", "gbk-file", '{"schema": "bizenv.methodology/1", "id": "m", "name": {"zh": "开办企业"}}'.encode("gbk"), "syntax", "line 1, column 62", "a file saved in GBK")
case("methodology", "too-deep", '{"schema": "bizenv.methodology/1", "id": "m", "description": ' + "[" * 70 + "]" * 70 + "}", "limit", "line 1, column 124", "JSON nested deeper than 64 levels")
m("no-schema", lambda d: d.pop("schema"), "schema", "/schema", "the schema tag left out")
ms("wrong-schema", ["schema"], "bizenv.programme/1", "schema", "/schema", "a programme's schema tag")
ms("future-schema", ["schema"], "bizenv.methodology/2", "schema", "/schema", "a version not supported")
ms("schema-number", ["schema"], 1, "schema", "/schema", "the schema tag a number")
m("no-id", lambda d: d.pop("id"), "missing-field", "/id", "the id left out")
ms("id-number", ["id"], 7, "wrong-type", "/id", "the id a number")
ms("id-blank", ["id"], " ", "invalid-id", "/id", "a blank id")
ms("id-slash", ["id"], "a/b", "invalid-id", "/id", "an id with a slash")
ms("id-null", ["id"], None, "wrong-type", "/id", "the id null")
m("no-name", lambda d: d.pop("name"), "missing-field", "/name", "the name left out")
ms("name-string", ["name"], "Test", "wrong-type", "/name", "the name a plain string")
ms("name-empty", ["name"], {}, "missing-field", "/name", "the name with neither language")
ms("name-unknown-language", ["name"], {"zh": "测试", "fr": "Test"}, "unknown-field", "/name/fr", "a name in an unknown language")
ms("description-number", ["description"], 3, "wrong-type", "/description", "the description a number")
ms("unknown-top-field", ["weights"], {"a": 1}, "unknown-field", "/weights", "a field the format does not define")
ms("data-array", ["data"], [], "wrong-type", "/data", "the data section an array")
ms("data-unit-column-number", ["data", "unitColumn"], 1, "wrong-type", "/data/unitColumn", "the unit column a number")
ms("data-unknown-field", ["data", "unit"], "unit", "unknown-field", "/data/unit", "an unknown data field")
ms("scope-no-column", ["scope"], {"values": ["x"]}, "missing-field", "/scope/column", "a scope without its column")
ms("scope-values-string", ["scope"], {"column": "group", "values": "east"}, "wrong-type", "/scope/values", "scope values a string")
ms("scope-values-repeated", ["scope"], {"column": "group", "values": ["east", "east"]}, "duplicate-id", "/scope/values/1", "a scope value twice")
ms("defaults-normalizer-unknown", ["defaults", "normalizer"], {"name": "magic"}, "unknown-strategy", "/defaults/normalizer/name", "an unknown default normalizer")
ms("defaults-aggregator-number", ["defaults", "aggregator"], 5, "wrong-type", "/defaults/aggregator", "the default aggregator a number")
ms("defaults-aggregator-no-name", ["defaults", "aggregator"], {"p": 2}, "missing-field", "/defaults/aggregator/name", "an aggregator without its name")
ms("defaults-unknown-field", ["defaults", "rule"], "veto", "unknown-field", "/defaults/rule", "a default the format does not have")
ms("rounding-decimals-negative", ["rounding", "decimals"], -1, "out-of-range", "/rounding/decimals", "negative decimals")
ms("rounding-decimals-fraction", ["rounding", "decimals"], 1.5, "wrong-type", "/rounding/decimals", "fractional decimals")
ms("rounding-decimals-text", ["rounding", "decimals"], "2", "wrong-type", "/rounding/decimals", "decimals as text")
ms("rounding-mode", ["rounding", "mode"], "banker", "out-of-range", "/rounding/mode", "an unsupported rounding mode")

# ---------------------------------------------------------------- methodology: nodes
ms("nodes-missing", ["nodes"], DEL, "missing-field", "/nodes", "no nodes")
ms("nodes-empty", ["nodes"], [], "missing-field", "/nodes", "an empty node list")
ms("nodes-object", ["nodes"], {"root": {}}, "missing-field", "/nodes", "nodes an object")
ms("node-string", ["nodes", 3], "a", "wrong-type", "/nodes/3", "a node given as a string")
ms("node-null", ["nodes", 3], None, "wrong-type", "/nodes/3", "a node null")
ms("node-no-id", ["nodes", 3, "id"], DEL, "missing-field", "/nodes/3/id", "a node without an id")
ms("node-id-number", ["nodes", 3, "id"], 3, "wrong-type", "/nodes/3/id", "a node id a number")
ms("node-id-spaces", ["nodes", 3, "id"], "a b", "invalid-id", "/nodes/3/id", "a node id with a space")
ms("node-duplicate-id", ["nodes", 4, "id"], "a", "duplicate-id", "/nodes/4/id", "two nodes with one id")
ms("node-unknown-field", ["nodes", 3, "label"], "A", "unknown-field", "/nodes/3/label", "an unknown node field")
ms("node-parent-unknown", ["nodes", 3, "parent"], "p9", "unknown-reference", "/nodes/3/parent", "a parent not declared")
ms("node-parent-number", ["nodes", 3, "parent"], 1, "wrong-type", "/nodes/3/parent", "a parent a number")
ms("node-parent-self", ["nodes", 1, "parent"], "p1", "cycle", "/nodes/1/parent", "a node its own parent")
m("node-parent-cycle", lambda d: (setp(d, ["nodes", 1, "parent"], "p2"), setp(d, ["nodes", 2, "parent"], "p1")), "cycle", "/nodes/1/parent", "two nodes each other's parent")
ms("two-roots", ["nodes", 2, "parent"], DEL, "inconsistent", "/nodes/2", "a second node without a parent")
m("no-root", lambda d: setp(d, ["nodes", 0, "parent"], "p1"), "cycle", "/nodes/0/parent", "every node with a parent")
ms("leaf-parent", ["nodes", 4, "parent"], "a", "inconsistent", "/nodes/4/parent", "a node under a leaf")
ms("weight-string", ["nodes", 1, "weight"], "2", "wrong-type", "/nodes/1/weight", "a weight as text")
ms("weight-null", ["nodes", 1, "weight"], None, "wrong-type", "/nodes/1/weight", "a null weight")
ms("weight-zero", ["nodes", 1, "weight"], 0, "out-of-range", "/nodes/1/weight", "a weight of 0")
ms("weight-negative", ["nodes", 1, "weight"], -1, "out-of-range", "/nodes/1/weight", "a negative weight")
ms("weight-huge", ["nodes", 1, "weight"], 1e400, "non-finite", "/nodes/1/weight", "a weight beyond a double")
ms("points-string", ["nodes", 0, "points"], "100", "wrong-type", "/nodes/0/points", "points as text")
ms("points-zero", ["nodes", 0, "points"], 0, "out-of-range", "/nodes/0/points", "points of 0")
ms("points-negative", ["nodes", 0, "points"], -10, "out-of-range", "/nodes/0/points", "negative points")
ms("source-number", ["nodes", 3, "source"], 1, "wrong-type", "/nodes/3/source", "a source a number")
ms("source-object-no-column", ["nodes", 3, "source"], {"col": "A"}, "unknown-field", "/nodes/3/source/col", "a source object without its column")
ms("source-blank", ["nodes", 3, "source"], " ", "invalid-id", "/nodes/3/source", "a blank source column")
ms("source-on-inner", ["nodes", 1, "source"], "P", "inconsistent", "/nodes/1", "an inner node with a source")
ms("leaf-no-source", ["nodes", 3, "source"], DEL, "missing-field", "/nodes/3/source", "a leaf without a source")
ms("direction-unknown", ["nodes", 4, "direction"], "lower", "out-of-range", "/nodes/4/direction", "an unknown direction")
ms("direction-number", ["nodes", 4, "direction"], -1, "wrong-type", "/nodes/4/direction", "a direction as a number")
ms("codes-array", ["nodes", 5, "codes"], ["No Practice"], "wrong-type", "/nodes/5/codes", "codes an array")
ms("code-outcome-number", ["nodes", 5, "codes", "No Practice"], 0, "wrong-type", "/nodes/5/codes/No Practice", "a code's outcome a bare number")
ms("code-outcome-unknown", ["nodes", 5, "codes", "n/a"], "skip", "wrong-type", "/nodes/5/codes/n~1a", "an unknown code outcome")
ms("code-score-text", ["nodes", 5, "codes", "No Practice"], {"score": "0"}, "wrong-type", "/nodes/5/codes/No Practice", "a code score as text")
ms("code-looks-numeric", ["nodes", 5, "codes", "3"], {"score": 0}, "wrong-type", "/nodes/5/codes/3", "a text code that is a number")
ms("normalizer-number", ["nodes", 4, "normalizer"], 1, "wrong-type", "/nodes/4/normalizer", "a normalizer a number")
ms("normalizer-no-name", ["nodes", 4, "normalizer"], {"best": 1, "worst": 20}, "missing-field", "/nodes/4/normalizer/name", "a normalizer without its name")
ms("normalizer-on-inner", ["nodes", 1, "normalizer"], "min-max", "inconsistent", "/nodes/1/normalizer", "a normalizer on an inner node")
ms("aggregator-on-leaf", ["nodes", 3, "aggregator"], "weighted-mean", "inconsistent", "/nodes/3/aggregator", "an aggregator on a leaf")
ms("rules-object", ["nodes", 0, "rules"], {"name": "veto"}, "wrong-type", "/nodes/0/rules", "rules an object")
ms("rule-no-name", ["nodes", 0, "rules", 1, "name"], DEL, "missing-field", "/nodes/0/rules/1/name", "a rule without its name")
ms("missing-string", ["nodes", 1, "missing"], "0.5", "wrong-type", "/nodes/1/missing", "missing given as text")
ms("min-share-above-one", ["nodes", 1, "missing"], {"minShare": 1.5}, "out-of-range", "/nodes/1/missing/minShare", "a minimum share above 1")
ms("min-share-negative", ["nodes", 1, "missing"], {"minShare": -0.1}, "out-of-range", "/nodes/1/missing/minShare", "a negative minimum share")
ms("missing-unknown-field", ["nodes", 1, "missing"], {"share": 0.5}, "unknown-field", "/nodes/1/missing/share", "an unknown field in missing")
ms("decimals-negative", ["nodes", 0, "decimals"], -2, "out-of-range", "/nodes/0/decimals", "negative node decimals")
ms("decimals-fraction", ["nodes", 0, "decimals"], 0.5, "wrong-type", "/nodes/0/decimals", "fractional node decimals")
ms("denominator-number", ["nodes", 3, "denominator"], 1, "wrong-type", "/nodes/3/denominator", "a denominator a number")
ms("denominator-on-inner", ["nodes", 1, "denominator"], "pop", "inconsistent", "/nodes/1/denominator", "a denominator on an inner node")
ms("meta-array", ["nodes", 5, "meta"], [8], "wrong-type", "/nodes/5/meta", "meta an array")
ms("meta-text", ["nodes", 5, "meta", "target"], "8", "wrong-type", "/nodes/5/meta/target", "a meta value as text")
ms("published-number", ["nodes", 1, "published"], 1, "wrong-type", "/nodes/1/published", "a published column a number")
ms("published-on-leaf", ["nodes", 3, "published"], "A score", "inconsistent", "/nodes/3/published", "a published column on a leaf")
ms("members-empty", ["nodes", 7, "members"], [], "wrong-type", "/nodes/7/members", "a cross-cutting node without members")
ms("members-object", ["nodes", 7, "members"], {"a": 1}, "wrong-type", "/nodes/7/members", "members an object")
ms("member-unknown", ["nodes", 7, "members", 0], "zz", "unknown-reference", "/nodes/7/members/0", "a member not declared")
ms("member-self", ["nodes", 7, "members", 0], "view", "cycle", "/nodes/7/members/0", "a node its own member")
ms("member-twice", ["nodes", 7, "members", 1], "a", "duplicate-id", "/nodes/7/members/1", "a member listed twice")
ms("member-weight-zero", ["nodes", 7, "members", 1, "weight"], 0, "out-of-range", "/nodes/7/members/1/weight", "a member weight of 0")
ms("member-weight-null", ["nodes", 7, "members", 1, "weight"], None, "wrong-type", "/nodes/7/members/1/weight", "a member weight null")
ms("member-no-node", ["nodes", 7, "members", 1], {"weight": 2}, "missing-field", "/nodes/7/members/1/node", "a weighted member without its node")
m("member-cycle", lambda d: (setp(d, ["nodes", 7, "members"], ["view2"]), d["nodes"].append({"id": "view2", "members": ["view"]})), "cycle", "/nodes/7/members/0", "two views each other's member")
ms("members-and-children", ["nodes", 1, "members"], ["c"], "inconsistent", "/nodes/1/members", "a node with both members and children")

# ---------------------------------------------------------------- methodology: strategies and their settings
def norm(name, spec, code, ptr_suffix, what, leaf=4, direction=None):
    def f(d):
        d["nodes"][leaf]["normalizer"] = spec
        if direction:
            d["nodes"][leaf]["direction"] = direction
        elif "direction" in d["nodes"][leaf]:
            del d["nodes"][leaf]["direction"]
    m(name, f, code, "/nodes/%d/normalizer%s" % (leaf, ptr_suffix), what)

norm("normalizer-unknown", {"name": "magic"}, "unknown-strategy", "/name", "an unknown normalizer")
norm("normalizer-class-name", {"name": "Runtime.getRuntime"}, "unknown-strategy", "/name", "a class name where a strategy name belongs")
norm("normalizer-unknown-setting", {"name": "min-max", "lowest": 0}, "unknown-field", "/lowest", "a setting the normalizer does not read")
norm("dtf-no-best", {"name": "distance-to-frontier", "worst": 20}, "invalid-setting", "/best", "distance to frontier without best", direction="lower-is-better")
norm("dtf-best-text", {"name": "distance-to-frontier", "best": "one", "worst": 20}, "invalid-setting", "/best", "text where best's number belongs", direction="lower-is-better")
norm("dtf-best-equals-worst", {"name": "distance-to-frontier", "best": 5, "worst": 5}, "invalid-setting", "/worst", "best equal to worst", direction="lower-is-better")
norm("dtf-direction-contradicts", {"name": "distance-to-frontier", "best": 20, "worst": 1}, "invalid-setting", "/best", "best and worst the wrong way for the direction", direction="lower-is-better")
norm("dtf-power-zero", {"name": "distance-to-frontier", "best": 1, "worst": 20, "power": 0}, "invalid-setting", "/power", "power 0", direction="lower-is-better")
norm("dtf-scale-negative", {"name": "distance-to-frontier", "best": 1, "worst": 20, "scale": -100}, "invalid-setting", "/scale", "a negative scale", direction="lower-is-better")
norm("dtf-best-array", {"name": "distance-to-frontier", "best": [1], "worst": 20}, "invalid-setting", "/best", "an array where best's number belongs", direction="lower-is-better")
norm("minmax-lower-text", {"name": "min-max", "lower": "abc"}, "invalid-setting", "/lower", "text where lower's number belongs")
norm("minmax-upper-below-lower", {"name": "min-max", "lower": 100, "upper": 0}, "invalid-setting", "/upper", "upper below lower")
norm("minmax-upper-equals-lower", {"name": "min-max", "lower": 50, "upper": 50}, "invalid-setting", "/upper", "upper equal to lower")
norm("minmax-constant-unknown", {"name": "min-max", "constant": "zero"}, "invalid-setting", "/constant", "an unknown constant rule")
norm("minmax-constant-number", {"name": "min-max", "constant": 50}, "invalid-setting", "/constant", "a number where the constant's name belongs")
norm("goalposts-no-upper", {"name": "goalposts", "lower": 0}, "invalid-setting", "/upper", "goalposts without the upper one", leaf=5)
norm("goalposts-reversed", {"name": "goalposts", "lower": 10, "upper": 0}, "invalid-setting", "/upper", "goalposts reversed", leaf=5)
norm("goalposts-truncate-text", {"name": "goalposts", "lower": 0, "upper": 10, "truncate": "yes"}, "invalid-setting", "/truncate", "text where a flag belongs", leaf=5)
norm("goalposts-scale-zero", {"name": "goalposts", "lower": 0, "upper": 10, "scale": 0}, "invalid-setting", "/scale", "a scale of 0", leaf=5)
norm("dtt-no-target", {"name": "distance-to-target"}, "invalid-setting", "/target", "distance to target without a target", leaf=6)
norm("dtt-target-equals-worst", {"name": "distance-to-target", "target": 5, "worst": 5}, "invalid-setting", "/worst", "a target equal to the worst", leaf=6)
norm("dtt-worst-above-target", {"name": "distance-to-target", "target": 5, "worst": 9}, "invalid-setting", "/worst", "the worst better than the target", leaf=6)
norm("dtt-meta-unknown", {"name": "distance-to-target", "target": "meta.goal"}, "invalid-setting", "/target", "a setting naming metadata the leaf lacks", leaf=6)
norm("dtt-target-text", {"name": "distance-to-target", "target": "nine"}, "invalid-setting", "/target", "text where the target belongs", leaf=6)
norm("dtt-cap-number", {"name": "distance-to-target", "target": 9, "cap": 1}, "invalid-setting", "/cap", "a number where a flag belongs", leaf=6)
norm("dtt-scale-negative", {"name": "distance-to-target", "target": 9, "scale": -1}, "invalid-setting", "/scale", "a negative scale", leaf=6)
norm("steps-missing", {"name": "step-table"}, "invalid-setting", "/steps", "a step table without steps")
norm("steps-empty", {"name": "step-table", "steps": []}, "invalid-setting", "/steps", "a step table with no step")
norm("steps-not-objects", {"name": "step-table", "steps": [1, 2]}, "invalid-setting", "/steps/0", "steps that are numbers")
norm("steps-unordered", {"name": "step-table", "steps": [{"atLeast": 1, "score": 50}, {"atLeast": 5, "score": 100}]}, "invalid-setting", "/steps", "thresholds out of order")
norm("steps-score-rises", {"name": "step-table", "steps": [{"atLeast": 5, "score": 50}, {"atLeast": 1, "score": 100}]}, "invalid-setting", "/steps", "a worse step scoring more")
norm("steps-wrong-bound", {"name": "step-table", "steps": [{"atMost": 5, "score": 50}]}, "invalid-setting", "/steps/0/atLeast", "atMost in a higher-is-better table")
norm("steps-score-text", {"name": "step-table", "steps": [{"atLeast": 5, "score": "full"}]}, "invalid-setting", "/steps/0/score", "a step score as text")
norm("categorical-no-scores", {"name": "categorical"}, "invalid-setting", "/scores", "a categorical normalizer without scores")
norm("categorical-score-text", {"name": "categorical", "scores": {"yes": "100"}}, "invalid-setting", "/scores/yes", "a category score as text")
norm("base-score-zero", {"name": "base-score", "base": 0}, "invalid-setting", "/base", "a base of 0")
norm("zscore-sd-zero", {"name": "z-score", "sd": 0}, "invalid-setting", "/sd", "a standard deviation of 0")
norm("zscore-mean-text", {"name": "z-score", "mean": "ten"}, "invalid-setting", "/mean", "text where the mean belongs")
norm("reference-no-unit", {"name": "distance-to-reference"}, "invalid-setting", "/unit", "a reference without its unit")
norm("identity-max-below-min", {"name": "identity", "min": 10, "max": 0}, "invalid-setting", "/max", "max below min", leaf=3)
norm("identity-lower-is-better", {"name": "identity"}, "invalid-setting", "", "identity for a lower-is-better indicator", direction="lower-is-better")
norm("percentiles-reversed", {"name": "percentile-linear", "lower": 95, "upper": 5}, "invalid-setting", "/lower", "percentiles reversed", leaf=3)
norm("percentiles-outliers-negative", {"name": "percentile-linear", "outliers": -1}, "invalid-setting", "/outliers", "negative outliers", leaf=3)
norm("normal-cdf-tail", {"name": "normal-cdf", "tail": 0.7}, "invalid-setting", "/tail", "a tail beyond one half", leaf=3)

def agg(name, spec, code, ptr_suffix, what, node=2):
    m(name, lambda d: setp(d, ["nodes", node, "aggregator"], spec), code, ptr_suffix if ptr_suffix.startswith("/nodes") else "/nodes/%d/aggregator%s" % (node, ptr_suffix), what)

agg("aggregator-unknown", {"name": "median"}, "unknown-strategy", "/name", "an unknown aggregator")
agg("aggregator-unknown-setting", {"name": "weighted-mean", "p": 2}, "unknown-field", "/p", "a setting the weighted mean does not read")
agg("point-sum-negative-cap", {"name": "point-sum", "cap": -5}, "invalid-setting", "/cap", "a point sum with a negative cap")
agg("point-sum-zero-cap", {"name": "point-sum", "cap": 0}, "invalid-setting", "/cap", "a point sum capped at 0")
agg("point-sum-floor-above-cap", {"name": "point-sum", "cap": 50, "floor": 60}, "invalid-setting", "/floor", "a floor above the cap")
agg("point-sum-cap-text", {"name": "point-sum", "cap": "100"}, "invalid-setting", "/cap", "the cap as text")
agg("point-sum-redistribute", {"name": "point-sum", "redistribute": "evenly"}, "invalid-setting", "/redistribute", "an unknown redistribution")
agg("generalised-no-p", {"name": "generalised-mean"}, "invalid-setting", "/p", "a generalised mean without p")
agg("generalised-p-zero", {"name": "generalised-mean", "p": 0}, "invalid-setting", "/p", "p = 0")
agg("generalised-p-text", {"name": "generalised-mean", "p": "two"}, "invalid-setting", "/p", "text where p belongs")
agg("geometric-over-zero", {"name": "geometric-mean"}, "incompatible", "/nodes/1/aggregator", "a geometric mean over scores that can be 0", node=1)
agg("harmonic-over-zero", {"name": "harmonic-mean"}, "incompatible", "/nodes/1/aggregator", "a harmonic mean over scores that can be 0", node=1)

def rule(name, spec, code, ptr_suffix, what, k=0):
    m(name, lambda d: setp(d, ["nodes", 0, "rules", k], spec), code, "/nodes/0/rules/%d%s" % (k, ptr_suffix), what)

rule("rule-unknown", {"name": "bonus"}, "unknown-strategy", "/name", "an unknown rule")
rule("rule-string-unknown", "penalty", "unknown-strategy", "/name", "an unknown rule by name")
rule("bd-no-items", {"name": "bonus-deduction"}, "invalid-setting", "/items", "a bonus-deduction rule without items")
rule("bd-items-empty", {"name": "bonus-deduction", "items": []}, "invalid-setting", "/items", "no items")
rule("bd-item-no-indicator", {"name": "bonus-deduction", "items": [{"amount": -1}]}, "invalid-setting", "/items/0/indicator", "an item without its column")
rule("bd-item-no-amount", {"name": "bonus-deduction", "items": [{"indicator": "hotline"}]}, "invalid-setting", "/items/0/amount", "an item without its amount")
rule("bd-item-amount-text", {"name": "bonus-deduction", "items": [{"indicator": "hotline", "amount": "-1"}]}, "invalid-setting", "/items/0/amount", "an amount as text")
rule("bd-item-unknown-setting", {"name": "bonus-deduction", "items": [{"indicator": "hotline", "amount": -1, "each": 1}]}, "unknown-field", "/items/0/each", "an item setting not read")
rule("bd-negative-cap", {"name": "bonus-deduction", "items": [{"indicator": "hotline", "amount": -1}], "cap": -5}, "invalid-setting", "/cap", "a negative cap")
rule("bd-negative-category-cap", {"name": "bonus-deduction", "items": [{"indicator": "hotline", "amount": -1, "category": "c"}], "categoryCaps": {"c": -1}}, "invalid-setting", "/categoryCaps", "a negative category cap")
rule("bd-cap-unknown-category", {"name": "bonus-deduction", "items": [{"indicator": "hotline", "amount": -1, "category": "c"}], "categoryCaps": {"d": 5}}, "invalid-setting", "/categoryCaps", "a cap for a category no item has")
rule("bd-category-cap-text", {"name": "bonus-deduction", "items": [{"indicator": "hotline", "amount": -1, "category": "c"}], "categoryCaps": {"c": "5"}}, "invalid-setting", "/categoryCaps/c", "a category cap as text")
rule("bd-floor-above-ceiling", {"name": "bonus-deduction", "items": [{"indicator": "hotline", "amount": -1}], "floor": 90, "ceiling": 80}, "invalid-setting", "/floor", "a floor above the ceiling")
rule("override-no-any", {"name": "override", "score": 100}, "invalid-setting", "/any", "an override without conditions")
rule("override-condition-no-bound", {"name": "override", "any": [{"indicator": "hotline"}]}, "invalid-setting", "/any/0", "a condition without a bound")
rule("override-condition-impossible", {"name": "override", "any": [{"indicator": "hotline", "atLeast": 5, "atMost": 1}]}, "invalid-setting", "/any/0/atLeast", "a condition no value meets")
rule("override-condition-no-indicator", {"name": "override", "any": [{"atMost": 1}]}, "invalid-setting", "/any/0/indicator", "a condition without its column")
rule("override-score-text", {"name": "override", "any": [{"indicator": "hotline", "atMost": 0}], "score": "full"}, "invalid-setting", "/score", "the score as text")
rule("veto-effect-unknown", {"name": "veto", "any": [{"indicator": "accident", "atLeast": 1}], "effect": "fail"}, "invalid-setting", "/effect", "an unknown veto effect", k=1)
rule("veto-force-no-grade", {"name": "veto", "any": [{"indicator": "accident", "atLeast": 1}], "effect": "force-grade"}, "invalid-setting", "/grade", "forcing a grade without naming it", k=1)
rule("veto-grade-unknown", {"name": "veto", "any": [{"indicator": "accident", "atLeast": 1}], "effect": "force-grade", "grade": "不合格"}, "unknown-reference", "/grade", "forcing a grade that is not a band", k=1)
rule("override-grade-unknown", {"name": "override", "any": [{"indicator": "hotline", "atMost": 0}], "grade": "特优"}, "unknown-reference", "/grade", "an override granting a grade that is not a band")
rule("veto-any-object", {"name": "veto", "any": {"indicator": "accident", "atLeast": 1}}, "invalid-setting", "/any", "conditions as an object", k=1)

# ---------------------------------------------------------------- methodology: pipeline
def step(name, k, spec, code, ptr_suffix, what):
    if isinstance(spec, dict) and spec.get("step") == "survey":
        m(name, lambda d: d["pipeline"].insert(0, spec), code, "/pipeline/0%s" % ptr_suffix, what)
    else:
        m(name, lambda d: setp(d, ["pipeline", k], spec), code, "/pipeline/%d%s" % (k, ptr_suffix), what)

ms("pipeline-object", ["pipeline"], {"step": "treat"}, "wrong-type", "/pipeline", "the pipeline an object")
step("step-no-type", 0, {"scale": 1}, "missing-field", "/step", "a step without its kind")
step("step-unknown", 0, {"step": "normalise"}, "out-of-range", "/step", "an unknown step")
step("step-string", 0, "treat", "missing-field", "/step", "a step as a string")
m("denominate-nothing", lambda d: d["nodes"][3].pop("denominator"), "inconsistent", "/pipeline/0", "denominating with no leaf naming a denominator")
step("denominate-scale-zero", 0, {"step": "denominate", "scale": 0}, "out-of-range", "/scale", "a scale of 0")
step("denominate-scale-text", 0, {"step": "denominate", "scale": "1000"}, "wrong-type", "/scale", "a scale as text")
step("impute-no-method", 1, {"step": "impute"}, "missing-field", "/method", "an impute step without its method")
step("impute-method-unknown", 1, {"step": "impute", "method": "mode"}, "out-of-range", "/method", "an unknown imputation method")
step("impute-group-no-column", 1, {"step": "impute", "method": "group-mean"}, "missing-field", "/groupColumn", "a group mean without the group column")
step("impute-indicator-unknown", 1, {"step": "impute", "method": "mean", "indicators": ["zz"]}, "unknown-reference", "/indicators/0", "imputing a leaf not declared")
step("impute-indicators-string", 1, {"step": "impute", "method": "mean", "indicators": "a"}, "wrong-type", "/indicators", "indicators as a string")
step("screen-no-share", 2, {"step": "screen"}, "missing-field", "/minShare", "a screen without its share")
step("screen-share-above-one", 2, {"step": "screen", "minShare": 2}, "out-of-range", "/minShare", "a share above 1")
step("screen-node-unknown", 2, {"step": "screen", "minShare": 0.5, "node": "zz"}, "unknown-reference", "/node", "screening under an unknown node")
step("screen-include-and-exclude", 2, {"step": "screen", "minShare": 0.5, "include": ["u1"], "exclude": ["u1"]}, "inconsistent", "/exclude/0", "a unit both forced in and out")
step("treat-winmax-negative", 3, {"step": "treat", "winmax": -1}, "out-of-range", "/winmax", "a negative winmax")
step("treat-winmax-fraction", 3, {"step": "treat", "winmax": 2.5}, "wrong-type", "/winmax", "a fractional winmax")
step("treat-skew-text", 3, {"step": "treat", "skew": "2"}, "wrong-type", "/skew", "skew as text")
step("treat-skew-negative", 3, {"step": "treat", "skew": -2}, "out-of-range", "/skew", "a negative skew threshold")
step("treat-override-unknown-leaf", 3, {"step": "treat", "overrides": {"zz": "none"}}, "unknown-reference", "/overrides/zz", "an override of a leaf not declared")
step("treat-override-bad", 3, {"step": "treat", "overrides": {"a": "clip"}}, "wrong-type", "/overrides/a", "an unknown override")
step("treat-override-winmax-negative", 3, {"step": "treat", "overrides": {"a": {"winmax": -2}}}, "wrong-type", "/overrides/a", "an override with a negative winmax")
step("treat-unknown-field", 3, {"step": "treat", "winmax": 2, "method": "log"}, "unknown-field", "/method", "a treat field the format does not have")
step("survey-no-statistic", 0, {"step": "survey", "indicators": ["a"]}, "missing-field", "/statistic", "a survey step without its statistic")
step("survey-statistic-unknown", 0, {"step": "survey", "statistic": "max", "indicators": ["a"]}, "out-of-range", "/statistic", "an unknown survey statistic")
step("survey-indicator-unknown", 0, {"step": "survey", "statistic": "mean", "indicators": ["zz"]}, "unknown-reference", "/indicators/0", "surveying a leaf not declared")
step("survey-min-respondents-zero", 0, {"step": "survey", "statistic": "mean", "indicators": ["a"], "minRespondents": 0}, "out-of-range", "/minRespondents", "a minimum of 0 respondents")

# ---------------------------------------------------------------- methodology: composites, ranking, grades, heads
def comp(name, value, code, ptr, what, k=0):
    m(name, lambda d: setp(d, ["composites", k], value), code, ptr, what)

ms("composites-object", ["composites"], {"unit": "duo"}, "wrong-type", "/composites", "composites an object")
comp("composite-no-unit", {"members": [{"unit": "u1", "weight": 1}]}, "missing-field", "/composites/0/unit", "a composite without its unit")
comp("composite-no-members", {"unit": "duo"}, "missing-field", "/composites/0/members", "a composite without members")
comp("composite-self-member", {"unit": "u1", "members": [{"unit": "u1", "weight": 1}, {"unit": "u2", "weight": 1}]}, "inconsistent", "/composites/0/members/0/unit", "a composite listing itself as a member")
comp("composite-member-weight-zero", {"unit": "duo", "members": [{"unit": "u1", "weight": 0}]}, "out-of-range", "/composites/0/members/0/weight", "a member weight of 0")
comp("composite-member-weight-null", {"unit": "duo", "members": [{"unit": "u1", "weight": None}]}, "wrong-type", "/composites/0/members/0/weight", "a member weight null")
comp("composite-member-twice", {"unit": "duo", "members": [{"unit": "u1", "weight": 1}, {"unit": "u1", "weight": 2}]}, "duplicate-id", "/composites/0/members/1/unit", "a member listed twice")
comp("composite-node-unknown", {"unit": "duo", "members": [{"unit": "u1", "weight": 1}], "nodes": ["zz"]}, "unknown-reference", "/composites/0/nodes/0", "a composite node not declared")
comp("composite-nodes-text", {"unit": "duo", "members": [{"unit": "u1", "weight": 1}], "nodes": "all"}, "wrong-type", "/composites/0/nodes", "composite nodes an unknown word")
m("composite-twice", lambda d: d["composites"].append(copy.deepcopy(d["composites"][0])), "duplicate-id", "/composites/1/unit", "one composite unit declared twice")
m("composite-member-composite", lambda d: d["composites"].append({"unit": "trio", "members": [{"unit": "duo", "weight": 1}, {"unit": "u3", "weight": 1}]}), "inconsistent", "/composites/1/members/0/unit", "a composite of a composite")

ms("ranking-array", ["ranking"], [], "wrong-type", "/ranking", "the ranking an array")
ms("ranking-method", ["ranking", "method"], "olympic", "out-of-range", "/ranking/method", "an unknown rank method")
ms("ranking-tolerance-negative", ["ranking", "tolerance"], -0.5, "out-of-range", "/ranking/tolerance", "a negative tie tolerance")
ms("ranking-node-unknown", ["ranking", "node"], "zz", "unknown-reference", "/ranking/node", "ranking an unknown node")
ms("ranking-on-unknown", ["ranking", "on"], "rounded", "out-of-range", "/ranking/on", "an unknown score basis")
ms("ranking-eligible-no-indicator", ["ranking", "eligible"], {"atLeast": 3}, "missing-field", "/ranking/eligible/indicator", "an eligibility condition without its column")
ms("ranking-eligible-no-bound", ["ranking", "eligible"], {"indicator": "tasks"}, "missing-field", "/ranking/eligible", "an eligibility condition without a bound")
ms("ranking-eligible-impossible", ["ranking", "eligible"], {"indicator": "tasks", "atLeast": 5, "atMost": 3}, "inconsistent", "/ranking/eligible/atLeast", "an eligibility no unit can meet")
ms("ranking-exclude-twice", ["ranking", "exclude"], ["u1", "u1"], "duplicate-id", "/ranking/exclude/1", "a unit excluded twice")
ms("ranking-groups-array", ["ranking", "groups"], ["east"], "wrong-type", "/ranking/groups", "groups an array")
ms("ranking-group-units-text", ["ranking", "groups"], {"east": "u1"}, "wrong-type", "/ranking/groups/east", "a group's units as text")
ms("ranking-groups-and-column", ["ranking", "groups"], {"east": ["u1"]}, "inconsistent", "/ranking/groups", "groups and a group column both")
ms("ranking-group-names-array", ["ranking", "groupNames"], ["x"], "wrong-type", "/ranking/groupNames", "group names an array")
ms("ranking-group-name-number", ["ranking", "groupNames"], {"east": 1}, "wrong-type", "/ranking/groupNames/east", "a group name a number")
ms("quantiles-count-one", ["ranking", "quantiles", "count"], 1, "out-of-range", "/ranking/quantiles/count", "one quantile group")
ms("quantiles-count-text", ["ranking", "quantiles", "count"], "five", "wrong-type", "/ranking/quantiles/count", "the count as text")
ms("quantiles-ties", ["ranking", "quantiles", "ties"], "random", "out-of-range", "/ranking/quantiles/ties", "an unknown tie rule")
ms("quantiles-node-unknown", ["ranking", "quantiles", "nodes"], ["zz"], "unknown-reference", "/ranking/quantiles/nodes/0", "quantiles of an unknown node")
ms("ranking-unknown-field", ["ranking", "order"], "desc", "unknown-field", "/ranking/order", "an unknown ranking field")

ms("grades-no-bands", ["grades", "bands"], DEL, "missing-field", "/grades/bands", "grades without bands")
ms("grades-bands-empty", ["grades", "bands"], [], "missing-field", "/grades/bands", "grades with no band")
ms("band-no-name", ["grades", "bands", 1, "name"], DEL, "missing-field", "/grades/bands/1/name", "a band without its name")
ms("band-min-text", ["grades", "bands", 1, "min"], "75", "wrong-type", "/grades/bands/1/min", "a band minimum as text")
ms("band-min-null", ["grades", "bands", 1, "min"], None, "wrong-type", "/grades/bands/1/min", "a band minimum null")
ms("bands-unordered", ["grades", "bands", 1, "min"], 95, "order", "/grades/bands/1/min", "band minimums not descending")
ms("band-names-twice", ["grades", "bands", 2, "name"], "良好", "duplicate-id", "/grades/bands/2/name", "two bands with one name")
ms("band-open-not-last", ["grades", "bands", 1], {"name": "良好"}, "order", "/grades/bands/1", "a band without a minimum before the last")
ms("grades-node-unknown", ["grades", "node"], "zz", "unknown-reference", "/grades/node", "grading an unknown node")
ms("grades-edge", ["grades", "edge"], "inclusive", "out-of-range", "/grades/edge", "an unknown band edge")
ms("quota-band-unknown", ["grades", "quota", "band"], "特优", "unknown-reference", "/grades/quota/band", "a quota on a band not declared")
ms("quota-share-above-one", ["grades", "quota", "maxShare"], 1.2, "out-of-range", "/grades/quota/maxShare", "a quota above 100%")
ms("quota-share-zero", ["grades", "quota", "maxShare"], 0, "out-of-range", "/grades/quota/maxShare", "a quota of 0")
ms("quota-rounding", ["grades", "quota", "rounding"], "half-up", "out-of-range", "/grades/quota/rounding", "an unknown quota rounding")
ms("quota-ties", ["grades", "quota", "ties"], "exclude-tied", "out-of-range", "/grades/quota/ties", "an unknown quota tie rule")
ms("quota-no-share", ["grades", "quota", "maxShare"], DEL, "missing-field", "/grades/quota/maxShare", "a quota without its share")
ms("heads-no-grades", ["heads", "grades"], DEL, "missing-field", "/heads/grades", "the heads' scheme without grades")
ms("heads-no-from", ["heads", "from"], DEL, "missing-field", "/heads/from", "the heads' scheme without from")
ms("heads-from-unknown-band", ["heads", "from", "特优"], "优秀", "unknown-reference", "/heads/from/特优", "a head grade for a band not declared")
ms("heads-from-unknown-grade", ["heads", "from", "良好"], "良", "unknown-reference", "/heads/from/良好", "a head grade not in the scheme")
m("heads-band-missing", lambda d: d["heads"]["from"].pop("一般"), "missing-field", "/heads/from", "a band without its head grade")
m("heads-without-grades", lambda d: d.pop("grades"), "inconsistent", "/heads", "the heads' scheme without unit grades")

# ---------------------------------------------------------------- evaluation: the data lacks what the methodology names
E = "evaluation"
def ev(name, f, code, ptr, what, csv=None):
    case(E, name, mut(M, f), code, ptr, what, extra=csv)

def drop_column(csv, col):
    lines = csv.strip("\n").split("\n")
    rows = [l.split(",") for l in lines]
    i = rows[0].index(col)
    return "\n".join(",".join(r[:i] + r[i + 1:]) for r in rows) + "\n"

ev("source-column-missing", lambda d: setp(d, ["nodes", 4, "source"], "Bx"), "missing-data", "/nodes/4/source", "a leaf's column not in the data")
ev("denominator-column-missing", lambda d: setp(d, ["nodes", 3, "denominator"], "people"), "missing-data", "/nodes/3/denominator", "a denominator column not in the data")
ev("impute-group-column-missing", lambda d: setp(d, ["pipeline", 1, "groupColumn"], "region"), "missing-data", "/pipeline/1/groupColumn", "an imputation group column not in the data")
ev("ranking-group-column-missing", lambda d: setp(d, ["ranking", "groupColumn"], "region"), "missing-data", "/ranking/groupColumn", "a ranking group column not in the data")
ev("eligible-column-missing", lambda d: setp(d, ["ranking", "eligible"], {"indicator": "tasks", "atLeast": 3}), "missing-data", "/ranking/eligible/indicator", "an eligibility column not in the data")
ev("quota-within-missing", lambda d: setp(d, ["grades", "quota", "within"], "region"), "missing-data", "/grades/quota/within", "a quota scope column not in the data")
ev("scope-column-missing", lambda d: setp(d, ["scope"], {"column": "kind", "values": ["district"]}), "missing-data", "/scope/column", "a scope column not in the data")
ev("bonus-column-missing", lambda d: setp(d, ["nodes", 0, "rules", 0, "items", 0, "indicator"], "complaints"), "missing-data", "/nodes/0/rules/0", "a bonus-deduction column not in the data")
ev("veto-column-missing", lambda d: setp(d, ["nodes", 0, "rules", 1, "any", 0, "indicator"], "accidents"), "missing-data", "/nodes/0/rules/1", "a veto column not in the data")
ev("override-column-missing", lambda d: d["nodes"][1].setdefault("rules", []).append({"name": "override", "any": [{"indicator": "rank", "atMost": 10}]}), "missing-data", "/nodes/1/rules/0", "an override column not in the data")
ev("composite-member-missing", lambda d: setp(d, ["composites", 0, "members", 1, "unit"], "u9"), "missing-data", "/composites/0/members/1", "a composite member with no data")
ev("survey-without-respondents", lambda d: (d["pipeline"].insert(0, {"step": "survey", "statistic": "mean", "indicators": ["b"]})), "missing-data", "/pipeline/0", "a survey step over data with no respondents")
ev("undeclared-text-code", lambda d: d["nodes"][5].pop("codes"), "wrong-type", 'unit "u3", column "C"', "a text code no leaf declares")
ev("identity-out-of-range", lambda d: setp(d, ["nodes", 3, "normalizer"], {"name": "identity", "min": 0, "max": 1}), "wrong-type", 'unit "u1", column "A"', "a value outside the identity's range")
ev("geometric-over-negative", lambda d: (d["nodes"][0].pop("points"), setp(d, ["nodes", 1, "aggregator"], {"name": "geometric-mean"}), setp(d, ["nodes", 3, "normalizer"], {"name": "z-score"}), setp(d, ["nodes", 4, "normalizer"], {"name": "z-score"})), "strategy-failed", "/nodes/1", "a geometric mean over negative z-scores")

# ---------------------------------------------------------------- programme
P = PROGRAMME
def pm(name, f, code, ptr, what):
    case("programme", name, mut(P, f), code, ptr, what)
def ps(name, path, value, code, ptr, what):
    pm(name, lambda d: setp(d, path, value), code, ptr, what)

case("programme", "empty", "", "syntax", "line 1, column 1", "an empty file")
case("programme", "array-root", "[]", "wrong-type", "line 1, column 1", "an array instead of an object")
case("programme", "truncated", dump(P)[:300], "syntax", "line 13, column 2", "the file cut short")
case("programme", "bom-then-garbage", b"\xef\xbb\xbfnot json", "syntax", "line 1, column 1", "text that is not JSON")
ps("no-schema", ["schema"], DEL, "schema", "/schema", "the schema tag left out")
ps("methodology-schema", ["schema"], "bizenv.methodology/1", "schema", "/schema", "a methodology's schema tag")
for field in ["id", "name", "period", "benchmark"]:
    ps("no-" + field, [field], DEL, "missing-field", "/" + field, "the programme's %s left out" % field)
ps("id-invalid", ["id"], "p q", "invalid-id", "/id", "an id with a space")
ps("period-bad", ["period"], "2021-13", "wrong-type", "/period", "a month 13")
ps("period-number", ["period"], 2021, "wrong-type", "/period", "the period as a number")
ps("period-null", ["period"], None, "wrong-type", "/period", "the period null")
ps("unknown-field", ["owner"], "x", "unknown-field", "/owner", "a field the format does not define")
ps("benchmark-no-jurisdiction", ["benchmark", "jurisdiction"], DEL, "missing-field", "/benchmark/jurisdiction", "a benchmark without its jurisdiction")
ps("benchmark-value-text", ["benchmark", "values", "sb-time"], "1", "wrong-type", "/benchmark/values/sb-time", "a benchmark value as text")
ps("benchmark-value-unknown", ["benchmark", "values", "zz"], 1, "unknown-reference", "/benchmark/values/zz", "a benchmark value of an unknown indicator")
ps("benchmark-standard-unknown", ["benchmark", "standards", "zz"], {"zh": "x"}, "unknown-reference", "/benchmark/standards/zz", "a standard of an unknown indicator")
ps("organiser-unknown", ["organisers", 0], "drc", "unknown-reference", "/organisers/0", "an organiser not declared")
ps("organisers-twice", ["organisers"], ["office", "office"], "duplicate-id", "/organisers/1", "an organiser listed twice")
ps("areas-object", ["areas"], {"sb": {}}, "wrong-type", "/areas", "areas an object")
ps("area-no-name", ["areas", 0, "name"], DEL, "missing-field", "/areas/0/name", "an area without its name")
ps("area-duplicate", ["areas"], [P["areas"][0], P["areas"][0]], "duplicate-id", "/areas/1/id", "two areas with one id")
ps("area-serves-number", ["areas", 0, "serves"], [1], "wrong-type", "/areas/0/serves/0", "a served indicator as a number")
ps("area-serves-unknown", ["areas", 0, "serves"], ["zz"], "unknown-reference", "/areas/0/serves/0", "serving an indicator not declared")
ps("unit-no-kind", ["units", 1, "kind"], DEL, "missing-field", "/units/1/kind", "a unit without its kind")
ps("unit-kind-unknown", ["units", 1, "kind"], "agency", "out-of-range", "/units/1/kind", "an unknown unit kind")
ps("unit-duplicate", ["units", 2, "id"], "amr", "duplicate-id", "/units/2/id", "two units with one id")
ps("unit-vertical-text", ["units", 2, "verticallyManaged"], "yes", "wrong-type", "/units/2/verticallyManaged", "a flag as text")
ps("unit-competence-unknown", ["units", 1, "competences"], ["zz"], "unknown-reference", "/units/1/competences/0", "a competence in an unknown area")
ps("unit-head-string", ["units", 0, "head"], "甲", "wrong-type", "/units/0/head", "a head as a plain string")
ps("unit-member-unknown", ["units", 4, "members", 0, "unit"], "zz", "unknown-reference", "/units/4/members/0/unit", "a member unit not declared")
ps("unit-member-weight-zero", ["units", 4, "members", 0, "weight"], 0, "out-of-range", "/units/4/members/0/weight", "a member weight of 0")
ps("unit-member-weight-null", ["units", 4, "members", 0, "weight"], None, "wrong-type", "/units/4/members/0/weight", "a member weight null")
ps("unit-member-self", ["units", 4, "members", 0, "unit"], "city", "cycle", "/units/4/members", "a unit its own member")
ps("indicator-no-unit", ["indicators", 0, "measurementUnit"], DEL, "missing-field", "/indicators/0/measurementUnit", "an indicator without its measurement unit")
ps("indicator-unit-blank", ["indicators", 0, "measurementUnit"], " ", "out-of-range", "/indicators/0/measurementUnit", "a blank measurement unit")
ps("indicator-direction", ["indicators", 0, "direction"], "down", "out-of-range", "/indicators/0/direction", "an unknown direction")
ps("indicator-area-unknown", ["indicators", 0, "area"], "zz", "unknown-reference", "/indicators/0/area", "an indicator in an unknown area")
ps("indicator-lead-unknown", ["indicators", 0, "lead"], "zz", "unknown-reference", "/indicators/0/lead", "an indicator led by an unknown unit")
ps("indicator-code-number", ["indicators", 0, "textCodes"], ["7"], "inconsistent", "/indicators/0/textCodes/0", "a text code that is a number")
ps("indicator-codes-twice", ["indicators", 0, "textCodes"], ["No Practice", "No Practice"], "duplicate-id", "/indicators/0/textCodes/1", "a text code twice")
for field in ["id", "area", "description", "lead", "deadline"]:
    ps("task-no-" + field, ["tasks", 0, field], DEL, "missing-field", "/tasks/0/" + field, "a task without its %s" % field)
ps("task-duplicate", ["tasks", 1, "id"], "T1", "duplicate-id", "/tasks/1/id", "two tasks with one id")
ps("task-area-unknown", ["tasks", 0, "area"], "zz", "unknown-reference", "/tasks/0/area", "a task in an unknown area")
ps("task-lead-unknown", ["tasks", 0, "lead"], "drc", "unknown-reference", "/tasks/0/lead", "a lead unit not declared")
ps("task-responsible-unknown", ["tasks", 0, "responsible"], ["zz"], "unknown-reference", "/tasks/0/responsible/0", "a responsible unit not declared")
ps("task-lead-responsible", ["tasks", 0, "responsible"], ["amr"], "inconsistent", "/tasks/0/responsible/0", "the lead also responsible")
ps("task-supporting-responsible", ["tasks", 0, "supporting"], ["dc"], "inconsistent", "/tasks/0/supporting/0", "a unit both responsible and supporting")
ps("task-responsible-twice", ["tasks", 0, "responsible"], ["dc", "dc"], "duplicate-id", "/tasks/0/responsible/1", "a responsible unit twice")
ps("task-deadline-outside", ["tasks", 0, "deadline"], "2022-03-31", "out-of-period", "/tasks/0/deadline", "a deadline after the period")
ps("task-deadline-bad", ["tasks", 0, "deadline"], "2021-02-30", "wrong-type", "/tasks/0/deadline", "February 30")
ps("task-deadline-format", ["tasks", 0, "deadline"], "2021/06/30", "wrong-type", "/tasks/0/deadline", "a date with slashes")
ps("task-workload-zero", ["tasks", 0, "workload"], 0, "out-of-range", "/tasks/0/workload", "a workload of 0")
ps("task-workload-null", ["tasks", 0, "workload"], None, "wrong-type", "/tasks/0/workload", "a workload null")
ps("task-workload-text", ["tasks", 0, "workload"], "1.5", "wrong-type", "/tasks/0/workload", "a workload as text")
ps("task-legal-text", ["tasks", 1, "legalAuthorisation"], "true", "wrong-type", "/tasks/1/legalAuthorisation", "a flag as text")
ps("measure-no-target", ["tasks", 0, "measure", "target"], DEL, "missing-field", "/tasks/0/measure/target", "a measure without its target")
ps("measure-baseline-text", ["tasks", 0, "measure", "baseline"], "3", "wrong-type", "/tasks/0/measure/baseline", "a baseline as text")
ps("measure-indicator-unknown", ["tasks", 0, "measure", "indicator"], "zz", "unknown-reference", "/tasks/0/measure/indicator", "measuring an unknown indicator")
ps("declared-class-unknown", ["tasks", 1, "declaredClass", "class"], "D", "out-of-range", "/tasks/1/declaredClass/class", "an unknown task class")
ps("declared-class-no-reason", ["tasks", 1, "declaredClass", "reason"], DEL, "missing-field", "/tasks/1/declaredClass/reason", "a declared class without a reason")
ps("class-c-not-legal", ["tasks", 1, "legalAuthorisation"], False, "inconsistent", "/tasks/1/legalAuthorisation", "class C without legal authorisation")
ps("milestones-unordered", ["tasks", 0, "milestones"], [P["tasks"][0]["milestones"][1], P["tasks"][0]["milestones"][0]], "order", "/tasks/0/milestones/1/due", "milestones out of order")
ps("milestone-after-deadline", ["tasks", 0, "milestones", 0, "due"], "2021-08-31", "order", "/tasks/0/milestones/0/due", "a milestone after the deadline")
ps("milestone-progress-above-100", ["tasks", 0, "milestones", 1, "plannedProgress"], 120, "out-of-range", "/tasks/0/milestones/1/plannedProgress", "planned progress above 100")
ps("milestone-progress-falls", ["tasks", 0, "milestones", 1, "plannedProgress"], 40, "order", "/tasks/0/milestones/1/plannedProgress", "planned progress falling")
ps("milestone-step-on-plain-task", ["tasks", 0, "milestones", 0], {"due": "2021-03-31", "step": "implemented", "description": {"zh": "x"}}, "inconsistent", "/tasks/0/milestones/0/step", "an authorisation step on a task that needs none")
ps("milestone-step-unknown", ["tasks", 1, "milestones", 0, "step"], "applied", "out-of-range", "/tasks/1/milestones/0/step", "an unknown authorisation step")
ps("milestone-both", ["tasks", 1, "milestones", 0, "plannedProgress"], 30, "inconsistent", "/tasks/1/milestones/0", "a milestone with both a step and a percentage")
ps("milestone-no-due", ["tasks", 0, "milestones", 0, "due"], DEL, "missing-field", "/tasks/0/milestones/0/due", "a milestone without its date")

# ---------------------------------------------------------------- data
D = DATA
def dm(name, f, code, ptr, what):
    case("data", name, mut(D, f), code, ptr, what)
def ds(name, path, value, code, ptr, what):
    dm(name, lambda d: setp(d, path, value), code, ptr, what)

case("data", "empty", "", "syntax", "line 1, column 1", "an empty file")
case("data", "number-root", "42", "wrong-type", "line 1, column 1", "a number instead of an object")
ds("no-schema", ["schema"], DEL, "schema", "/schema", "the schema tag left out")
ds("no-programme", ["programme"], DEL, "missing-field", "/programme", "the programme left out")
ds("other-programme", ["programme"], "q", "unknown-reference", "/programme", "data of another programme")
ds("programme-null", ["programme"], None, "wrong-type", "/programme", "the programme null")
ds("reports-object", ["progressReports"], {}, "wrong-type", "/progressReports", "reports an object")
ds("report-task-unknown", ["progressReports", 0, "task"], "T9", "unknown-reference", "/progressReports/0/task", "a report on an unknown task")
ds("report-unit-unknown", ["progressReports", 0, "unit"], "zz", "unknown-reference", "/progressReports/0/unit", "a report by an unknown unit")
ds("report-unit-not-involved", ["progressReports", 0, "unit"], "office", "inconsistent", "/progressReports/0/unit", "a report by a unit not on the task")
ds("report-date-outside", ["progressReports", 0, "date"], "2022-01-15", "out-of-period", "/progressReports/0/date", "a report after the period")
ds("report-progress-above-100", ["progressReports", 0, "progress"], 150, "out-of-range", "/progressReports/0/progress", "progress above 100")
ds("report-progress-negative", ["progressReports", 0, "progress"], -5, "out-of-range", "/progressReports/0/progress", "negative progress")
ds("report-progress-text", ["progressReports", 0, "progress"], "50%", "wrong-type", "/progressReports/0/progress", "progress as text")
ds("report-progress-null", ["progressReports", 0, "progress"], None, "wrong-type", "/progressReports/0/progress", "progress null")
ds("report-step-plain-task", ["progressReports", 0], {"task": "T1", "unit": "amr", "date": "2021-03-31", "step": "implemented"}, "inconsistent", "/progressReports/0/step", "a step for a task that needs no authorisation")
ds("report-percent-legal-task", ["progressReports", 1], {"task": "T2", "unit": "amr", "date": "2021-04-30", "progress": 30}, "inconsistent", "/progressReports/1/progress", "a percentage for a task that needs authorisation")
ds("report-neither", ["progressReports", 0], {"task": "T1", "unit": "amr", "date": "2021-03-31"}, "inconsistent", "/progressReports/0", "a report with neither progress nor step")
dm("report-duplicate", lambda d: d["progressReports"].append(copy.deepcopy(d["progressReports"][0])), "duplicate-id", "/progressReports/2", "the same report twice")
dm("report-duplicate-other-value", lambda d: d["progressReports"].append(dict(d["progressReports"][0], progress=60)), "duplicate-id", "/progressReports/2", "two reports of one unit, task and date")
ds("report-unknown-field", ["progressReports", 0, "percent"], 50, "unknown-field", "/progressReports/0/percent", "an unknown report field")
ds("rating-rater-not-lead", ["ratings", 0, "rater"], "tax", "inconsistent", "/ratings/0/rater", "a rating by a unit that does not lead the task")
ds("rating-ratee-supporting", ["ratings", 0, "ratee"], "tax", "inconsistent", "/ratings/0/ratee", "rating a supporting unit")
ds("rating-score-above-100", ["ratings", 0, "score"], 101, "out-of-range", "/ratings/0/score", "a score above 100")
ds("rating-no-score", ["ratings", 0, "score"], DEL, "missing-field", "/ratings/0/score", "a rating without its score")
dm("rating-duplicate", lambda d: d["ratings"].append(dict(d["ratings"][0], score=70)), "duplicate-id", "/ratings/1", "two ratings of one pair, task and date")
ds("finding-kind-unknown", ["findings", 0, "kind"], "phone-call", "out-of-range", "/findings/0/kind", "an unknown finding kind")
ds("finding-severity-unknown", ["findings", 0, "severity"], "fatal", "out-of-range", "/findings/0/severity", "an unknown severity")
ds("finding-found-outside", ["findings", 0, "found"], "2020-12-31", "out-of-period", "/findings/0/found", "a finding before the period")
ds("finding-rectified-before-found", ["findings", 0, "rectified"], "2021-05-01", "order", "/findings/0/rectified", "rectified before it was found")
ds("finding-deadline-before-found", ["findings", 0, "rectificationDeadline"], "2021-05-01", "order", "/findings/0/rectificationDeadline", "a deadline before the finding")
ds("finding-area-unknown", ["findings", 0, "area"], "zz", "unknown-reference", "/findings/0/area", "a finding in an unknown area")
dm("finding-duplicate", lambda d: d["findings"].append(copy.deepcopy(d["findings"][0])), "duplicate-id", "/findings/1/id", "two findings with one id")
dm("finding-matter-two-units", lambda d: d["findings"].append(dict(copy.deepcopy(d["findings"][0]), id="F2", unit="amr")), "inconsistent", "/findings/1/matter", "one matter about two units")
ds("finding-no-description", ["findings", 0, "description"], DEL, "missing-field", "/findings/0/description", "a finding without its description")
ds("recognition-kind-unknown", ["recognitions", 0, "kind"], "best", "out-of-range", "/recognitions/0/kind", "an unknown recognition kind")
ds("recognition-level-unknown", ["recognitions", 0, "level"], "city", "out-of-range", "/recognitions/0/level", "an unknown level")
dm("recognition-duplicate", lambda d: d["recognitions"].append(copy.deepcopy(d["recognitions"][0])), "duplicate-id", "/recognitions/1/id", "two recognitions with one id")
ds("recognition-no-evidence", ["recognitions", 0, "evidence"], DEL, "missing-field", "/recognitions/0/evidence", "a recognition without evidence")
ds("result-rank-above-out-of", ["externalResults", 0, "rank"], 81, "out-of-range", "/externalResults/0/rank", "a rank beyond the number ranked")
ds("result-rank-zero", ["externalResults", 0, "rank"], 0, "out-of-range", "/externalResults/0/rank", "rank 0")
ds("result-rank-fraction", ["externalResults", 0, "rank"], 6.5, "wrong-type", "/externalResults/0/rank", "a fractional rank")
ds("result-indicator-unknown", ["externalResults", 0, "indicator"], "zz", "unknown-reference", "/externalResults/0/indicator", "a result of an unknown indicator")
ds("result-period-bad", ["externalResults", 0, "period"], "last year", "wrong-type", "/externalResults/0/period", "a period in words")
dm("result-duplicate", lambda d: d["externalResults"].append(dict(d["externalResults"][0], rank=7)), "duplicate-id", "/externalResults/1", "two results of one level, unit, indicator and period")
dm("observation-duplicate", lambda d: d["observations"].append(dict(d["observations"][0], value=3)), "duplicate-id", "/observations/2", "a value observed twice")
ds("observation-code-undeclared", ["observations", 0, "value"], "n/a", "wrong-type", "/observations/0/value", "a text code the indicator does not declare")
ds("observation-value-null", ["observations", 0, "value"], None, "wrong-type", "/observations/0/value", "a value null")
ds("observation-value-bool", ["observations", 0, "value"], True, "wrong-type", "/observations/0/value", "a value true")
ds("observation-unit-unknown", ["observations", 0, "unit"], "zz", "unknown-reference", "/observations/0/unit", "an observation of an unknown unit")
ds("observation-period-missing", ["observations", 0, "period"], DEL, "missing-field", "/observations/0/period", "an observation without its period")

# ---------------------------------------------------------------- CSV tables against the programme (Documents.readTable)
T = "table"
def tc(name, text, code, ptr, what):
    case(T, name, text, code, ptr, what)
tc("empty", "", "syntax", "line 1", "an empty table")
tc("no-unit-column", "name,period,sb-time\namr,2021,2\n", "missing-field", "line 1", "no unit column")
tc("duplicate-column", "unit,period,sb-time,sb-time\ncity,2021,2,3\n", "duplicate-id", "line 1, column 4", "a column twice")
tc("empty-header-cell", "unit,period,,sb-time\ncity,2021,,2\n", "invalid-id", "line 1, column 3", "an empty header cell")
tc("unknown-indicator-column", "unit,period,sb-days\ncity,2021,2\n", "unknown-reference", "line 1, column 3", "a column of an unknown indicator")
tc("invalid-indicator-column", "unit,period,sb time!\ncity,2021,2\n", "invalid-id", "line 1, column 3", "a column name that is no id")
tc("long-no-value", "unit,indicator,period\ncity,sb-time,2021\n", "missing-field", "line 1", "a long table without values")
tc("long-extra-column", "unit,indicator,period,value,note\ncity,sb-time,2021,2,x\n", "unknown-field", "line 1, column 5", "a long table with an extra column")
tc("cell-count", "unit,period,sb-time\ncity,2021\n", "cell-count", "line 2", "a row short of a cell")
tc("unit-unknown", "unit,period,sb-time\nzz,2021,2\n", "unknown-reference", "line 2, column 1", "an unknown unit")
tc("unit-invalid", "unit,period,sb-time\na b,2021,2\n", "invalid-id", "line 2, column 1", "a unit id with a space")
tc("period-bad", "unit,period,sb-time\ncity,2021-13,2\n", "wrong-type", "line 2, column 2", "month 13")
tc("code-undeclared", "unit,period,sb-time\ncity,2021,n/a\n", "wrong-type", "line 2, column 3", "a text code the indicator does not declare")
tc("thousands-undeclared", "unit,period,sb-time\ncity,2021,\"1,003\"\n", "wrong-type", "line 2, column 3", "a thousands separator not declared")
tc("percent-undeclared", "unit,period,sb-time\ncity,2021,60%\n", "wrong-type", "line 2, column 3", "a percent sign not declared")
tc("infinite", "unit,period,sb-time\ncity,2021,1e999\n", "non-finite", "line 2, column 3", "a number beyond a double")
tc("duplicate-value", "unit,period,sb-time\ncity,2021,2\ncity,2021,3\n", "duplicate-id", "line 3, column 3", "a value given twice")
tc("duplicate-after-multiline", "unit,period,sb-time\ncity,2021,2\ndc,2021,\"No\nPractice\"\ncity,2021,3\n", "duplicate-id", "line 5, column 3", "a duplicate after a quoted cell spanning lines")
tc("unclosed-quote", "unit,period,sb-time\ncity,2021,\"2\n", "syntax", "line 2", "a quote never closed")
tc("text-after-quote", "unit,period,sb-time\ncity,2021,\"2\"x\n", "syntax", "line 2, column 3", "text after a closing quote")
case(T, "bad-bytes", b"unit,period,sb-time\ncity,2021,\xff\xfe\xfd\xfc\n", "syntax", "line 2", "bytes in no known encoding")
tc("header-only-blank", "\n\n", "missing-field", "line 1", "a blank header")
tc("unit-name-ambiguous", "unit,period,sb-time\n东城区,2021,2\n东城区,2021,3\n", "duplicate-id", "line 3, column 3", "one unit named twice by its name")
tc("long-indicator-unknown", "unit,indicator,period,value\ncity,zz,2021,2\n", "unknown-reference", "line 2, column 4", "a long row of an unknown indicator")

# ---------------------------------------------------------------- CSV into a data set (Dataset.readCsv, streamed)
S = "dataset"
def sc(name, text, code, ptr, what):
    case(S, name, text, code, ptr, what)
sc("empty-header-cell", "unit,,A,B\nu1,x,1,2\n", "missing-field", "line 1, column 2", "an empty header cell")
sc("no-unit-column", "name,A,B\nu1,1,2\n", "missing-field", "line 1", "no unit column")
sc("cell-count", "unit,A,B\nu1,1\n", "cell-count", "line 2", "a row short of a cell")
sc("unit-invalid", "unit,A,B\nu 1,1,2\n", "invalid-id", "line 2, column 1", "a unit id with a space")
sc("duplicate-value", "unit,A,B\nu1,1,2\nu1,3,4\n", "duplicate-id", "line 3, column 2", "a unit's value given twice")
sc("infinite", "unit,A,B\nu1,1e999,2\n", "non-finite", "line 2, column 2", "a number beyond a double")
sc("thousands-undeclared", "unit,A,B\nu1,\"1,000\",2\n", "wrong-type", "line 2, column 2", "a thousands separator not declared")
sc("unclosed-quote", "unit,A,B\nu1,\"1,2\n", "syntax", "line 2", "a quote never closed")
sc("text-after-quote", "unit,A,B\nu1,\"1\" 2,2\n", "syntax", "line 2, column 2", "text after a closing quote")
sc("long-period-bad", "unit,indicator,period,value\nu1,A,20x1,1\n", "wrong-type", "line 2, column 3", "a period that is no period")
sc("long-duplicate", "unit,indicator,value\nu1,A,1\nu1,A,2\n", "duplicate-id", "line 3, column 3", "a long table's value given twice")
case(S, "bad-bytes", b"unit,A,B\nu1,1,\xff\xfe\xfd\xfc\n", "syntax", "line 2", "bytes in no known encoding")
case(S, "utf16-declared-by-bom-broken", b"\xff\xfeu\x00n\x00i\x00t\x00\n\x00\x00\xd8", "syntax", "line 2", "a UTF-16 table cut inside a character")
sc("multiline-then-bad-unit", "unit,A,B\nu1,\"1\",\"x\ny\"\nu 2,1,2\n", "invalid-id", "line 4, column 1", "a bad unit after a cell spanning lines")
sc("header-cell-blank-spaces", "unit,A,   \nu1,1,2\n", "missing-field", "line 1, column 3", "a header cell of blanks")

# ---------------------------------------------------------------- expectations reviewed against what the library reports
OVERRIDE = {
 ("methodology", "truncated"): ("syntax", "line 14, column 13"),
 ("methodology", "trailing-garbage"): ("syntax", "line 222, column 1"),
 ("methodology", "second-document"): ("syntax", "line 222, column 1"),
 ("methodology", "duplicate-key"): ("syntax", "line 1, column 51"),
 ("methodology", "trailing-comma"): ("syntax", "line 1, column 46"),
 ("methodology", "control-char"): ("syntax", "line 1, column 44"),
 ("methodology", "gbk-file"): ("syntax", "line 1, column 63"),
 ("methodology", "too-deep"): ("limit", "line 1, column 126"),
 ("methodology", "no-schema"): ("missing-field", "/schema"),
 ("methodology", "schema-number"): ("wrong-type", "/schema"),
 ("methodology", "two-roots"): ("inconsistent", "/nodes/2/parent"),
 ("methodology", "leaf-parent"): ("inconsistent", "/nodes/3"),
 ("methodology", "weight-huge"): ("syntax", "line 80, column 22"),
 ("methodology", "source-blank"): ("missing-field", "/nodes/3/source"),
 ("methodology", "leaf-no-source"): ("inconsistent", "/nodes/3/denominator"),
 ("methodology", "normalizer-on-inner"): ("missing-field", "/nodes/1/source"),
 ("methodology", "member-cycle"): ("cycle", "/nodes/8/members/0"),
 ("methodology", "members-and-children"): ("inconsistent", "/nodes/1"),
 ("methodology", "normalizer-class-name"): ("invalid-id", "/nodes/4/normalizer/name"),
 ("methodology", "band-open-not-last"): ("missing-field", "/grades/bands/1/min"),
 ("programme", "indicator-unit-blank"): ("missing-field", "/indicators/0/measurementUnit"),
 ("programme", "truncated"): ("syntax", "line 23, column 14"),
 ("programme", "no-schema"): ("missing-field", "/schema"),
 ("programme", "unit-member-self"): ("inconsistent", "/units/4/members/0/unit"),
 ("programme", "indicator-code-number"): ("wrong-type", "/indicators/0/textCodes/0"),
 ("programme", "task-lead-responsible"): ("inconsistent", "/tasks/0/responsible"),
 ("programme", "task-supporting-responsible"): ("inconsistent", "/tasks/0/supporting"),
 ("programme", "milestone-both"): ("inconsistent", "/tasks/1/milestones/0/plannedProgress"),
 ("data", "no-schema"): ("missing-field", "/schema"),
 ("data", "report-neither"): ("inconsistent", "/progressReports/0/progress"),
 ("table", "duplicate-column"): ("duplicate-id", "line 1, column 4 (sb-time)"),
 ("table", "empty-header-cell"): ("missing-field", "line 1, column 3 ()"),
 ("table", "unknown-indicator-column"): ("unknown-reference", "line 1, column 3 (sb-days)"),
 ("table", "invalid-indicator-column"): ("invalid-id", "line 1, column 3 (sb time!)"),
 ("table", "long-extra-column"): ("unknown-field", "line 1, column 5 (note)"),
 ("table", "unit-unknown"): ("unknown-reference", "line 2, column 1 (unit)"),
 ("table", "unit-invalid"): ("invalid-id", "line 2, column 1 (unit)"),
 ("table", "period-bad"): ("wrong-type", "line 2, column 2 (period)"),
 ("table", "code-undeclared"): ("wrong-type", "line 2, column 3 (sb-time)"),
 ("table", "thousands-undeclared"): ("wrong-type", "line 2, column 3 (sb-time)"),
 ("table", "percent-undeclared"): ("wrong-type", "line 2, column 3 (sb-time)"),
 ("table", "infinite"): ("non-finite", "line 2, column 3 (sb-time)"),
 ("table", "duplicate-value"): ("duplicate-id", "line 3, column 3 (sb-time)"),
 ("table", "duplicate-after-multiline"): ("duplicate-id", "line 5, column 3 (sb-time)"),
 ("table", "unit-name-ambiguous"): ("duplicate-id", "line 3, column 3 (sb-time)"),
 ("table", "long-indicator-unknown"): ("unknown-reference", "line 2, column 4 (value)"),
}
for kind, lst in cases.items():
    for i, (fname, content, code, path, what, extra) in enumerate(lst):
        key = (kind, fname[4:].rsplit(".", 1)[0])
        if key in OVERRIDE:
            lst[i] = (fname, content, OVERRIDE[key][0], OVERRIDE[key][1], what, extra)

# ---------------------------------------------------------------- write
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
for kind, lst in cases.items():
    d = os.path.join(OUT, kind)
    os.makedirs(d)
    with open(os.path.join(d, "cases.tsv"), "w") as idx:
        idx.write("# file\texpected code\texpected path\twhat is wrong\n")
        for fname, content, code, path, what, extra in lst:
            if isinstance(content, dict) or isinstance(content, list):
                data = dump(content).encode()
            elif isinstance(content, str):
                data = content.encode()
            else:
                data = content
            open(os.path.join(d, fname), "wb").write(data)
            if extra is not None:
                open(os.path.join(d, fname[:-5] + ".csv"), "w").write(extra)
            idx.write("%s\t%s\t%s\t%s\n" % (fname, code, path, what))
# base documents
open(os.path.join(OUT, "methodology", "_methodology.json"), "w").write(dump(M))
open(os.path.join(OUT, "evaluation", "_methodology.json"), "w").write(dump(M))
open(os.path.join(OUT, "evaluation", "_data.csv"), "w").write(DATA_CSV)
open(os.path.join(OUT, "programme", "_programme.json"), "w").write(dump(P))
open(os.path.join(OUT, "data", "_programme.json"), "w").write(dump(P))
open(os.path.join(OUT, "data", "_data.json"), "w").write(dump(D))
open(os.path.join(OUT, "table", "_table.csv"), "w").write("unit,period,sb-time\ncity,2021,2\ndc,2021,No Practice\n")
DM = {"schema": "bizenv.methodology/1", "id": "ds", "name": {"en": "Data set"},
      "nodes": [{"id": "root"}, {"id": "a", "parent": "root", "source": "A", "normalizer": "min-max"},
                {"id": "b", "parent": "root", "source": "B", "normalizer": "min-max"}]}
open(os.path.join(OUT, "dataset", "_methodology.json"), "w").write(dump(DM))
open(os.path.join(OUT, "dataset", "_data.csv"), "w").write("unit,A,B\nu1,1,2\nu2,3,4\n")
open(os.path.join(OUT, "README.md"), "w").write("""# Malformed inputs

Each folder holds inputs of one kind, each broken in one way, and `cases.tsv`: the file, the problem code and the
place (JSON pointer, `line L, column C`, or `unit "u", column "c"` for a data set's cell) the library must report,
and what is wrong. `MalformedCorpusTest` reads every case as a user's file would be read and checks that it is
rejected with a `ValidationException` holding that problem, that every problem names a place, and that no message
shows Java or parser internals. Files starting with `_` are the valid documents the cases vary.

| folder | read with |
|---|---|
| `methodology` | `Engine.compile(Path)` (read and compile) |
| `evaluation` | compiled, then evaluated on `_data.csv` (or the case's own `.csv`) |
| `programme` | `Documents.readProgramme` |
| `data` | `Documents.readData` against `data/_programme.json` |
| `table` | `Documents.readTable` against `data/_programme.json` |
| `dataset` | `Dataset.readCsv` with the plan of `dataset/_methodology.json` |

The files are written by `scoring-core/src/test/tools/malformed_corpus.py`; add a case there, or by hand (a file
and a line of `cases.tsv`). Big inputs (100 MB, millions of rows, long cells, deep trees) are generated at run time
by `LimitsTest`, never committed.
""")
print({k: len(v) for k, v in cases.items()}, sum(len(v) for v in cases.values()))
