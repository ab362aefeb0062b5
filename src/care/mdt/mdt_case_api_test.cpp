// SPDX-License-Identifier: Apache-2.0
//
// MDT case lists and outcomes through the API on both engines: suggestions from each source
// (the area's worklist, open referrals, care plan reviews due, MDT reviews due) and not from
// other areas, nor of people who had died or left their practice by the meeting's day; adding
// by hand and removing before the meeting; outcomes whose actions become tasks in the
// assignees' inboxes; the next review date bringing the person back at a later meeting; 409 for
// outcomes before the meeting or with a stale version; a person's MDT history.
#include <gtest/gtest.h>

#include "care/mdt/mdt_test_fixture.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

// Doris (9990000018, North) has three long-term conditions; Winston (South) three; Ann (North)
// two.
const char* kPatients =
    "patient_id,nhs_number,birth_date,sex,practice,given_name,family_name\n"
    "X1,9990000018,1938-04-12,female,G0001,,\n"
    "X2,9990000026,1944-09-30,male,G0002,,\n"
    "X3,,1960-02-02,female,G0001,Ann,Other\n";
const char* kEvents =
    "patient_id,code,date,value\n"
    "X1,38341003,2015-01-01,\n"
    "X1,44054006,2016-01-01,\n"
    "X1,13645005,2017-01-01,\n"
    "X2,38341003,2015-01-01,\n"
    "X2,44054006,2016-01-01,\n"
    "X2,49436004,2017-01-01,\n"
    "X3,38341003,2015-01-01,\n"
    "X3,44054006,2016-01-01,\n";

// For the people who died or left: Doris, Ann and Edna at North Practice, no records (so on
// no worklist); then the next extract of the practice says Doris died on 2024-01-03 and no
// longer lists Ann, who has left; Edna lives on.
const char* kNorthPatients =
    "patient_id,nhs_number,birth_date,sex,practice,death_date,given_name,family_name\n"
    "X1,9990000018,1938-04-12,female,G0001,,,\n"
    "X3,,1960-02-02,female,G0001,,Ann,Other\n"
    "X4,,1936-07-07,female,G0001,,Edna,Living\n";
const char* kNorthPatientsLater =
    "patient_id,nhs_number,birth_date,sex,practice,death_date,given_name,family_name\n"
    "X1,9990000018,1938-04-12,female,G0001,2024-01-03,,\n"
    "X4,,1936-07-07,female,G0001,,Edna,Living\n";
const char* kNoEvents = "patient_id,code,date,value\n";

class MdtCaseApiTest : public MdtApiTest {
 protected:
  void Import() { ImportExtract(kPatients, kEvents); }

  api::Response Refer(std::int64_t person, const Session& s) {
    return Post("/api/v1/people/" + std::to_string(person) + "/tasks",
                {{"kind", "referral"},
                 {"service", "community_nursing"},
                 {"title", "Leg ulcer dressing"},
                 {"assigneeOrganisationId", ids_.council}},
                s);
  }

  // The reasons' sources of the suggestion for `person` ("" when not suggested).
  static std::string SourcesOf(const json& suggestions, std::int64_t person) {
    for (const auto& s : suggestions["items"]) {
      if (s["person"]["id"] == person) {
        std::string out;
        for (const auto& r : s["reasons"]) {
          out += (out.empty() ? "" : ",") + r["source"].get<std::string>();
        }
        return out;
      }
    }
    return "";
  }

  std::string Outcome(std::int64_t meeting, std::int64_t c) {
    return MeetingPath(meeting) + "/cases/" + std::to_string(c) + "/outcome";
  }

  // The meeting's suggestions, as `s`.
  json Suggestions(std::int64_t meeting, const Session& s) {
    const auto r = Get(MeetingPath(meeting) + "/suggestions", s);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? Body(r) : json{{"items", json::array()}};
  }

