// SPDX-License-Identifier: Apache-2.0
//
// The assessment service on both engines: a refused read is audited and committed; a refused
// or invalid record leaves no assessment and exactly its access row; the rules that moved out
// of the handlers hold (a submission is checked and scored with each problem named; an
// assessment entered in error is neither corrected nor entered in error again).
#include "care/assessments/assessment_service.hpp"

#include <gtest/gtest.h>

#include "care/assessments/questionnaire_loader.hpp"
#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class AssessmentServiceTest : public ApiTest {
 protected:
  care::Assessments Service() {
    return care::Assessments(*db_, clock_, assessment::DefaultQuestionnaires());
  }

  // A PHQ-9 with every item answered "several days" (total 9), checked.
  care::CheckedAssessment Phq9(std::optional<std::int64_t> corrects = std::nullopt) {
    care::AssessmentSubmission s;
    s.questionnaire = "phq9";
    s.answers = json::object();
    for (int i = 1; i <= 9; ++i) {
      (*s.answers)["phq9-" + std::to_string(i)] = "several-days";
    }
    if (corrects) {
      s.corrects = corrects;
      s.correction_reason = "entered on the wrong row";
    }
    return Checked(std::move(s));
  }

  care::CheckedAssessment Ons4(std::int64_t corrects) {
    care::AssessmentSubmission s;
    s.questionnaire = "ons4";
    s.answers =
        json{{"ons4-satisfied", 7}, {"ons4-worthwhile", 7}, {"ons4-happy", 7}, {"ons4-anxious", 3}};
    s.corrects = corrects;
    s.correction_reason = "wrong questionnaire";
    return Checked(std::move(s));
  }

  care::CheckedAssessment Checked(care::AssessmentSubmission s) {
    IssueCollector issues;
    auto checked = Service().Check(std::move(s), issues);
    EXPECT_TRUE(issues.Empty()) << issues.Issues().front().field;
    return checked;
  }

  // The person's assessments, read without the service (no audit row).
  std::size_t Stored() {
    std::size_t n = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      n = store::AssessmentRepository(tx).History(PersonId(ids_.person_north), std::nullopt).size();
    });
    return n;
  }
};

TEST_P(AssessmentServiceTest, RefusedReadIsAuditedAndCommitted) {
  try {
    (void)Service().History(Principal("gp.south"), PersonId(ids_.person_north), nullptr);
    FAIL() << "a GP of another practice read the assessments";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kForbidden);
    EXPECT_EQ(e.Kind(), "no-legitimate-relationship");
    EXPECT_TRUE(e.Audited());
  }
  EXPECT_EQ(CountAudit(ids_.person_north, "read-assessments", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-assessments", "allowed"), 0);
}

TEST_P(AssessmentServiceTest, RefusedRecordLeavesNoAssessmentAndItsRefusalRow) {
  EXPECT_THROW((void)Service().Record(Principal("gp.south"), PersonId(ids_.person_north), Phq9()),
               Error);
  EXPECT_EQ(Stored(), 0U);
  EXPECT_EQ(CountAudit(ids_.person_north, "record-assessment", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "record-assessment", "allowed"), 0);
}

TEST_P(AssessmentServiceTest, InvalidCorrectionLeavesNoAssessmentAndOneAllowedRow) {
  const auto gp = Principal("gp.north");
  const PersonId person(ids_.person_north);
  const std::int64_t original = Service().Record(gp, person, Phq9()).assessment.id;
  try {
    (void)Service().Record(gp, person, Ons4(original));
    FAIL() << "an ONS4 corrected a PHQ-9";
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    ASSERT_EQ(e.Issues().size(), 1U);
    EXPECT_EQ(e.Issues()[0].field, "corrects");
  }
  EXPECT_EQ(Stored(), 1U);
  EXPECT_EQ(CountAudit(ids_.person_north, "correct-assessment", "allowed"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "correct-assessment", "denied"), 0);
}

TEST_P(AssessmentServiceTest, ASubmissionIsCheckedAndScoredWithEachProblemNamed) {
  care::AssessmentSubmission s;
  s.questionnaire = "phq9";
  s.answers = json{{"phq9-1", "nearly-every-day"}, {"phq9-2", "sometimes"}};
  s.written_by = "neighbour";
  s.corrects = 4;
  IssueCollector issues;
  (void)Service().Check(s, issues);
  std::vector<std::string> fields;
  for (const FieldIssue& issue : issues.Issues()) {
    fields.push_back(issue.field);
  }
  ASSERT_GE(fields.size(), 4U);
  EXPECT_EQ(fields[0], "correctionReason");
  EXPECT_EQ(fields[1], "writtenBy");
  EXPECT_EQ(fields[2], "answers.phq9-2");  // not an option
  EXPECT_EQ(fields[3], "answers.phq9-3");  // missing

  const auto scored = Phq9();
  ASSERT_TRUE(scored.evaluation.primary.has_value());
  EXPECT_EQ(scored.evaluation.primary->value, 9);
}

TEST_P(AssessmentServiceTest, AnAssessmentEnteredInErrorIsNeitherCorrectedNorMarkedAgain) {
  const auto gp = Principal("gp.north");
  const PersonId person(ids_.person_north);
  const std::int64_t id = Service().Record(gp, person, Phq9()).assessment.id;
  const auto marked = Service().MarkEnteredInError(gp, person, id, "wrong person");
  EXPECT_TRUE(marked.assessment.entered_in_error_at.has_value());
  for (int attempt = 0; attempt < 2; ++attempt) {
    try {
      if (attempt == 0) {
        (void)Service().Record(gp, person, Phq9(id));
      } else {
        (void)Service().MarkEnteredInError(gp, person, id, "again");
      }
      FAIL() << "attempt " << attempt << " changed an assessment entered in error";
    } catch (const Error& e) {
      EXPECT_EQ(e.Code(), ErrorCode::kConflict);
      EXPECT_EQ(e.Kind(), "entered-in-error");
      ASSERT_EQ(e.Facts().size(), 1U);
      EXPECT_EQ(e.Facts()[0].name, "assessmentId");
      EXPECT_EQ(e.Facts()[0].number, id);
    }
  }
  EXPECT_EQ(Stored(), 1U);
  EXPECT_EQ(CountAudit(ids_.person_north, "correct-assessment", "allowed"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "enter-assessment-in-error", "allowed"), 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, AssessmentServiceTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
