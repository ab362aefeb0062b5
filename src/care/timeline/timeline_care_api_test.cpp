// SPDX-License-Identifier: Apache-2.0
//
// The timeline gathers the records of care coordination on both engines: About me versions
// (marked when the person wrote them), care plan versions (draft, then agreed), assessments
// (an entered-in-error one flagged), a place on an MDT case list and the meeting's outcome.
#include <map>

#include <gtest/gtest.h>

#include "care/mdt/mdt_test_fixture.hpp"
#include "core/time_format.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

class TimelineCareApiTest : public MdtApiTest {
 protected:
  std::string Person() { return "/api/v1/people/" + std::to_string(ids_.person_north); }

  // The titles of the timeline's entries of `type`, newest first.
  std::vector<std::string> Titles(const Session& s, const std::string& type) {
    const auto r = Get(Person() + "/timeline", s, {{"types", type}});
    EXPECT_EQ(r.status, 200) << r.body;
    const json body = Body(r);
    std::vector<std::string> out;
    for (const auto& e : body["entries"]) {
      out.push_back(e["title"].get<std::string>());
    }
    return out;
  }
};

TEST_P(TimelineCareApiTest, AboutMePlansAssessmentsAndMdtOutcomesAppear) {
  const auto gp = SignIn("gp.north");
  const auto coordinator = SignIn("coordinator.north");

  ASSERT_EQ(Put(Person() + "/about-me",
                {{"content", json::object()}, {"writtenBy", "professional"}, {"version", 0}}, gp)
                .status,
            200);
  clock_.AdvanceSeconds(60);
  ASSERT_EQ(Put(Person() + "/about-me",
                {{"content", {{"whatMattersToMe", "Getting to church on Sundays"}}},
                 {"writtenBy", "person"},
                 {"note", "Doris wrote this herself"},
                 {"version", 1}},
                gp)
                .status,
            200);
  EXPECT_EQ(Titles(gp, "about_me"),
            (std::vector<std::string>{"About me updated by the person", "About me written"}));

  const json goals = {{"goals", {{{"inOwnWords", "I want to walk to the shop again"}}}}};
  const auto draft = Put(Person() + "/care-plan", {{"content", goals}, {"version", 0}}, gp);
  ASSERT_EQ(draft.status, 200) << draft.body;
  clock_.AdvanceSeconds(60);
  json agreed = goals;
  agreed["agreement"] = {{"agreedWith", "person"},
                         {"how", "face_to_face"},
                         {"agreedOn", FormatDate(DateOf(clock_.Now()))}};
  agreed["reviewDate"] = "2024-06-01";
  const auto plan =
      Put(Person() + "/care-plan",
          {{"content", agreed}, {"version", 1}, {"changeNote", "Agreed with Doris"}}, gp);
  ASSERT_EQ(plan.status, 200) << plan.body;
  EXPECT_EQ(Titles(gp, "care_plan"),
            (std::vector<std::string>{"Care plan version 2 agreed",
                                      "Care plan version 1 saved as a draft"}));

  const auto phq = Post(Person() + "/assessments",
                        {{"questionnaire", "phq9"},
                         {"answers",
                          {{"phq9-1", "several-days"},
                           {"phq9-2", "not-at-all"},
                           {"phq9-3", "not-at-all"},
                           {"phq9-4", "not-at-all"},
                           {"phq9-5", "not-at-all"},
                           {"phq9-6", "not-at-all"},
                           {"phq9-7", "not-at-all"},
                           {"phq9-8", "not-at-all"},
                           {"phq9-9", "not-at-all"}}}},
                        gp);
  ASSERT_EQ(phq.status, 201) << phq.body;
  ASSERT_EQ(Post(Person() + "/assessments/" + std::to_string(Body(phq)["id"].get<std::int64_t>()) +
                     "/entered-in-error",
                 {{"reason", "wrong patient"}}, gp)
                .status,
            200);
  const json assessments =
      Body(Get(Person() + "/timeline", gp, {{"types", "assessment"}}))["entries"];
  ASSERT_EQ(assessments.size(), 1U);
  EXPECT_TRUE(assessments[0]["inError"].get<bool>());
  EXPECT_EQ(assessments[0]["detail"], "1 (minimal)");

  clock_.AdvanceSeconds(60);
  const std::int64_t meeting = Schedule(coordinator, ids_.network_north);
  const std::int64_t c = AddCase(coordinator, meeting, ids_.person_north);
  clock_.AdvanceSeconds(60);
  ASSERT_EQ(MoveTo(coordinator, meeting, "held").status, 200);
  const auto outcome = Put(MeetingPath(meeting) + "/cases/" + std::to_string(c) + "/outcome",
                           {{"summary", "Plan working; review falls in spring"},
                            {"decision", "continue_plan"},
                            {"actions", json::array()},
                            {"version", 1}},
                           coordinator);
  ASSERT_EQ(outcome.status, 200) << outcome.body;
  const json mdt = Body(Get(Person() + "/timeline", gp, {{"types", "mdt"}}))["entries"];
  ASSERT_EQ(mdt.size(), 2U);
  EXPECT_EQ(mdt[0]["title"], "MDT outcome (North MDT): continue plan");
  EXPECT_EQ(mdt[0]["detail"], "Plan working; review falls in spring");
  EXPECT_EQ(mdt[1]["title"], "On the MDT case list: North MDT");
  EXPECT_EQ(mdt[1]["detail"], "Falls twice this winter");

  // Everything together, newest first: the outcome leads.
  const json all = Body(Get(Person() + "/timeline", gp))["entries"];
  EXPECT_EQ(all[0]["type"], "mdt");
  std::map<std::string, int> counts;
  for (const auto& e : all) {
    ++counts[e["type"].get<std::string>()];
  }
  EXPECT_EQ(counts["about_me"], 2);
  EXPECT_EQ(counts["care_plan"], 2);
  EXPECT_EQ(counts["assessment"], 1);
  EXPECT_EQ(counts["mdt"], 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, TimelineCareApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