  std::int64_t FindPerson(const std::string& family, const std::string& birth) {
    const json found = Body(
        Get("/api/v1/people", SignIn("gp.north"), {{"familyName", family}, {"birthDate", birth}}));
    EXPECT_EQ(found["items"].size(), 1U) << found.dump();
    return found["items"].empty() ? 0 : found["items"][0]["id"].get<std::int64_t>();
  }
};

TEST_P(MdtCaseApiTest, SuggestionsComeFromEverySourceInTheArea) {
  Import();
  const auto gp = SignIn("gp.north");
  const auto coordinator = SignIn("coordinator.north");
  const std::int64_t ivy = AddPerson("Ivy", "Reed", ids_.practice_north);
  const std::int64_t basil = AddPerson("Basil", "Hart", ids_.practice_north);
  const std::int64_t ann =
      Body(Get("/api/v1/people", gp,
               {{"familyName", "Other"}, {"birthDate", "1960-02-02"}}))["items"][0]["id"];
  ASSERT_EQ(Refer(ann, gp).status, 201);
  ASSERT_EQ(Refer(ids_.person_south, SignIn("gp.south")).status, 201);  // another network
  SetPlanReview(ivy, "2024-01-08");
  // Basil was discussed at an earlier meeting, which set his next review for 2024-01-20.
  const std::int64_t earlier = Schedule(coordinator, ids_.network_north, "2024-01-03T10:00:00Z");
  const std::int64_t basil_case = AddCase(coordinator, earlier, basil);
  ASSERT_EQ(MoveTo(coordinator, earlier, "held").status, 200);
  ASSERT_EQ(Put(Outcome(earlier, basil_case),
                {{"summary", "Stable; review after the new carers start"},
                 {"decision", "continue_plan"},
                 {"nextReviewDate", "2024-01-20"},
                 {"version", 1}},
                coordinator)
                .status,
            200);

  const std::int64_t id = Schedule(coordinator, ids_.network_north, "2024-01-24T10:00:00Z");
  const auto r = Get(MeetingPath(id) + "/suggestions", coordinator);
  ASSERT_EQ(r.status, 200) << r.body;
  const json s = Body(r);
  EXPECT_EQ(s["dueBy"], "2024-01-24");
  EXPECT_TRUE(s["worklistAvailable"].get<bool>());
  EXPECT_EQ(SourcesOf(s, basil), "mdt_review");
  EXPECT_EQ(SourcesOf(s, ivy), "review_due");
  EXPECT_EQ(SourcesOf(s, ann).rfind("referral", 0), 0U);  // and the worklist, if in a cohort
  EXPECT_EQ(SourcesOf(s, ids_.person_north), "worklist");
  EXPECT_EQ(SourcesOf(s, ids_.person_south), "");  // South is another area
  EXPECT_GE(s["items"].size(), 4U);
  EXPECT_EQ(s["items"][0]["person"]["id"], ivy);  // reviews first, earliest due first
  EXPECT_EQ(s["items"][1]["person"]["id"], basil);
  for (const auto& item : s["items"]) {
    if (item["person"]["id"] == ids_.person_north) {
      EXPECT_EQ(
          item["reasons"][0]["reason"].get<std::string>().rfind("3 long-term conditions (", 0), 0U)
          << item.dump();
    }
  }
  EXPECT_EQ(CountActionRows("mdt-suggestions", "allowed"), 1);
  // The plan review is not yet due for a meeting before it.
  const std::int64_t sooner = Schedule(coordinator, ids_.network_north, "2024-01-05T10:00:00Z");
  EXPECT_EQ(SourcesOf(Body(Get(MeetingPath(sooner) + "/suggestions", coordinator)), ivy), "");

  // People on the list are no longer suggested; the worklist limit is honoured.
  AddCase(coordinator, id, basil, "mdt_review");
  const json after = Body(Get(MeetingPath(id) + "/suggestions", coordinator, {{"limit", "0"}}));
  EXPECT_EQ(SourcesOf(after, basil), "");
  EXPECT_EQ(SourcesOf(after, ids_.person_north), "");
  EXPECT_EQ(SourcesOf(after, ivy), "review_due");
  const auto too_many = Get(MeetingPath(id) + "/suggestions", coordinator, {{"limit", "101"}});
  ASSERT_EQ(too_many.status, 400);
  EXPECT_EQ(Body(too_many)["errors"][0]["field"], "limit");
  // Suggestions need reach over the whole area, like worklists.
  const std::int64_t attendee_only = Schedule(coordinator, ids_.network_north);
  AddAttendee(coordinator, attendee_only, "social.worker");
  EXPECT_EQ(Get(MeetingPath(attendee_only) + "/suggestions", SignIn("social.worker")).status, 403);
}

