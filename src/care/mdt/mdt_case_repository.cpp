// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_case_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kSelect =
    "SELECT c.id, c.meeting_id, c.person_id, c.source, c.reason, c.position, c.added_by, "
    "c.added_at, c.summary, c.decision, c.next_review_date, c.outcome_by, c.outcome_at, "
    "c.version, p.given_name, p.family_name, p.nhs_number, p.birth_date, p.practice_id, "
    "au.display_name AS added_by_name, ou.display_name AS outcome_by_name, m.title, "
    "m.starts_at, m.state "
    "FROM mdt_cases c JOIN people p ON p.id = c.person_id "
    "JOIN mdt_meetings m ON m.id = c.meeting_id "
    "JOIN users au ON au.id = c.added_by LEFT JOIN users ou ON ou.id = c.outcome_by ";

template <typename T>
T Required(const std::optional<T>& v, const char* what) {
  if (!v) {
    throw Error(ErrorCode::kInternal, std::string("a stored MDT case has an unknown ") + what);
  }
  return *v;
}

PersonRef ToPerson(const sql::Row& r) {
  return {PersonId(r.Int("person_id")), r.Text("given_name"),
          r.Text("family_name"),        r.OptText("nhs_number"),
          r.Text("birth_date"),         OptId<OrganisationId>(r, "practice_id")};
}

MdtCase ToCase(const sql::Row& r) {
  MdtCase c;
  c.id = MdtCaseId(r.Int("id"));
  c.meeting = MeetingId(r.Int("meeting_id"));
  c.person = ToPerson(r);
  c.source = Required(domain::ParseMdtCaseSource(r.Text("source")), "source");
  c.reason = r.Text("reason");
  c.position = r.Int("position");
  c.added_by = UserId(r.Int("added_by"));
  c.added_at = r.Int("added_at");
  c.summary = r.OptText("summary");
  if (const auto d = r.OptText("decision")) {
    c.decision = Required(domain::ParseMdtDecision(*d), "decision");
  }
  c.next_review_date = r.OptText("next_review_date");
  c.outcome_by = OptId<UserId>(r, "outcome_by");
  c.outcome_at = r.OptInt("outcome_at");
  c.version = r.Int("version");
  c.added_by_name = r.Text("added_by_name");
  c.outcome_by_name = r.OptText("outcome_by_name");
  c.meeting_title = r.Text("title");
  c.meeting_starts_at = r.Int("starts_at");
  c.meeting_state = Required(domain::ParseMeetingState(r.Text("state")), "meeting state");
  return c;
}

}  // namespace

std::string InList(const std::string& prefix, const std::vector<std::int64_t>& values,
                   sql::Params& params) {
  LCN_CHECK(!values.empty());
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string name = prefix + std::to_string(i);
    out += (i == 0 ? "${" : ", ${") + name + "}";
    params.emplace_back(name, values[i]);
  }
  return out;
}

MdtCaseId MdtCaseRepository::Add(const MdtCase& c, Micros now) {
  bool present = false;
  tx_.Query("SELECT 1 AS ok FROM mdt_cases WHERE meeting_id = ${meeting} AND person_id = ${person}",
            {{"meeting", c.meeting.Value()}, {"person", c.person.id.Value()}},
            [&](const sql::Row&) { present = true; });
  if (present) {
    throw Error(ErrorCode::kConflict, "this person is already on the meeting's case list");
  }
  MdtCaseId id;
  tx_.Query(
      "INSERT INTO mdt_cases (meeting_id, person_id, source, reason, position, added_by, "
      "added_at) VALUES (${meeting}, ${person}, ${source}, ${reason}, (SELECT COALESCE(MAX("
      "position), 0) + 1 FROM mdt_cases WHERE meeting_id = ${meeting}), ${by}, ${now}) "
      "RETURNING id",
      {{"meeting", c.meeting.Value()},
       {"person", c.person.id.Value()},
       {"source", std::string(domain::MdtCaseSourceName(c.source))},
       {"reason", c.reason},
       {"by", c.added_by.Value()},
       {"now", now}},
      [&](const sql::Row& r) { id = MdtCaseId(r.Int("id")); });
  return id;
}

