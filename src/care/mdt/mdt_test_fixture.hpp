// SPDX-License-Identifier: Apache-2.0
//
// MdtApiTest: ApiTest with the steps the MDT and review tests share: user ids, a person at a
// practice, a meeting scheduled (and held) for an area, a case added, a care plan review date
// set directly in the store (care_plans, as the care plan API keeps it), an extract imported
// into the register (how a death or a move away reaches LCN), and the audit rows of one action.
#pragma once

#include <string>

#include "integration/api_fixture.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::integration {

class MdtApiTest : public ApiTest {
 protected:
  std::int64_t UserIdOf(const std::string& username) {
    std::int64_t id = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query("SELECT id FROM users WHERE username = ${u}", {{"u", username}},
               [&](const sql::Row& r) { id = r.Int("id"); });
    });
    return id;
  }

  // Registers a person at `practice` (as gp.north, whose practice is North) and returns the id.
  std::int64_t AddPerson(const std::string& given, const std::string& family,
                         std::int64_t practice) {
    const auto r = Post("/api/v1/people",
                        {{"givenName", given},
                         {"familyName", family},
                         {"birthDate", "1940-05-06"},
                         {"sex", "female"},
                         {"practiceId", practice}},
                        SignIn(practice == ids_.practice_north ? "gp.north" : "gp.south"));
    EXPECT_EQ(r.status, 201) << r.body;
    return Body(r)["id"].get<std::int64_t>();
  }

  static std::string MeetingPath(std::int64_t id) {
    return "/api/v1/mdt/meetings/" + std::to_string(id);
  }

  // Schedules a meeting for `area` as `s`; returns its id.
  std::int64_t Schedule(const Session& s, std::int64_t area,
                        const std::string& starts = "2024-01-10T13:00:00Z") {
    const auto r = Post("/api/v1/mdt/meetings",
                        {{"areaId", area},
                         {"title", "North MDT"},
                         {"startsAt", starts},
                         {"durationMinutes", 60},
                         {"location", "North Practice, meeting room 2"}},
                        s);
    EXPECT_EQ(r.status, 201) << r.body;
    return Body(r)["id"].get<std::int64_t>();
  }

  std::int64_t AddAttendee(const Session& s, std::int64_t meeting, const std::string& username) {
    const auto r = Post(MeetingPath(meeting) + "/attendees", {{"userId", UserIdOf(username)}}, s);
    EXPECT_EQ(r.status, 201) << r.body;
    const nlohmann::json list = Body(r);
    for (const auto& a : list["items"]) {
      if (a["userId"] == UserIdOf(username)) {
        return a["id"].get<std::int64_t>();
      }
    }
    return 0;
  }

  std::int64_t AddCase(const Session& s, std::int64_t meeting, std::int64_t person,
                       const std::string& source = "added_by_hand") {
    const auto r =
        Post(MeetingPath(meeting) + "/cases",
             {{"personId", person}, {"reason", "Falls twice this winter"}, {"source", source}}, s);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Body(r)["id"].get<std::int64_t>() : 0;
  }

  // Moves the meeting to `state`, sending its current version.
  api::Response MoveTo(const Session& s, std::int64_t meeting, const std::string& state,
                       const std::string& reason = "") {
    const std::int64_t version = Body(Get(MeetingPath(meeting), s))["version"];
    nlohmann::json body = {{"state", state}, {"version", version}};
    if (!reason.empty()) {
      body["reason"] = reason;
    }
    return Post(MeetingPath(meeting) + "/state", body, s);
  }

  // Sets the person's care plan review date the way the care plan store keeps it.
  void SetPlanReview(std::int64_t person, const std::string& review_date) {
    store::RunInTransaction(*db_, sql::TransactionMode::kReadWrite, [&](auto& tx) {
      tx.Execute(
          "INSERT INTO care_plans (person_id, current_version, review_date, status, updated_at, "
          "updated_by) VALUES (${p}, 1, ${d}, 'agreed', ${now}, ${u})",
          {{"p", person}, {"d", review_date}, {"now", clock_.Now()}, {"u", UserIdOf("gp.north")}});
    });
  }

  // Uploads a GP extract (patients.csv and events.csv) as the administrator, as
  // POST /api/v1/register/imports does; a patient with a death_date is recorded as having died,
  // and people of the extract's practices whom it no longer lists as having left.
  void ImportExtract(const std::string& patients, const std::string& events) {
    const auto r = UploadExtract(SignIn("admin"), {{"patients", patients}, {"events", events}});
    ASSERT_EQ(r.status, 201) << r.body;
  }

  int CountActionRows(const std::string& action, const std::string& outcome,
                      const std::string& purpose = "") {
    int n = 0;
    store::RunInTransaction(*db_, sql::TransactionMode::kReadOnly, [&](auto& tx) {
      tx.Query(
          "SELECT COUNT(*) AS n FROM audit_events WHERE action = ${a} AND outcome = ${o} AND "
          "(${p} = '' OR purpose = ${p})",
          {{"a", action}, {"o", outcome}, {"p", purpose}},
          [&](const sql::Row& r) { n = static_cast<int>(r.Int("n")); });
    });
    return n;
  }
};

}  // namespace lcn::integration
