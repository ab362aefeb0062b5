// SPDX-License-Identifier: Apache-2.0
#include "care/reviews/review_repository.hpp"

#include <algorithm>

#include "store/row_mapping.hpp"

namespace lcn::store {

const std::string& ReviewDue::DueDate() const {
  LCN_CHECK(plan_review_date || mdt_review_date);
  if (plan_review_date && (!mdt_review_date || *plan_review_date <= *mdt_review_date)) {
    return *plan_review_date;
  }
  return *mdt_review_date;
}

std::vector<ReviewDue> ReviewRepository::Due(const ReviewQuery& q) {
  LCN_CHECK(!q.alive_on.empty());
  sql::Params params = {{"by", q.due_by}, {"alive_on", q.alive_on}};
  std::string scope;
  if (q.lead) {
    scope = "e.lead_user_id = ${lead}";
    params.emplace_back("lead", q.lead->Value());
  } else if (!q.practices.empty()) {
    // Registered there: someone the practice's latest extract no longer lists has left it.
    scope = "p.practice_id IN (" + InList("practice", q.practices, params) +
            ") AND (rp.left_date IS NULL OR rp.left_date > ${alive_on})";
  } else {
    return {};
  }
  // Candidates come from the two due dates (both indexed); the latest MDT outcome and the
  // plan's date are then read for each, and the outcome may have moved the date on.
  const std::string sql =
      "SELECT p.id AS person_id, p.given_name, p.family_name, p.nhs_number, p.birth_date, "
      "p.practice_id, o.name AS practice_name, e.lead_user_id, lu.display_name AS lead_name, "
      "rp.left_date, "
      "(SELECT MIN(cp.review_date) FROM care_plans cp WHERE cp.person_id = p.id) AS plan_review, "
      "(SELECT c.id FROM mdt_cases c JOIN mdt_meetings m ON m.id = c.meeting_id "
      "  WHERE c.person_id = p.id AND c.outcome_at IS NOT NULL AND m.state <> 'cancelled' "
      "  ORDER BY m.starts_at DESC, c.id DESC LIMIT 1) AS mdt_case, "
      "(SELECT m.id FROM mdt_cases c JOIN mdt_meetings m ON m.id = c.meeting_id "
      "  WHERE c.person_id = p.id AND m.state = 'scheduled' "
      "  ORDER BY m.starts_at, m.id LIMIT 1) AS next_meeting "
      "FROM people p LEFT JOIN enrolments e ON e.person_id = p.id "
      "LEFT JOIN organisations o ON o.id = p.practice_id "
      "LEFT JOIN users lu ON lu.id = e.lead_user_id "
      "LEFT JOIN register_patients rp ON rp.person_id = p.id "
      // Nobody is due a review after their death (people not in the register have no row).
      "WHERE (rp.death_date IS NULL OR rp.death_date > ${alive_on}) "
      "AND (e.state IS NULL OR e.state <> 'closed') AND " +
      scope +
      " AND p.id IN (SELECT cp.person_id FROM care_plans cp WHERE cp.review_date <= ${by} "
      "UNION SELECT c.person_id FROM mdt_cases c WHERE c.next_review_date <= ${by})";
  std::vector<ReviewDue> rows = QueryAll(tx_, sql, params, [](const sql::Row& r) {
    ReviewDue d;
    d.person = {PersonId(r.Int("person_id")), r.Text("given_name"),
                r.Text("family_name"),        r.OptText("nhs_number"),
                r.Text("birth_date"),         OptId<OrganisationId>(r, "practice_id")};
    d.practice_name = r.OptText("practice_name");
    d.lead = OptId<UserId>(r, "lead_user_id");
    d.lead_name = r.OptText("lead_name");
    d.left_practice = r.OptText("left_date");
    d.plan_review_date = r.OptText("plan_review");
    d.mdt_case = OptId<MdtCaseId>(r, "mdt_case");
    d.next_meeting = OptId<MeetingId>(r, "next_meeting");
    return d;
  });
  std::vector<ReviewDue> out;
  for (auto& d : rows) {
    if (d.mdt_case) {
      tx_.Query("SELECT next_review_date FROM mdt_cases WHERE id = ${id}",
                {{"id", d.mdt_case->Value()}},
                [&](const sql::Row& r) { d.mdt_review_date = r.OptText("next_review_date"); });
    }
    if (d.next_meeting) {
      tx_.Query("SELECT starts_at FROM mdt_meetings WHERE id = ${id}",
                {{"id", d.next_meeting->Value()}},
                [&](const sql::Row& r) { d.next_meeting_starts_at = r.Int("starts_at"); });
    }
    const bool plan_due = d.plan_review_date && *d.plan_review_date <= q.due_by;
    const bool mdt_due = d.mdt_review_date && *d.mdt_review_date <= q.due_by;
    if (plan_due || mdt_due) {
      out.push_back(std::move(d));
    }
  }
  std::sort(out.begin(), out.end(), [](const ReviewDue& a, const ReviewDue& b) {
    return std::pair(a.DueDate(), a.person.id) < std::pair(b.DueDate(), b.person.id);
  });
  return out;
}

}  // namespace lcn::store