std::optional<MdtCase> MdtCaseRepository::Find(MdtCaseId id) {
  return QueryOne(tx_, std::string(kSelect) + "WHERE c.id = ${id}", {{"id", id.Value()}}, ToCase);
}

std::vector<MdtCase> MdtCaseRepository::ForMeeting(MeetingId meeting) {
  return QueryAll(
      tx_, std::string(kSelect) + "WHERE c.meeting_id = ${meeting} ORDER BY c.position, c.id",
      {{"meeting", meeting.Value()}}, ToCase);
}

bool MdtCaseRepository::Remove(MeetingId meeting, MdtCaseId id) {
  tx_.Execute("DELETE FROM mdt_case_tasks WHERE case_id = ${id}", {{"id", id.Value()}});
  return tx_.Execute("DELETE FROM mdt_cases WHERE id = ${id} AND meeting_id = ${meeting}",
                     {{"id", id.Value()}, {"meeting", meeting.Value()}}) > 0;
}

std::int64_t MdtCaseRepository::SaveOutcome(const MdtCase& c, UserId by, Micros now) {
  const std::int64_t changed = tx_.Execute(
      "UPDATE mdt_cases SET summary = ${summary}, decision = ${decision}, next_review_date = "
      "${next}, outcome_by = ${by}, outcome_at = ${now}, version = version + 1 "
      "WHERE id = ${id} AND version = ${version}",
      {{"summary", sql::Nullable(c.summary)},
       {"decision", c.decision ? sql::Value(std::string(domain::MdtDecisionName(*c.decision)))
                               : sql::Value(std::monostate{})},
       {"next", sql::Nullable(c.next_review_date)},
       {"by", by.Value()},
       {"now", now},
       {"id", c.id.Value()},
       {"version", c.version}});
  if (changed == 0) {
    ThrowStaleOrMissing(Find(c.id).has_value(), "case");
  }
  return c.version + 1;
}

void MdtCaseRepository::LinkTask(MdtCaseId case_id, std::int64_t task) {
  tx_.Execute("INSERT INTO mdt_case_tasks (case_id, task_id) VALUES (${c}, ${t})",
              {{"c", case_id.Value()}, {"t", task}});
}

std::vector<std::int64_t> MdtCaseRepository::Tasks(MdtCaseId case_id) {
  return QueryAll(tx_, "SELECT task_id FROM mdt_case_tasks WHERE case_id = ${c} ORDER BY task_id",
                  {{"c", case_id.Value()}}, [](const sql::Row& r) { return r.Int("task_id"); });
}

std::vector<MdtCase> MdtCaseRepository::ForPerson(PersonId person) {
  return QueryAll(tx_,
                  std::string(kSelect) +
                      "WHERE c.person_id = ${p} AND m.state <> 'cancelled' "
                      "ORDER BY m.starts_at DESC, c.id DESC",
                  {{"p", person.Value()}}, ToCase);
}

std::vector<OpenReferral> MdtCaseRepository::OpenReferrals(
    const std::vector<std::int64_t>& practices, const std::string& alive_on) {
  if (practices.empty()) {
    return {};
  }
  LCN_CHECK(!alive_on.empty());
  sql::Params params = {{"alive_on", alive_on}};
  const std::string in = InList("practice", practices, params);
  return QueryAll(
      tx_,
      "SELECT t.id, t.person_id, t.service, t.title, t.state, p.given_name, p.family_name, "
      "p.nhs_number, p.birth_date, p.practice_id FROM tasks t JOIN people p ON p.id = "
      "t.person_id LEFT JOIN register_patients rp ON rp.person_id = p.id "
      "WHERE t.kind = 'referral' AND t.state IN ('requested', 'accepted', "
      "'in_progress') AND p.practice_id IN (" +
          in +
          ") AND (rp.death_date IS NULL OR rp.death_date > ${alive_on}) "
          "AND (rp.left_date IS NULL OR rp.left_date > ${alive_on}) ORDER BY t.created_at, t.id",
      params, [](const sql::Row& r) {
        return OpenReferral{r.Int("id"), ToPerson(r), r.OptText("service"), r.Text("title"),
                            r.Text("state")};
      });
}

}  // namespace lcn::store
