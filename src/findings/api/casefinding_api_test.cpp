// SPDX-License-Identifier: Apache-2.0
//
// Case finding through the API on both engines: an administrator uploads an extract (bad rows
// refused whole, a good one imported), worklists scoped to what each role may see (403 outside
// it, analysts refused), filters and CSV export, the "why" panel behind the legitimate
// relationship, a recorded event moving a person onto the worklist at once, and the audit rows.
#include <gtest/gtest.h>

#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {
namespace {

using nlohmann::json;

// Doris (9990000018) is at G0001 with three conditions; Winston (9990000026) at G0002 with
// three; a new person at G0001 with two; the clock is 2024-01-01.
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
    "X3,44054006,2016-01-01,\n"
    "X3,99999999999,2016-01-01,\n";

class CaseFindingApiTest : public ApiTest {
 protected:
  void ImportSample() {
    const auto r = UploadExtract(SignIn("admin"), {{"patients", kPatients}, {"events", kEvents}});
    ASSERT_EQ(r.status, 201) << r.body;
  }

  std::vector<std::string> Names(const api::Response& r) {
    std::vector<std::string> out;
    const json body = Body(r);
    for (const auto& item : body["items"]) {
      out.push_back(item.value("nhsNumber", json(nullptr)).is_null()
                        ? item["familyName"].get<std::string>()
                        : item["nhsNumber"].get<std::string>());
    }
    return out;
  }

  int CountAction(const std::string& action) {
    int n = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query("SELECT COUNT(*) AS n FROM audit_events WHERE action = ${a}", {{"a", action}},
               [&](const sql::Row& row) { n = static_cast<int>(row.Int("n")); });
    });
    return n;
  }
};

TEST_P(CaseFindingApiTest, UploadImportsAndReportsUnknownCodes) {
  const auto admin = SignIn("admin");
  const auto r = UploadExtract(admin, {{"patients", kPatients}, {"events", kEvents}});
  ASSERT_EQ(r.status, 201) << r.body;
  const json b = Body(r);
  EXPECT_EQ(b["patientsNew"], 1);      // Ann
  EXPECT_EQ(b["patientsUpdated"], 2);  // Doris and Winston were already people
  EXPECT_EQ(b["events"], 9);
  EXPECT_EQ(b["unknownCodeRows"], 1);
  EXPECT_EQ(b["unknownCodeSample"], json::array({"99999999999"}));
  EXPECT_EQ(CountAction("register-import"), 1);

  const auto again = UploadExtract(admin, {{"patients", kPatients}, {"events", kEvents}});
  ASSERT_EQ(again.status, 201);
  EXPECT_EQ(Body(again)["patientsUnchanged"], 3);

  const auto list = Get("/api/v1/register/imports", admin);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(Body(list)["items"].size(), 2U);
}

TEST_P(CaseFindingApiTest, BadUploadsAreRefusedWholeWithTheirRows) {
  const auto admin = SignIn("admin");
  const std::string bad_events =
      std::string(kEvents) + "X1,38341003,2031-01-01,\nX9,1234567,2015-01-01,\n";
  const auto r = UploadExtract(admin, {{"patients", kPatients}, {"events", bad_events}});
  ASSERT_EQ(r.status, 400) << r.body;
  const std::string errors = Body(r)["errors"].dump();
  EXPECT_NE(errors.find("events.csv:11"), std::string::npos) << errors;  // future date
  EXPECT_NE(errors.find("events.csv:12"), std::string::npos) << errors;  // unknown patient
  const auto unknown_practice = UploadExtract(
      admin, {{"patients", "patient_id,birth_date,sex,practice\nZ,1950-01-01,male,ZZZ999\n"},
              {"events", "patient_id,code,date\n"}});
  ASSERT_EQ(unknown_practice.status, 400) << unknown_practice.body;
  EXPECT_NE(Body(unknown_practice)["errors"].dump().find("patients.csv:2"), std::string::npos);
  const auto missing = UploadExtract(admin, {{"patients", kPatients}, {"notes", "x"}});
  ASSERT_EQ(missing.status, 400);
  const std::string missing_errors = Body(missing)["errors"].dump();
  EXPECT_NE(missing_errors.find("events"), std::string::npos);
  EXPECT_NE(missing_errors.find("notes"), std::string::npos);
  EXPECT_EQ(CountAction("register-import"), 0);
  const auto list = Get("/api/v1/register/imports", admin);
  EXPECT_TRUE(Body(list)["items"].empty());

  // Only administrators import.
  EXPECT_EQ(
      UploadExtract(SignIn("gp.north"), {{"patients", kPatients}, {"events", kEvents}}).status,
      403);
}

TEST_P(CaseFindingApiTest, OversizedUploadsGet413) {
  config_.http.max_upload_bytes = 2048;
  const auto r =
      UploadExtract(SignIn("admin"), {{"patients", std::string(3000, 'x')}, {"events", ""}});
  EXPECT_EQ(r.status, 413);
}