TEST_P(MdtCaseApiTest, PeopleWhoDiedOrLeftTheirPracticeAreNotSuggested) {
  ImportExtract(kNorthPatients, kNoEvents);
  const auto gp = SignIn("gp.north");
  auto coordinator = SignIn("coordinator.north");
  const std::int64_t doris = ids_.person_north;
  const std::int64_t ann = FindPerson("Other", "1960-02-02");
  const std::int64_t edna = FindPerson("Living", "1936-07-07");
  const std::int64_t ivy = AddPerson("Ivy", "Reed", ids_.practice_north);  // not in the register
  // Everyone is due the same reviews and has an open referral; Doris and Edna also have an MDT
  // review from a meeting on 2024-01-02.
  for (const std::int64_t p : {doris, ann, edna, ivy}) {
    SetPlanReview(p, "2024-01-08");
    ASSERT_EQ(Refer(p, gp).status, 201);
  }
  const std::int64_t earlier = Schedule(coordinator, ids_.network_north, "2024-01-02T10:00:00Z");
  const std::int64_t doris_case = AddCase(coordinator, earlier, doris);
  const std::int64_t edna_case = AddCase(coordinator, earlier, edna);
  ASSERT_EQ(MoveTo(coordinator, earlier, "held").status, 200);
  for (const std::int64_t c : {doris_case, edna_case}) {
    ASSERT_EQ(Put(Outcome(earlier, c),
                  {{"summary", "Review in a week"},
                   {"decision", "continue_plan"},
                   {"nextReviewDate", "2024-01-09"},
                   {"version", 1}},
                  coordinator)
                  .status,
              200);
  }
  const std::int64_t id = Schedule(coordinator, ids_.network_north, "2024-01-24T10:00:00Z");
  const std::int64_t same_day = Schedule(coordinator, ids_.network_north, "2024-01-02T15:00:00Z");
  const json before = Suggestions(id, coordinator);
  EXPECT_EQ(SourcesOf(before, doris), "mdt_review,review_due,referral");
  EXPECT_EQ(SourcesOf(before, edna), "mdt_review,review_due,referral");
  EXPECT_EQ(SourcesOf(before, ann), "review_due,referral");
  EXPECT_EQ(SourcesOf(before, ivy), "review_due,referral");

  // Four days on (signed in again), the practice's next extract: Doris died on 2024-01-03,
  // Ann has left.
  clock_.AdvanceSeconds(4 * 24 * 3600);
  ImportExtract(kNorthPatientsLater, kNoEvents);
  coordinator = SignIn("coordinator.north");
  const json after = Suggestions(id, coordinator);
  EXPECT_EQ(SourcesOf(after, doris), "") << after.dump();
  EXPECT_EQ(SourcesOf(after, ann), "") << after.dump();
  EXPECT_EQ(SourcesOf(after, edna), "mdt_review,review_due,referral");
  EXPECT_EQ(SourcesOf(after, ivy), "review_due,referral");
  EXPECT_EQ(after["items"].size(), 2U);
  // On 2024-01-02 Doris was alive and Ann still registered: that meeting's suggestions (its
  // reviews are not yet due) still name them, for the record of that day.
  const json then = Suggestions(same_day, coordinator);
  EXPECT_EQ(SourcesOf(then, doris), "referral") << then.dump();
  EXPECT_EQ(SourcesOf(then, ann), "referral");
  EXPECT_EQ(SourcesOf(then, edna), "referral");
  EXPECT_EQ(SourcesOf(then, ivy), "referral");
}

