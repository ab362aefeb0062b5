// SPDX-License-Identifier: Apache-2.0
// The questionnaire reader: a new questionnaire is a file, not code; every problem in a file is
// reported with the file and the JSON path of the element at fault.
#include "care/assessments/questionnaire_loader.hpp"

#include <gtest/gtest.h>

#include "care/assessments/scoring.hpp"

namespace lcn::assessment {
namespace {

using nlohmann::json;

constexpr const char* kOrdinal = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

json Option(const std::string& code, int ordinal) {
  return {{"valueCoding",
           {{"code", code},
            {"display", code},
            {"extension", json::array({{{"url", kOrdinal}, {"valueDecimal", ordinal}}})}}}};
}

json Choice(const std::string& link_id) {
  return {{"linkId", link_id},
          {"text", "How often " + link_id + "?"},
          {"type", "choice"},
          {"required", true},
          {"answerOption",
           json::array({Option("never", 0), Option("sometimes", 1), Option("always", 2)})}};
}

// A small questionnaire of two scored items (0-4), one band split at 2 and a flag.
json Sleep() {
  return {
      {"resourceType", "Questionnaire"},
      {"id", "sleep"},
      {"url", "https://example.org/Questionnaire/sleep"},
      {"version", "1"},
      {"name", "Sleep"},
      {"title", "Sleep check"},
      {"status", "active"},
      {"item", json::array({Choice("waking"), Choice("tired")})},
      {"lcnScoring",
       {{"scores",
         json::array({{{"id", "total"},
                       {"name", "Sleep total"},
                       {"items", json::array({"waking", "tired"})},
                       {"bands", json::array({{{"min", 0}, {"max", 1}, {"label", "fine"}},
                                              {{"min", 2}, {"max", 4}, {"label", "poor"}}})}}})},
        {"primary", "total"},
        {"flags", json::array({{{"id", "always-tired"},
                                {"severity", "warning"},
                                {"message", "Always tired"},
                                {"when", {{"item", "tired"}, {"equals", "always"}}}}})}}}};
}

// The issues of loading `files`, as "field: message" lines.
std::vector<std::string> Problems(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<EmbeddedFile> embedded;
  for (const auto& [path, text] : files) {
    embedded.push_back({path, text});
  }
  try {
    (void)LoadQuestionnaires(embedded);
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    std::vector<std::string> out;
    for (const FieldIssue& issue : e.Issues()) {
      out.push_back(issue.field + ": " + issue.message);
    }
    return out;
  }
  return {};
}

std::vector<std::string> ProblemsOf(const json& sleep) {
  return Problems({{"sleep.json", sleep.dump()}});
}

bool Has(const std::vector<std::string>& problems, const std::string& text) {
  for (const std::string& p : problems) {
    if (p.find(text) != std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string Joined(const std::vector<std::string>& problems) {
  std::string out;
  for (const std::string& p : problems) {
    out += "\n  " + p;
  }
  return out;
}

TEST(QuestionnaireLoaderTest, ANewQuestionnaireIsAFileNotCode) {
  const std::string text = Sleep().dump();
  const std::vector<EmbeddedFile> files = {{"sleep.json", text}};
  const QuestionnaireSet set = LoadQuestionnaires(files);
  const Questionnaire* q = set.Find("sleep");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->items.size(), 2U);
  EXPECT_EQ(q->FindScore("total")->max, 4);
  EXPECT_FALSE(q->resource.contains("lcnScoring"));
  const Evaluation e = Evaluate(*q, {{"waking", "sometimes"}, {"tired", "always"}});
  ASSERT_TRUE(e.Complete());
  EXPECT_EQ(e.primary->value, 3);
  EXPECT_EQ(e.primary->band, "poor");
  ASSERT_EQ(e.flags.size(), 1U);
  EXPECT_EQ(e.flags[0].id, "always-tired");
}

TEST(QuestionnaireLoaderTest, EveryProblemNamesTheFileAndThePath) {
  json q = Sleep();
  q["item"][1]["enableWhen"] = json::array();
  q["item"][0]["type"] = "date";
  q["item"][1]["answerOption"][2]["valueCoding"]["code"] = "never";
  q["tittle"] = "typo";
  const auto problems = ProblemsOf(q);
  EXPECT_TRUE(Has(problems, "sleep.json: item[1].enableWhen: unknown key 'enableWhen'"))
      << Joined(problems);
  EXPECT_TRUE(Has(problems, "sleep.json: item[0].type: type must be one of group, display"))
      << Joined(problems);
  EXPECT_TRUE(Has(problems,
                  "sleep.json: item[1].answerOption[2].valueCoding.code: the code "
                  "'never' is used twice"))
      << Joined(problems);
  EXPECT_TRUE(Has(problems, "sleep.json: tittle: unknown key 'tittle' (did you mean 'title'?)"))
      << Joined(problems);
}

TEST(QuestionnaireLoaderTest, BandsMustCoverThePossibleScoresWithoutGaps) {
  json gap = Sleep();
  gap["lcnScoring"]["scores"][0]["bands"][1]["min"] = 3;
  EXPECT_TRUE(Has(ProblemsOf(gap), "sleep.json: lcnScoring.scores[0].bands[1].min: must be 2"));
  json short_of_max = Sleep();
  short_of_max["lcnScoring"]["scores"][0]["bands"][1]["max"] = 3;
  EXPECT_TRUE(Has(ProblemsOf(short_of_max),
                  "bands[1].max: the last band must end at the highest possible score, 4"));
  json late_start = Sleep();
  late_start["lcnScoring"]["scores"][0]["bands"][0]["min"] = 1;
  EXPECT_TRUE(Has(ProblemsOf(late_start), "must start at the lowest possible score, 0"));
}

TEST(QuestionnaireLoaderTest, ScoredItemsMustBeRequiredAndHaveValues) {
  json optional_item = Sleep();
  optional_item["item"][0].erase("required");
  EXPECT_TRUE(Has(ProblemsOf(optional_item),
                  "lcnScoring.scores[0].items[0]: the scored item 'waking' must be required"));
  json no_ordinal = Sleep();
  no_ordinal["item"][1]["answerOption"][0]["valueCoding"].erase("extension");
  EXPECT_TRUE(Has(ProblemsOf(no_ordinal), "the item 'tired' has no value to count"));
  json unknown = Sleep();
  unknown["lcnScoring"]["scores"][0]["items"][1] = "snoring";
  EXPECT_TRUE(Has(ProblemsOf(unknown), "items[1]: no item has the linkId 'snoring'"));
  json twice = Sleep();
  twice["lcnScoring"]["scores"][0]["items"][1] = "waking";
  EXPECT_TRUE(Has(ProblemsOf(twice), "the item 'waking' is counted twice"));
}

TEST(QuestionnaireLoaderTest, FlagsMustReferToWhatExists) {
  json q = Sleep();
  q["lcnScoring"]["flags"][0]["when"] = {{"item", "tired"}, {"equals", "sometimes-not"}};
  EXPECT_TRUE(Has(ProblemsOf(q), "lcnScoring.flags[0].when.equals: must be true or false"));
  q["lcnScoring"]["flags"][0]["when"] = {{"score", "sum"}, {"atLeast", 2}};
  EXPECT_TRUE(Has(ProblemsOf(q), "when.score: no score has the id 'sum'"));
  q["lcnScoring"]["flags"][0]["when"] = {{"score", "total"}, {"item", "tired"}, {"atLeast", 2}};
  EXPECT_TRUE(Has(ProblemsOf(q), "name exactly one of 'item' or 'score'"));
  q["lcnScoring"]["flags"][0]["when"] = {{"score", "total"}};
  EXPECT_TRUE(Has(ProblemsOf(q), "give 'atLeast' and/or 'atMost', or 'equals'"));
  q["lcnScoring"]["flags"][0]["when"] = {{"score", "total"}, {"atLeast", 3}};
  q["lcnScoring"]["flags"][0]["severity"] = "red";
  EXPECT_TRUE(Has(ProblemsOf(q), "severity must be one of urgent, warning, info"));
  q["lcnScoring"]["primary"] = "sum";
  EXPECT_TRUE(Has(ProblemsOf(q), "lcnScoring.primary: no score has the id 'sum'"));
}

TEST(QuestionnaireLoaderTest, ItemsAreCheckedForTheirType) {
  json q = Sleep();
  q["item"][0]["answerOption"] = json::array();
  q["item"][1]["item"] = json::array({Choice("nested")});
  q["item"].push_back({{"linkId", "tired"}, {"text", "Again"}, {"type", "boolean"}});
  q["item"].push_back({{"linkId", "notes"}, {"text", "Notes"}, {"type", "group"}});
  q["item"].push_back(
      {{"linkId", "hours"},
       {"text", "Hours"},
       {"type", "integer"},
       {"extension", json::array({{{"url", "http://example.org/x"}, {"valueInteger", 1}}})}});
  q["item"].push_back(
      {{"linkId", "intro"}, {"text", "Hello"}, {"type", "display"}, {"required", true}});
  const auto problems = ProblemsOf(q);
  EXPECT_TRUE(Has(problems, "item[0].answerOption: a choice item needs a non-empty list"))
      << Joined(problems);
  EXPECT_TRUE(Has(problems, "item[1].item: only groups have items inside them"))
      << Joined(problems);
  EXPECT_TRUE(Has(problems, "item[2].linkId: the linkId 'tired' is used twice"))
      << Joined(problems);
  EXPECT_TRUE(Has(problems, "item[3]: a group needs a non-empty list 'item'")) << Joined(problems);
  EXPECT_TRUE(Has(problems,
                  "item[4].extension[0].url: the extension 'http://example.org/x' is "
                  "not supported here"))
      << Joined(problems);
  EXPECT_TRUE(Has(problems, "item[5].required: a display item is never answered"))
      << Joined(problems);
}

TEST(QuestionnaireLoaderTest, TheFileNameIsTheId) {
  EXPECT_TRUE(Has(Problems({{"nap.json", Sleep().dump()}}),
                  "nap.json: id: must be 'nap', the file's name without .json"));
  EXPECT_TRUE(
      Has(Problems({{"sleep.txt", Sleep().dump()}}), "sleep.txt: questionnaires are files"));
  json upper = Sleep();
  upper["id"] = "Sleep";
  EXPECT_TRUE(Has(Problems({{"Sleep.json", upper.dump()}}), "Sleep.json: id: must be 1-64 lower"));
}

TEST(QuestionnaireLoaderTest, BrokenJsonAndEveryFileAreReportedTogether) {
  const auto problems = Problems({{"a.json", "{\"resourceType\": \"Questionnaire\","},
                                  {"b.json", R"({"id": "b", "id": "c"})"},
                                  {"c.json", "[]"},
                                  {"sleep.json", Sleep().dump()}});
  EXPECT_TRUE(Has(problems, "a.json: invalid JSON")) << Joined(problems);
  EXPECT_TRUE(Has(problems, "b.json: duplicate key 'id'")) << Joined(problems);
  EXPECT_TRUE(Has(problems, "c.json: must be a JSON object")) << Joined(problems);
  EXPECT_EQ(problems.size(), 3U) << Joined(problems);
}

TEST(QuestionnaireLoaderTest, HeaderFieldsAreRequired) {
  json q = Sleep();
  q.erase("url");
  q.erase("version");
  q["resourceType"] = "Patient";
  q["status"] = "final";
  const auto problems = ProblemsOf(q);
  EXPECT_TRUE(Has(problems, "sleep.json: missing key 'url'")) << Joined(problems);
  EXPECT_TRUE(Has(problems, "sleep.json: missing key 'version'")) << Joined(problems);
  EXPECT_TRUE(Has(problems, "resourceType must be one of Questionnaire")) << Joined(problems);
  EXPECT_TRUE(Has(problems, "status must be one of draft, active, retired, unknown"))
      << Joined(problems);
}

}  // namespace
}  // namespace lcn::assessment