TEST_P(CaseFindingApiTest, WorklistsFollowTheRelationship) {
  ImportSample();
  const auto gp = SignIn("gp.north");
  const auto own = Get("/api/v1/worklist", gp, {{"cohort", "ltc3"}});
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(Names(own), std::vector<std::string>{"9990000018"});  // not Winston (South)
  const json doris = Body(own)["items"][0];
  EXPECT_EQ(doris["givenName"], "Doris");
  EXPECT_EQ(doris["ltcCount"], 3);
  EXPECT_EQ(doris["practice"]["odsCode"], "G0001");
  EXPECT_EQ(Body(own)["asOf"], "2024-01-01");

  const auto other =
      Get("/api/v1/worklist", gp, {{"practiceId", std::to_string(ids_.practice_south)}});
  EXPECT_EQ(other.status, 403) << other.body;
  // North's only practice is the GP's own, so asking for North is asking for it; South is not.
  const auto network =
      Get("/api/v1/worklist", gp, {{"areaId", std::to_string(ids_.network_north)}});
  EXPECT_EQ(network.status, 200);
  EXPECT_EQ(Get("/api/v1/worklist", gp, {{"areaId", std::to_string(ids_.network_south)}}).status,
            403);

  const auto coordinator = SignIn("coordinator.north");
  const auto north = Get("/api/v1/worklist", coordinator,
                         {{"areaId", std::to_string(ids_.network_north)}, {"cohort", "ltc3"}});
  ASSERT_EQ(north.status, 200) << north.body;
  EXPECT_EQ(Names(north), std::vector<std::string>{"9990000018"});
  EXPECT_EQ(
      Get("/api/v1/worklist", coordinator, {{"areaId", std::to_string(ids_.network_south)}}).status,
      403);

  const auto gp_practices = Get("/api/v1/worklist/practices", gp);
  ASSERT_EQ(gp_practices.status, 200);
  EXPECT_EQ(Body(gp_practices)["items"].size(), 1U);
  EXPECT_EQ(Body(gp_practices)["items"][0]["odsCode"], "G0001");
  EXPECT_EQ(Body(Get("/api/v1/worklist/practices", coordinator))["items"].size(), 1U);

  EXPECT_EQ(Get("/api/v1/worklist", SignIn("analyst")).status, 403);
  // Every refusal is audited: the three scopes outside reach above, and a role without worklists.
  EXPECT_EQ(CountAction("refuse"), 4);
  EXPECT_EQ(Get("/api/v1/worklist", SignIn("social.worker")).status, 403);
  EXPECT_GE(CountAction("worklist"), 2);
}

TEST_P(CaseFindingApiTest, FiltersAreCheckedAndExportIsCsv) {
  ImportSample();
  const auto gp = SignIn("gp.south");
  const auto bad = Get("/api/v1/worklist", gp,
                       {{"minAge", "old"}, {"frailty", "very"}, {"sort", "name"}, {"limit", "0"}});
  ASSERT_EQ(bad.status, 400);
  const std::string errors = Body(bad)["errors"].dump();
  for (const char* field : {"minAge", "frailty", "sort", "limit"}) {
    EXPECT_NE(errors.find(field), std::string::npos) << field;
  }
  EXPECT_EQ(Get("/api/v1/worklist", gp, {{"cohort", "nope"}}).status, 400);
  EXPECT_EQ(Names(Get("/api/v1/worklist", gp, {{"condition", "ATR"}})),
            std::vector<std::string>{"9990000026"});
  EXPECT_TRUE(Names(Get("/api/v1/worklist", gp, {{"condition", "COP"}})).empty());

  const auto csv = Get("/api/v1/worklist/export", gp, {{"cohort", "ltc3"}});
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body.rfind("person_id,nhs_number,given_name", 0), 0U);
  EXPECT_NE(csv.body.find("9990000026"), std::string::npos);
  EXPECT_NE(csv.body.find("ATR;DIB;HYP"), std::string::npos);
  EXPECT_EQ(CountAction("worklist-export"), 1);
}

TEST_P(CaseFindingApiTest, WhyShowsEvidenceOnlyWithARelationship) {
  ImportSample();
  const auto gp = SignIn("gp.north");
  const std::string path = "/api/v1/people/" + std::to_string(ids_.person_north) + "/findings";
  const auto why = Get(path, gp);
  ASSERT_EQ(why.status, 200) << why.body;
  bool hypertension = false;
  const json found = Body(why);
  for (const auto& f : found["findings"]) {
    if (f["id"] == "HYP") {
      hypertension = true;
      EXPECT_EQ(f["evidence"][0]["code"], "38341003");
      EXPECT_EQ(f["evidence"][0]["date"], "2015-01-01");
    }
  }
  EXPECT_TRUE(hypertension);
  EXPECT_EQ(found["conditionSet"], "cms37");
  EXPECT_EQ(CountAudit(ids_.person_north, "read-findings", "allowed"), 1);

  const auto refused = Get(path, SignIn("gp.south"));
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(Body(refused)["breakGlassAvailable"], true);
  EXPECT_EQ(CountAudit(ids_.person_north, "read-findings", "denied"), 1);
  EXPECT_EQ(Get(path, gp, {{"asOf", "2024-02-30"}}).status, 400);
}