TEST_P(MdtCaseApiTest, CasesAreAddedByHandAndRemovedOnlyBeforeTheMeeting) {
  const auto coordinator = SignIn("coordinator.north");
  const std::int64_t id = Schedule(coordinator, ids_.network_north);
  const auto no_reason =
      Post(MeetingPath(id) + "/cases", {{"personId", ids_.person_north}}, coordinator);
  ASSERT_EQ(no_reason.status, 400);
  EXPECT_NE(Body(no_reason)["errors"].dump().find("reason"), std::string::npos);
  const std::int64_t c = AddCase(coordinator, id, ids_.person_north);
  EXPECT_EQ(Post(MeetingPath(id) + "/cases", {{"personId", ids_.person_north}, {"reason", "Again"}},
                 coordinator)
                .status,
            409);
  // Winston is outside the coordinator's networks: no relationship, refused and audited.
  const auto outside = Post(MeetingPath(id) + "/cases",
                            {{"personId", ids_.person_south}, {"reason", "x"}}, coordinator);
  EXPECT_EQ(outside.status, 403);
  EXPECT_EQ(CountAudit(ids_.person_south, "mdt-add-case", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "mdt-add-case", "allowed"), 1);

  const json one = Body(Get(MeetingPath(id) + "/cases/" + std::to_string(c), coordinator));
  EXPECT_EQ(one["source"], "added_by_hand");
  EXPECT_EQ(one["reason"], "Falls twice this winter");
  EXPECT_EQ(one["position"], 1);
  EXPECT_TRUE(one["outcome"].is_null());
  ASSERT_EQ(
      Send(api::Method::kDelete, MeetingPath(id) + "/cases/" + std::to_string(c), "", &coordinator)
          .status,
      204);
  EXPECT_EQ(Body(Get(MeetingPath(id), coordinator))["cases"].size(), 0U);
  const std::int64_t again = AddCase(coordinator, id, ids_.person_north);
  ASSERT_EQ(MoveTo(coordinator, id, "held").status, 200);
  const auto late = Send(api::Method::kDelete, MeetingPath(id) + "/cases/" + std::to_string(again),
                         "", &coordinator);
  ASSERT_EQ(late.status, 409);
  EXPECT_EQ(Body(late)["from"], "held");
}

