// SPDX-License-Identifier: Apache-2.0
#include "care/enrolment/enrolment_repository.hpp"

#include <unordered_map>

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kColumns =
    "SELECT person_id, state, reason, agreement, lead_user_id, changed_by, changed_at, version "
    "FROM enrolments ";

domain::EnrolmentState StateOf(const std::string& text) {
  const auto state = domain::ParseEnrolmentState(text);
  if (!state) {
    throw Error(ErrorCode::kInternal, "a stored enrolment state is unknown: " + text);
  }
  return *state;
}

std::optional<domain::AgreementMethod> AgreementOf(const std::optional<std::string>& text) {
  return text ? domain::ParseAgreementMethod(*text) : std::nullopt;
}

sql::Value AgreementValue(const std::optional<domain::AgreementMethod>& a) {
  return a ? sql::Value(std::string(domain::AgreementMethodName(*a)))
           : sql::Value(std::monostate{});
}

Enrolment ToEnrolment(const sql::Row& r) {
  Enrolment e;
  e.person = PersonId(r.Int("person_id"));
  e.state = StateOf(r.Text("state"));
  e.reason = r.OptText("reason");
  e.agreement = AgreementOf(r.OptText("agreement"));
  e.lead = OptId<UserId>(r, "lead_user_id");
  e.changed_by = OptId<UserId>(r, "changed_by");
  e.changed_at = r.Int("changed_at");
  e.version = r.Int("version");
  return e;
}

}  // namespace

std::optional<Enrolment> EnrolmentRepository::Find(PersonId person) {
  return QueryOne(tx_, std::string(kColumns) + "WHERE person_id = ${id}", {{"id", person.Value()}},
                  ToEnrolment);
}

std::vector<std::optional<Enrolment>> EnrolmentRepository::FindMany(
    const std::vector<PersonId>& people) {
  std::vector<std::optional<Enrolment>> out(people.size());
  if (people.empty()) {
    return out;
  }
  sql::Params params;
  const std::string list = InList(people, params);
  std::unordered_map<std::int64_t, Enrolment> found;
  tx_.Query(std::string(kColumns) + "WHERE person_id IN (" + list + ")", params,
            [&](const sql::Row& r) {
              Enrolment e = ToEnrolment(r);
              found.emplace(e.person.Value(), std::move(e));
            });
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (const auto it = found.find(people[i].Value()); it != found.end()) {
      out[i] = it->second;
    }
  }
  return out;
}

std::int64_t EnrolmentRepository::Save(const Enrolment& next,
                                       const std::optional<Enrolment>& previous, Micros now) {
  const sql::Params params = {
      {"id", next.person.Value()},
      {"state", std::string(domain::EnrolmentStateName(next.state))},
      {"reason", sql::Nullable(next.reason)},
      {"agreement", AgreementValue(next.agreement)},
      {"lead", NullableId(next.lead)},
      {"by", NullableId(next.changed_by)},
      {"now", now},
      {"version", previous ? previous->version : std::int64_t{0}},
      {"from", previous ? sql::Value(std::string(domain::EnrolmentStateName(previous->state)))
                        : sql::Value(std::monostate{})}};
  std::int64_t version = 1;
  if (previous) {
    const std::int64_t changed = tx_.Execute(
        "UPDATE enrolments SET state = ${state}, reason = ${reason}, agreement = ${agreement}, "
        "lead_user_id = ${lead}, changed_by = ${by}, changed_at = ${now}, version = version + 1 "
        "WHERE person_id = ${id} AND version = ${version}",
        params);
    if (changed == 0) {
      ThrowStaleOrMissing(Find(next.person).has_value(), "enrolment");
    }
    version = previous->version + 1;
  } else {
    tx_.Execute(
        "INSERT INTO enrolments (person_id, state, reason, agreement, lead_user_id, changed_by, "
        "changed_at) VALUES (${id}, ${state}, ${reason}, ${agreement}, ${lead}, ${by}, ${now})",
        params);
  }
  tx_.Execute(
      "INSERT INTO enrolment_events (person_id, from_state, to_state, reason, agreement, "
      "lead_user_id, changed_by, changed_at) VALUES (${id}, ${from}, ${state}, ${reason}, "
      "${agreement}, ${lead}, ${by}, ${now})",
      params);
  return version;
}

std::vector<EnrolmentEvent> EnrolmentRepository::History(PersonId person) {
  return QueryAll(tx_,
                  "SELECT e.id, e.person_id, e.from_state, e.to_state, e.reason, e.agreement, "
                  "e.lead_user_id, e.changed_by, u.display_name AS changed_by_name, e.changed_at "
                  "FROM enrolment_events e LEFT JOIN users u ON u.id = e.changed_by "
                  "WHERE e.person_id = ${id} ORDER BY e.id",
                  {{"id", person.Value()}}, [](const sql::Row& r) {
                    EnrolmentEvent e;
                    e.id = r.Int("id");
                    e.person = PersonId(r.Int("person_id"));
                    if (const auto from = r.OptText("from_state")) {
                      e.from = StateOf(*from);
                    }
                    e.to = StateOf(r.Text("to_state"));
                    e.reason = r.OptText("reason");
                    e.agreement = AgreementOf(r.OptText("agreement"));
                    e.lead = OptId<UserId>(r, "lead_user_id");
                    e.changed_by = OptId<UserId>(r, "changed_by");
                    e.changed_by_name = r.OptText("changed_by_name");
                    e.changed_at = r.Int("changed_at");
                    return e;
                  });
}

std::vector<Enrolment> EnrolmentRepository::ByLead(UserId lead) {
  return QueryAll(tx_, std::string(kColumns) + "WHERE lead_user_id = ${lead} ORDER BY person_id",
                  {{"lead", lead.Value()}}, ToEnrolment);
}

std::vector<PersonId> EnrolmentRepository::PeopleIn(
    const std::vector<domain::EnrolmentState>& states) {
  std::vector<PersonId> out;
  for (const auto state : states) {
    tx_.Query("SELECT person_id FROM enrolments WHERE state = ${state} ORDER BY person_id",
              {{"state", std::string(domain::EnrolmentStateName(state))}},
              [&](const sql::Row& r) { out.emplace_back(r.Int("person_id")); });
  }
  return out;
}

}  // namespace lcn::store
