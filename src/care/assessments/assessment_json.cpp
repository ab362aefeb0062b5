// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_json.hpp"

#include <algorithm>

#include "core/time_format.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

json ConditionJson(const assessment::FlagCondition& when) {
  json out = json::object();
  if (when.item) {
    out["item"] = *when.item;
  }
  if (when.score) {
    out["score"] = *when.score;
  }
  if (when.at_least) {
    out["atLeast"] = *when.at_least;
  }
  if (when.at_most) {
    out["atMost"] = *when.at_most;
  }
  if (when.equals) {
    out["equals"] = *when.equals;
  }
  return out;
}

json BandsJson(const std::vector<assessment::Band>& bands) {
  json out = json::array();
  for (const assessment::Band& band : bands) {
    out.push_back({{"min", band.min}, {"max", band.max}, {"label", band.label}});
  }
  return out;
}

json ScoringJson(const assessment::Scoring& scoring) {
  json scores = json::array();
  for (const assessment::ScoreRule& rule : scoring.scores) {
    json score = {{"id", rule.id},        {"name", rule.name}, {"items", rule.items},
                  {"min", rule.min},      {"max", rule.max},   {"bands", BandsJson(rule.bands)},
                  {"source", rule.source}};
    if (rule.code) {
      score["code"] = {{"system", rule.code->system},
                       {"code", rule.code->code},
                       {"display", rule.code->display}};
    }
    scores.push_back(std::move(score));
  }
  json flags = json::array();
  for (const assessment::FlagRule& flag : scoring.flags) {
    flags.push_back({{"id", flag.id},
                     {"severity", flag.severity},
                     {"message", flag.message},
                     {"when", ConditionJson(flag.when)},
                     {"source", flag.source}});
  }
  return {{"scores", scores},
          {"primary", scoring.primary ? json(*scoring.primary) : json(nullptr)},
          {"flags", flags}};
}

// Parses JSON text written by this API; a damaged value reads as `fallback`.
json Stored(const std::string& text, const json& fallback) {
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? fallback : parsed;
}

}  // namespace

json QuestionnaireSummaryJson(const assessment::Questionnaire& q) {
  return {{"id", q.id},
          {"url", q.url},
          {"version", q.version},
          {"name", q.name},
          {"title", q.title},
          {"status", q.status},
          {"description", q.resource.value("description", "")},
          {"scoring", q.scoring ? ScoringJson(*q.scoring) : json(nullptr)}};
}

json AssessmentJson(const store::Assessment& a, const assessment::Questionnaire* q) {
  json by = {{"id", a.completed_by.Value()}};
  if (a.completed_by_name) {
    by["displayName"] = *a.completed_by_name;
  }
  if (a.completed_by_role) {
    by["role"] = *a.completed_by_role;
  }
  json entered_in_error = nullptr;
  if (a.entered_in_error_at) {
    json who = {
        {"id", a.entered_in_error_by ? json(a.entered_in_error_by->Value()) : json(nullptr)}};
    if (a.entered_in_error_by_name) {
      who["displayName"] = *a.entered_in_error_by_name;
    }
    entered_in_error = {
        {"at", FormatInstant(*a.entered_in_error_at)},
        {"by", who},
        {"reason", a.entered_in_error_reason ? json(*a.entered_in_error_reason) : json(nullptr)}};
  }
  const char* status = a.entered_in_error_at ? "entered_in_error"
                       : a.corrected_by      ? "superseded"
                                             : "current";
  return {{"id", a.id},
          {"personId", a.person.Value()},
          {"status", status},
          {"enteredInError", entered_in_error},
          {"corrects", a.corrects ? json(*a.corrects) : json(nullptr)},
          {"correctionReason", a.correction_reason ? json(*a.correction_reason) : json(nullptr)},
          {"correctedBy", a.corrected_by ? json(*a.corrected_by) : json(nullptr)},
          {"recordedAt", FormatInstant(a.recorded_at.value_or(a.completed_at))},
          {"questionnaire",
           {{"id", a.questionnaire},
            {"url", a.questionnaire_url},
            {"version", a.questionnaire_version},
            {"title", q != nullptr ? json(q->title) : json(nullptr)}}},
          {"completedAt", FormatInstant(a.completed_at)},
          {"completedBy", by},
          {"writtenBy", a.written_by},
          {"completedWithPerson", a.completed_with_person},
          {"notes", a.notes ? json(*a.notes) : json(nullptr)},
          {"total", a.total ? json(*a.total) : json(nullptr)},
          {"band", a.band ? json(*a.band) : json(nullptr)},
          {"scores", Stored(a.scores, json::array())},
          {"flags", Stored(a.flags, json::array())},
          {"answers", Stored(a.answers, json::object())}};
}

json TrendJson(PersonId person, const assessment::Questionnaire& q,
               const std::vector<store::Assessment>& oldest_first) {
  json points = json::array();
  json series = json::array();
  // One series per score id, in the order the scores first appear (older versions included).
  auto series_for = [&](const json& score) -> json& {
    const std::string id = score.value("id", "");
    for (json& s : series) {
      if (s["score"] == id) {
        return s;
      }
    }
    const assessment::ScoreRule* rule = q.FindScore(id);
    series.push_back({{"score", id},
                      {"name", score.value("name", id)},
                      {"bands", rule != nullptr ? BandsJson(rule->bands) : json::array()},
                      {"points", json::array()}});
    return series.back();
  };
  for (const store::Assessment& a : oldest_first) {
    const std::string at = FormatInstant(a.completed_at);
    json flag_ids = json::array();
    for (const json& flag : Stored(a.flags, json::array())) {
      flag_ids.push_back(flag.value("id", ""));
    }
    points.push_back({{"assessmentId", a.id},
                      {"completedAt", at},
                      {"version", a.questionnaire_version},
                      {"total", a.total ? json(*a.total) : json(nullptr)},
                      {"band", a.band ? json(*a.band) : json(nullptr)},
                      {"flags", flag_ids}});
    for (const json& score : Stored(a.scores, json::array())) {
      series_for(score)["points"].push_back({{"assessmentId", a.id},
                                             {"completedAt", at},
                                             {"value", score.value("value", 0)},
                                             {"band", score.value("band", "")}});
    }
  }
  return {{"personId", person.Value()},
          {"questionnaire", QuestionnaireSummaryJson(q)},
          {"primary", q.scoring && q.scoring->primary ? json(*q.scoring->primary) : json(nullptr)},
          {"points", points},
          {"series", series}};
}

}  // namespace lcn::api::handlers