TEST_P(MdtCaseApiTest, OutcomeActionsBecomeTasksAndTheReviewDateComesBack) {
  const auto coordinator = SignIn("coordinator.north");
  const std::int64_t id = Schedule(coordinator, ids_.network_north);
  AddAttendee(coordinator, id, "social.worker");
  const std::int64_t c = AddCase(coordinator, id, ids_.person_north);
  const json outcome = {{"summary", "Two falls; carer strain. Refer for a care needs assessment."},
                        {"decision", "update_plan"},
                        {"nextReviewDate", "2024-03-01"},
                        {"actions",
                         {{{"title", "Care needs assessment"},
                           {"assignee", {{"organisationId", ids_.council}}},
                           {"service", "adult_social_care"},
                           {"priority", "soon"},
                           {"dueDate", "2024-01-31"}},
                          {{"title", "Medication review"},
                           {"details", "Consider stopping the sedating antihistamine"},
                           {"assignee", {{"userId", UserIdOf("gp.north")}}}}}},
                        {"version", 1}};
  const auto early = Put(Outcome(id, c), outcome, coordinator);
  ASSERT_EQ(early.status, 409) << early.body;  // not yet held
  EXPECT_EQ(Body(early)["allowed"], json::array({"held", "cancelled"}));
  ASSERT_EQ(MoveTo(coordinator, id, "held").status, 200);

  json bad = outcome;
  bad["actions"][0]["assignee"] = json::object();
  bad["actions"][1]["dueDate"] = "2023-01-01";
  bad["decision"] = "maybe";
  const auto invalid = Put(Outcome(id, c), bad, coordinator);
  ASSERT_EQ(invalid.status, 400);
  const std::string errors = Body(invalid)["errors"].dump();
  for (const char* field : {"actions[0].assignee", "actions[1].dueDate", "decision"}) {
    EXPECT_NE(errors.find(field), std::string::npos) << field << " " << errors;
  }

  const auto social = SignIn("social.worker");
  const auto recorded = Put(Outcome(id, c), outcome, social);  // an attendee records it
  ASSERT_EQ(recorded.status, 200) << recorded.body;
  const json rc = Body(recorded);
  EXPECT_EQ(rc["outcome"]["decision"], "update_plan");
  EXPECT_EQ(rc["outcome"]["nextReviewDate"], "2024-03-01");
  EXPECT_EQ(rc["outcome"]["recordedBy"], "social.worker");
  ASSERT_EQ(rc["tasks"].size(), 2U);
  EXPECT_EQ(rc["tasks"][0]["kind"], "referral");
  EXPECT_EQ(rc["version"], 2);
  EXPECT_EQ(Put(Outcome(id, c), outcome, social).status, 409);  // stale
  EXPECT_EQ(CountAudit(ids_.person_north, "record-mdt-outcome", "allowed"), 1);
  EXPECT_EQ(CountAudit(ids_.person_north, "create-task", "allowed"), 2);

  // The tasks are in the assignees' inboxes, requested by the recorder.
  const json council = Body(Get("/api/v1/tasks", social, {{"box", "organisation"}}));
  ASSERT_EQ(council["items"].size(), 1U);
  EXPECT_EQ(council["items"][0]["title"], "Care needs assessment");
  EXPECT_EQ(council["items"][0]["requester"]["name"], "social.worker");
  const json gp_inbox = Body(Get("/api/v1/tasks", SignIn("gp.north")));
  ASSERT_EQ(gp_inbox["items"].size(), 1U);
  EXPECT_NE(gp_inbox["items"][0]["details"].get<std::string>().find("Agreed at the MDT meeting"),
            std::string::npos);

  // The person's MDT history, and the review date bringing them back in March.
  const json history =
      Body(Get("/api/v1/people/" + std::to_string(ids_.person_north) + "/mdt", coordinator));
  ASSERT_EQ(history["items"].size(), 1U);
  EXPECT_EQ(history["items"][0]["tasks"].size(), 2U);
  ASSERT_EQ(MoveTo(coordinator, id, "closed").status, 200);
  EXPECT_EQ(Put(Outcome(id, c), {{"summary", "x"}, {"decision", "no_change"}, {"version", 2}},
                coordinator)
                .status,
            409);
  const std::int64_t february = Schedule(coordinator, ids_.network_north, "2024-02-14T10:00:00Z");
  const std::int64_t march = Schedule(coordinator, ids_.network_north, "2024-03-06T10:00:00Z");
  // (The referral the outcome made is still open.)
  EXPECT_EQ(
      SourcesOf(Body(Get(MeetingPath(february) + "/suggestions", coordinator)), ids_.person_north),
      "referral");
  EXPECT_EQ(
      SourcesOf(Body(Get(MeetingPath(march) + "/suggestions", coordinator)), ids_.person_north),
      "mdt_review,referral");
  const json discharged = {{"summary", "Settled"},
                           {"decision", "discharge_from_mdt"},
                           {"nextReviewDate", "2024-06-01"},
                           {"version", 1}};
  EXPECT_EQ(Put(Outcome(id, c), discharged, coordinator).status, 400);
}

INSTANTIATE_TEST_SUITE_P(Engines, MdtCaseApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
