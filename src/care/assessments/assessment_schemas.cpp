// SPDX-License-Identifier: Apache-2.0
#include "care/assessments/assessment_schemas.hpp"

#include <string>
#include <vector>

#include "api/common_schemas.hpp"
#include "care/assessments/assessment_author.hpp"
#include "care/assessments/assessment_service.hpp"
#include "care/assessments/questionnaire_loader.hpp"

namespace lcn::api {

using namespace schema;  // NOLINT(google-build-using-namespace): the schema vocabulary

namespace {

// Free text of at most Assessments::kMaxText characters.
Schema Text() {
  Schema s = String();
  s["maxLength"] = care::Assessments::kMaxText;
  return s;
}

// As the questionnaire loader reads them (scoring_rules.cpp, questionnaire_loader.cpp).
Schema Severity() {
  return Named("AssessmentFlagSeverity",
               Enum(std::vector<std::string_view>{"urgent", "warning", "info"}));
}

Schema QuestionnaireStatus() {
  return Named(
      "QuestionnaireStatus",
      Describe(Enum(std::vector<std::string_view>{"draft", "active", "retired", "unknown"}),
               "the FHIR status: only active questionnaires take new answers"));
}

Schema WrittenBy() {
  return Named("AssessmentAuthor", Enum(assessment::AssessmentAuthors()));
}

// An answer as stored: a choice's code or a string, a whole number, or true or false.
Schema Answer() {
  return Named("AssessmentAnswer", AnyOf({String(), Integer(), Boolean()}));
}

Schema Band() {
  return Named("ScoreBand",
               Object({Prop("min", Integer()), Prop("max", Integer()), Prop("label", String())}));
}

Schema ScoreDefinition() {
  const Schema coding =
      Named("ScoreCoding",
            Object({Prop("system", String()), Prop("code", String()), Prop("display", String())}));
  return Named("QuestionnaireScore",
               Object({Prop("id", String()), Prop("name", String()),
                       Prop("items", Describe(Array(String()), "the linkIds it sums")),
                       Prop("min", Integer()), Prop("max", Integer()), Prop("bands", Array(Band())),
                       Prop("source", Describe(String(), "where the bands come from")),
                       Opt("code", coding)}));
}

Schema FlagDefinition() {
  const Schema when =
      Named("QuestionnaireFlagCondition",
            Object({Opt("item", String()), Opt("score", String()), Opt("atLeast", Integer()),
                    Opt("atMost", Integer()), Opt("equals", Any())}));
  return Named("QuestionnaireFlag",
               Object({Prop("id", String()), Prop("severity", Severity()),
                       Prop("message", String()), Prop("when", when), Prop("source", String())}));
}

std::vector<Property> SummaryProperties() {
  const Schema scoring =
      Named("QuestionnaireScoring",
            Object({Prop("scores", Array(ScoreDefinition())),
                    Prop("primary",
                         Describe(Nullable(String()), "the score shown as an assessment's total")),
                    Prop("flags", Array(FlagDefinition()))}));
  return {Prop("id", String()),          Prop("url", String()),
          Prop("version", String()),     Prop("name", String()),
          Prop("title", String()),       Prop("status", QuestionnaireStatus()),
          Prop("description", String()), Prop("scoring", Nullable(scoring))};
}

Schema QuestionnaireSummary() {
  return Named("QuestionnaireSummary", Object(SummaryProperties()));
}

}  // namespace

Schema QuestionnaireIdSchema() {
  std::vector<std::string> ids;
  for (const assessment::Questionnaire& q : assessment::DefaultQuestionnaires().All()) {
    ids.push_back(q.id);
  }
  return Enum(ids);
}

Schema NewAssessmentSchema() {
  const Schema id = Nullable(Id());
  return Named(
      "NewAssessment",
      Object({Prop("questionnaire", Describe(String(), "the id of an active questionnaire")),
              Prop("answers",
                   Describe(MapOf(Nullable(Answer())), "by linkId; null or blank for no answer")),
              Opt("completedWithPerson", Describe(Nullable(Boolean()), "default true")),
              Opt("writtenBy", Describe(Nullable(WrittenBy()), "default professional")),
              Opt("notes", Nullable(Text())),
              Opt("corrects", Describe(id, "the assessment this one corrects")),
              Opt("correctionReason",
                  Describe(Nullable(Text()), "what was wrong: required with corrects"))}));
}

Schema AssessmentEnteredInErrorSchema() {
  return Named("AssessmentEnteredInError", Object({Prop("reason", Text())}));
}

Schema QuestionnaireListSchema() {
  return Named("QuestionnaireList",
               Object({Prop("questionnaires", Array(QuestionnaireSummary()))}));
}

Schema QuestionnaireDetailSchema() {
  std::vector<Property> properties = SummaryProperties();
  properties.push_back(
      Prop("questionnaire", Describe(AnyObject(), "the FHIR R4 Questionnaire as filed")));
  return Named("QuestionnaireDetail", Object(properties));
}

Schema AssessmentSchema() {
  const Schema entered_in_error =
      Named("AssessmentInError",
            Object({Prop("at", Instant()),
                    Prop("by", Object({Prop("id", Nullable(Id())), Opt("displayName", String())})),
                    Prop("reason", Nullable(String()))}));
  const Schema questionnaire =
      Object({Prop("id", String()), Prop("url", String()), Prop("version", String()),
              Prop("title", Describe(Nullable(String()), "null when LCN no longer has it"))});
  const Schema score =
      Named("AssessmentScore", Object({Prop("id", String()), Prop("name", String()),
                                       Prop("value", Integer()), Prop("band", String())}));
  const Schema flag = Named(
      "AssessmentFlag",
      Object({Prop("id", String()), Prop("severity", Severity()), Prop("message", String())}));
  return Named(
      "Assessment",
      Object({Prop("id", Id()), Prop("personId", Id()),
              Prop("status", Named("AssessmentStatus",
                                   Describe(Enum(std::vector<std::string_view>{
                                                "current", "superseded", "entered_in_error"}),
                                            "superseded when corrected (by correctedBy)"))),
              Prop("enteredInError", Nullable(entered_in_error)), Prop("corrects", Nullable(Id())),
              Prop("correctionReason", Nullable(String())), Prop("correctedBy", Nullable(Id())),
              Prop("recordedAt", Instant()), Prop("questionnaire", questionnaire),
              Prop("completedAt", Instant()), Prop("completedBy", StaffRefSchema()),
              Prop("writtenBy", WrittenBy()), Prop("completedWithPerson", Boolean()),
              Prop("notes", Nullable(String())), Prop("total", Nullable(Integer())),
              Prop("band", Nullable(String())), Prop("scores", Array(score)),
              Prop("flags", Array(flag)),
              Prop("answers", Describe(MapOf(Answer()), "by linkId"))}));
}

Schema AssessmentListSchema() {
  return Named("AssessmentList",
               Object({Prop("personId", Id()),
                       Prop("assessments", Describe(Array(AssessmentSchema()), "newest first"))}));
}

Schema AssessmentTrendSchema() {
  const Schema point = Named(
      "AssessmentTrendPoint",
      Object({Prop("assessmentId", Id()), Prop("completedAt", Instant()), Prop("version", String()),
              Prop("total", Nullable(Integer())), Prop("band", Nullable(String())),
              Prop("flags", Describe(Array(String()), "the ids of the flags it raised"))}));
  const Schema series_point =
      Named("AssessmentTrendSeriesPoint",
            Object({Prop("assessmentId", Id()), Prop("completedAt", Instant()),
                    Prop("value", Integer()), Prop("band", String())}));
  const Schema series =
      Named("AssessmentTrendSeries",
            Object({Prop("score", String()), Prop("name", String()), Prop("bands", Array(Band())),
                    Prop("points", Array(series_point))}));
  return Named("AssessmentTrend",
               Object({Prop("personId", Id()), Prop("questionnaire", QuestionnaireSummary()),
                       Prop("primary", Nullable(String())),
                       Prop("points", Describe(Array(point), "oldest first")),
                       Prop("series", Describe(Array(series), "one per score"))}));
}

}  // namespace lcn::api
