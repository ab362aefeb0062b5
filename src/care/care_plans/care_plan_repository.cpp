// SPDX-License-Identifier: Apache-2.0
#include "care/care_plans/care_plan_repository.hpp"

#include "store/row_mapping.hpp"

namespace lcn::store {
namespace {

constexpr const char* kSelect =
    "SELECT v.person_id, v.version, v.status, v.agreed_with, v.agreed_how, v.agreed_on, "
    "v.review_date, v.change_note, v.recorded_by, u.display_name AS recorded_by_name, "
    "v.recorded_at";

constexpr const char* kFrom =
    " FROM care_plan_versions v LEFT JOIN users u ON u.id = v.recorded_by ";

CarePlanVersion ToVersion(const sql::Row& r) {
  CarePlanVersion v;
  v.person = PersonId(r.Int("person_id"));
  v.version = r.Int("version");
  v.status = domain::ParseCarePlanStatus(r.Text("status")).value_or(domain::CarePlanStatus::kDraft);
  const auto with = r.OptText("agreed_with");
  v.agreement.with =
      with ? domain::ParseAgreedWith(*with).value_or(domain::AgreedWith::kNotYetAgreed)
           : domain::AgreedWith::kNotYetAgreed;
  const auto how = r.OptText("agreed_how");
  v.agreement.how = how ? domain::ParseAgreedHow(*how) : std::nullopt;
  v.agreement.agreed_on = r.OptText("agreed_on");
  v.review_date = r.OptText("review_date");
  v.change_note = r.OptText("change_note");
  v.recorded_by = UserId(r.Int("recorded_by"));
  v.recorded_by_name = r.OptText("recorded_by_name").value_or("");
  v.recorded_at = r.Int("recorded_at");
  return v;
}

CarePlanVersion ToVersionWithContent(const sql::Row& r) {
  CarePlanVersion v = ToVersion(r);
  IssueCollector issues;
  const auto parsed = nlohmann::json::parse(r.Text("content"), nullptr, false);
  v.content = domain::ReadCarePlanContent(parsed, "content", std::nullopt, issues);
  if (parsed.is_discarded() || !issues.Empty()) {
    throw Error(ErrorCode::kInternal, "a stored care plan version does not read back: version " +
                                          std::to_string(v.version));
  }
  return v;
}

sql::Value Text(std::string_view s) {
  return std::string(s);
}

}  // namespace

std::optional<CarePlanVersion> CarePlanRepository::FindCurrent(PersonId person) {
  return QueryOne(tx_,
                  std::string(kSelect) + ", v.content" + kFrom +
                      "JOIN care_plans p ON p.person_id = v.person_id AND p.current_version = "
                      "v.version WHERE v.person_id = ${person}",
                  {{"person", person.Value()}}, ToVersionWithContent);
}

std::optional<CarePlanVersion> CarePlanRepository::FindVersion(PersonId person,
                                                               std::int64_t version) {
  return QueryOne(tx_,
                  std::string(kSelect) + ", v.content" + kFrom +
                      "WHERE v.person_id = ${person} AND v.version = ${version}",
                  {{"person", person.Value()}, {"version", version}}, ToVersionWithContent);
}

std::vector<CarePlanVersion> CarePlanRepository::Versions(PersonId person) {
  return QueryAll(
      tx_, std::string(kSelect) + kFrom + "WHERE v.person_id = ${person} ORDER BY v.version DESC",
      {{"person", person.Value()}}, ToVersion);
}

std::optional<std::int64_t> CarePlanRepository::Save(PersonId person,
                                                     const domain::CarePlanContent& content,
                                                     const std::optional<std::string>& change_note,
                                                     std::int64_t expected, UserId by, Micros now) {
  const std::int64_t next = expected + 1;
  const auto status = domain::StatusOf(content);
  const sql::Params head = {{"person", person.Value()},
                            {"next", next},
                            {"expected", expected},
                            {"review", sql::Nullable(content.review_date)},
                            {"status", Text(domain::CarePlanStatusName(status))},
                            {"now", now},
                            {"by", by.Value()}};
  // The guard against a concurrent save: both statements change nothing unless the current
  // version is still `expected` (PostgreSQL re-checks the WHERE after waiting for the other).
  const std::int64_t changed =
      expected == 0
          ? tx_.Execute(
                "INSERT INTO care_plans (person_id, current_version, review_date, status, "
                "updated_at, updated_by) VALUES (${person}, ${next}, ${review}, ${status}, "
                "${now}, ${by}) ON CONFLICT (person_id) DO NOTHING",
                head)
          : tx_.Execute(
                "UPDATE care_plans SET current_version = ${next}, review_date = ${review}, "
                "status = ${status}, updated_at = ${now}, updated_by = ${by} "
                "WHERE person_id = ${person} AND current_version = ${expected}",
                head);
  if (changed == 0) {
    return std::nullopt;
  }
  const bool agreed = status == domain::CarePlanStatus::kAgreed;
  tx_.Execute(
      "INSERT INTO care_plan_versions (person_id, version, content, status, agreed_with, "
      "agreed_how, agreed_on, review_date, recorded_by, recorded_at, change_note) VALUES "
      "(${person}, ${next}, ${content}, ${status}, ${with}, ${how}, ${on}, ${review}, ${by}, "
      "${now}, ${note})",
      {{"person", person.Value()},
       {"next", next},
       {"content", domain::CarePlanContentJson(content).dump()},
       {"status", Text(domain::CarePlanStatusName(status))},
       {"with", agreed ? Text(domain::AgreedWithName(content.agreement.with))
                       : sql::Value(std::monostate{})},
       {"how", content.agreement.how ? Text(domain::AgreedHowName(*content.agreement.how))
                                     : sql::Value(std::monostate{})},
       {"on", sql::Nullable(content.agreement.agreed_on)},
       {"review", sql::Nullable(content.review_date)},
       {"by", by.Value()},
       {"now", now},
       {"note", sql::Nullable(change_note)}});
  return next;
}

}  // namespace lcn::store