TEST_P(CaseFindingApiTest, WhyOutsideTheRegisterIsNotFoundAndStillAudited) {
  const auto gp = SignIn("gp.north");
  const auto absent = Get("/api/v1/people/" + std::to_string(ids_.person_north) + "/findings", gp);
  ASSERT_EQ(absent.status, 404) << absent.body;
  EXPECT_EQ(Body(absent)["type"], "/problems/not-in-register");
  EXPECT_EQ(Body(absent)["title"], "Not in the register");
  EXPECT_EQ(Body(absent)["detail"], "this person has no GP or hospital data in the register yet");
  EXPECT_EQ(CountAudit(ids_.person_north, "read-findings", "allowed"), 1);
  const auto missing = Get("/api/v1/people/999999/findings", gp);
  ASSERT_EQ(missing.status, 404);
  EXPECT_EQ(Body(missing)["type"], "/problems/not-found");
  EXPECT_EQ(Body(missing)["detail"], "no such person");
  const auto refused = Get("/api/v1/people/" + std::to_string(ids_.person_south) + "/findings", gp);
  ASSERT_EQ(refused.status, 403);
  EXPECT_EQ(Body(refused)["type"], "/problems/no-legitimate-relationship");
  EXPECT_EQ(CountAudit(ids_.person_south, "read-findings", "denied"), 1);
  EXPECT_EQ(CountAudit(ids_.person_south, "refuse", "denied"), 0);
}

TEST_P(CaseFindingApiTest, RecordedEventPutsThePersonOnTheWorklistAtOnce) {
  ImportSample();
  const auto gp = SignIn("gp.north");
  EXPECT_EQ(Names(Get("/api/v1/worklist", gp, {{"cohort", "ltc3"}})).size(), 1U);
  // Ann (two conditions) gets a third.
  std::int64_t ann = 0;
  store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    tx.Query("SELECT id FROM people WHERE family_name = 'Other'", {},
             [&](const sql::Row& row) { ann = row.Int("id"); });
  });
  ASSERT_GT(ann, 0);
  const std::string path = "/api/v1/people/" + std::to_string(ann) + "/events";
  const auto bad = Post(path, {{"code", "12"}, {"date", "2030-01-01"}, {"value", "x"}}, gp);
  ASSERT_EQ(bad.status, 400) << bad.body;
  const std::string errors = Body(bad)["errors"].dump();
  EXPECT_NE(errors.find("value"), std::string::npos);
  const auto bad_values = Post(path, {{"code", "12"}, {"date", "2030-01-01"}}, gp);
  ASSERT_EQ(bad_values.status, 400);
  EXPECT_NE(Body(bad_values)["errors"].dump().find("code"), std::string::npos);
  EXPECT_NE(Body(bad_values)["errors"].dump().find("date"), std::string::npos);

  const auto r = Post(path, {{"code", "13645005"}, {"date", "2023-12-01"}}, gp);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Body(r)["ltcCount"], 3);
  const auto after = Get("/api/v1/worklist", gp, {{"cohort", "ltc3"}});
  EXPECT_EQ(Body(after)["total"], 2);

  // Someone without a relationship cannot record for her.
  EXPECT_EQ(Post(path, {{"code", "13645005"}, {"date", "2023-12-01"}}, SignIn("gp.south")).status,
            403);
  // The recorded event survives a re-import of the same extract.
  UploadExtract(SignIn("admin"), {{"patients", kPatients}, {"events", kEvents}});
  findings_->Load();
  EXPECT_EQ(Body(Get("/api/v1/worklist", gp, {{"cohort", "ltc3"}}))["total"], 2);
}

TEST_P(CaseFindingApiTest, CountsForAnalystsWithoutIdentities) {
  ImportSample();
  const auto analyst = SignIn("analyst");
  const auto r = Get("/api/v1/casefinding/counts", analyst);
  ASSERT_EQ(r.status, 200) << r.body;
  const json b = Body(r);
  EXPECT_EQ(b["total"]["people"], 3);
  EXPECT_EQ(b["total"]["inCohort"]["ltc3"], 2);
  EXPECT_EQ(b.dump().find("9990000018"), std::string::npos);
  const auto north =
      Get("/api/v1/casefinding/counts", analyst, {{"areaId", std::to_string(ids_.network_north)}});
  EXPECT_EQ(Body(north)["total"]["inCohort"]["ltc3"], 1);
  EXPECT_EQ(Get("/api/v1/casefinding/counts", SignIn("gp.north")).status, 403);

  const auto defs = Get("/api/v1/casefinding/definitions", analyst);
  ASSERT_EQ(defs.status, 200);
  EXPECT_EQ(Body(defs)["cohorts"][0]["id"], "ltc3");
  EXPECT_EQ(Body(defs)["status"]["people"], 3);
}

INSTANTIATE_TEST_SUITE_P(Engines, CaseFindingApiTest,
                         ::testing::Values(test::Backend::kSqlite, test::Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace lcn::integration
