// SPDX-License-Identifier: Apache-2.0
//
// Case finding over the register: worklists (JSON and CSV), counts by practice, the definitions
// behind them, and one person's findings with their evidence ("why"). Worklists are scoped to
// the practices within the caller's reach and every view is audited; a person's findings are a
// read of their record (findings::PersonFindingsService: legitimate relationship, audited).
#include "findings/api/casefinding_handlers.hpp"

#include "api/handlers/worklist_scope.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "api/query_params.hpp"
#include "auth/permission.hpp"
#include "auth/person_access.hpp"
#include "care/enrolment/enrolment_repository.hpp"
#include "extract/day.hpp"
#include "findings/person_findings_service.hpp"
#include "findings/worklist.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;
using sql::TransactionMode;

constexpr std::size_t kMaxPage = 500;

findings::WorklistQuery ReadQuery(const Request& req, bool paged) {
  IssueCollector issues;
  findings::WorklistQuery q;
  q.cohort = req.Query("cohort");
  q.condition = req.Query("condition");
  q.min_age = IntQuery(req, "minAge", 0, 130, issues);
  q.max_age = IntQuery(req, "maxAge", 0, 130, issues);
  q.min_admissions = IntQuery(req, "minAdmissions", 0, 1000, issues);
  if (const auto frailty = req.Query("frailty")) {
    q.frailty = findings::FrailtyCategories().Parse(*frailty);
    if (!q.frailty) {
      issues.Add("frailty", "must be one of " + findings::FrailtyCategories().Joined());
    }
  }
  if (const auto sort = req.Query("sort")) {
    const auto parsed = findings::WorklistSorts().Parse(*sort);
    if (!parsed) {
      issues.Add("sort", "must be one of " + findings::WorklistSorts().Joined());
    }
    q.sort = parsed.value_or(findings::WorklistSort::kConditions);
  }
  if (const auto order = req.Query("order")) {
    if (*order != "asc" && *order != "desc") {
      issues.Add("order", "must be asc or desc");
    }
    q.descending = *order != "asc";
  }
  if (paged) {
    q.offset =
        static_cast<std::size_t>(IntQuery(req, "offset", 0, 100'000'000, issues).value_or(0));
    q.limit = static_cast<std::size_t>(
        IntQuery(req, "limit", 1, static_cast<int>(kMaxPage), issues).value_or(50));
  } else {
    q.limit = 0;
  }
  issues.ThrowIfAny("the worklist filters are not valid");
  return q;
}

std::string Describe(const findings::WorklistQuery& q, const WorklistScope& scope,
                     std::int64_t total) {
  std::string d = scope.description;
  d += q.cohort ? "; cohort " + *q.cohort : "; any cohort";
  if (q.condition) {
    d += "; condition " + *q.condition;
  }
  if (q.min_age || q.max_age) {
    d += "; age " + std::to_string(q.min_age.value_or(0)) + "-" +
         std::to_string(q.max_age.value_or(130));
  }
  if (q.frailty) {
    d += "; frailty " + std::string(casefinding::FrailtyCategoryName(*q.frailty)) + "+";
  }
  if (q.min_admissions) {
    d += "; admissions " + std::to_string(*q.min_admissions) + "+";
  }
  return d + "; " + std::to_string(total) + " people";
}

void Audit(sql::Transaction& tx, const Call& call, const std::string& action,
           const std::string& detail) {
  auth::AuditPersonAccess(tx, call.Who(), call.services.clock.Now(),
                          {action, std::nullopt, "allowed", "case finding", std::nullopt, detail});
}

// The page with the people's names and NHS numbers, in page order.
struct NamedPage {
  findings::WorklistPage page;
  std::vector<std::optional<domain::Person>> people;
  std::vector<std::optional<store::Enrolment>> enrolments;  // identified or invited people
  WorklistScope scope;
};

NamedPage RunWorklist(const Request& req, const Call& call, bool paged, const std::string& action) {
  const findings::WorklistQuery base = ReadQuery(req, paged);
  return store::RunInTransaction(call.services.db, TransactionMode::kReadWrite, [&](auto& tx) {
    NamedPage out;
    out.scope = ResolveScope(tx, req, call, /*within_reach=*/true);
    findings::WorklistQuery q = base;
    q.practices = out.scope.practices;
    if (!q.practices.empty()) {
      out.page = call.services.findings.Worklist(q);
    }
    std::vector<PersonId> ids;
    for (const auto& e : out.page.entries) {
      ids.push_back(e.person);
    }
    for (auto& p : store::PersonRepository(tx).FindMany(ids)) {
      out.people.push_back(std::move(p));
    }
    out.enrolments = store::EnrolmentRepository(tx).FindMany(ids);
    Audit(tx, call, action, Describe(q, out.scope, out.page.total));
    return out;
  });
}

// The eFI category's name, or null under 65 (not assessed).
json FrailtyJson(casefinding::FrailtyCategory c) {
  return c == casefinding::FrailtyCategory::kNotAssessed
             ? json(nullptr)
             : json(casefinding::FrailtyCategoryName(c));
}

json EnrolmentSummary(const std::optional<store::Enrolment>& e) {
  if (!e) {
    return nullptr;
  }
  return {{"state", domain::EnrolmentStateName(e->state)},
          {"leadUserId", e->lead ? json(e->lead->Value()) : json(nullptr)},
          {"version", e->version}};
}

json EntryJson(const findings::WorklistEntry& e, const std::optional<domain::Person>& p,
               const WorklistScope& scope) {
  json j = {{"personId", e.person.Value()},
            {"practice", {{"odsCode", e.practice}}},
            {"age", e.age},
            {"sex", domain::SexName(e.sex)},
            {"careHome", e.care_home},
            {"ltcCount", e.ltc_count},
            {"conditions", e.conditions},
            {"frailty", FrailtyJson(e.frailty)},
            {"emergencyAdmissions12m", e.emergency_admissions},
            {"cohorts", e.cohorts}};
  j["efiScore"] = e.efi_deficits < 0 ? json(nullptr) : json(e.efi_deficits / 36.0);
  j["efiDeficits"] = e.efi_deficits < 0 ? json(nullptr) : json(e.efi_deficits);
  if (const auto it = scope.ids.find(e.practice); it != scope.ids.end()) {
    j["practice"]["id"] = it->second;
    j["practice"]["name"] = scope.names.at(e.practice);
  }
  if (p) {
    j["nhsNumber"] = p->nhs_number ? json(*p->nhs_number) : json(nullptr);
    j["givenName"] = p->given_name;
    j["familyName"] = p->family_name;
    j["birthDate"] = p->birth_date;
  }
  return j;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) {
    return s;
  }
  std::string out = "\"";
  for (const char c : s) {
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return out + "\"";
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    out += (out.empty() ? "" : ";") + i;
  }
  return out;
}

}  // namespace

Response GetWorklist(const Request& req, const Call& call) {
  const NamedPage named = RunWorklist(req, call, /*paged=*/true, "worklist");
  json items = json::array();
  for (std::size_t i = 0; i < named.page.entries.size(); ++i) {
    items.push_back(EntryJson(named.page.entries[i], named.people[i], named.scope));
    items.back()["enrolment"] = EnrolmentSummary(named.enrolments[i]);
  }
  return Json(200, {{"total", named.page.total},
                    {"items", items},
                    {"asOf", named.page.as_of == 0 ? json(nullptr)
                                                   : json(extract::FormatDay(named.page.as_of))},
                    {"definitionsVersion", named.page.definitions_version},
                    {"practices", named.scope.practices.size()}});
}

Response ExportWorklist(const Request& req, const Call& call) {
  const NamedPage named = RunWorklist(req, call, /*paged=*/false, "worklist-export");
  std::string csv =
      "person_id,nhs_number,given_name,family_name,birth_date,age,sex,practice,ltc_count,"
      "conditions,efi_score,efi_category,emergency_admissions_12m,care_home,cohorts\n";
  char score[16];
  for (std::size_t i = 0; i < named.page.entries.size(); ++i) {
    const auto& e = named.page.entries[i];
    const auto& p = named.people[i];
    std::string efi;
    if (e.efi_deficits >= 0) {
      std::snprintf(score, sizeof score, "%.3f", e.efi_deficits / 36.0);
      efi = score;
    }
    csv += std::to_string(e.person.Value()) + ',' +
           CsvField(p && p->nhs_number ? *p->nhs_number : "") + ',' +
           CsvField(p ? p->given_name : "") + ',' + CsvField(p ? p->family_name : "") + ',' +
           (p ? p->birth_date : "") + ',' + std::to_string(e.age) + ',' +
           std::string(domain::SexName(e.sex)) + ',' + CsvField(e.practice) + ',' +
           std::to_string(e.ltc_count) + ',' + Joined(e.conditions) + ',' + efi + ',' +
           std::string(casefinding::FrailtyCategoryName(e.frailty)) + ',' +
           std::to_string(e.emergency_admissions) + ',' + (e.care_home ? "yes" : "no") + ',' +
           Joined(e.cohorts) + '\n';
  }
  Response r;
  r.content_type = "text/csv; charset=utf-8";
  r.body = std::move(csv);
  r.headers.emplace("Content-Disposition", "attachment; filename=\"worklist.csv\"");
  return r;
}

Response ListWorklistPractices(const Request& req, const Call& call) {
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    const WorklistScope scope = ResolveScope(tx, req, call, /*within_reach=*/true);
    json items = json::array();
    for (const auto& ods : scope.practices) {
      items.push_back({{"id", scope.ids.at(ods)}, {"odsCode", ods}, {"name", scope.names.at(ods)}});
    }
    return Json(200, {{"items", items}});
  });
}

Response GetCounts(const Request& req, const Call& call) {
  const WorklistScope scope = store::RunInTransaction(
      call.services.db, TransactionMode::kReadOnly,
      [&](auto& tx) { return ResolveScope(tx, req, call, /*within_reach=*/false); });
  const findings::CountsReport report = call.services.findings.Counts(scope.practices);
  json cohorts = json::array();
  for (const auto& c : report.cohorts) {
    cohorts.push_back({{"id", c.id}, {"name", c.name}});
  }
  json practices = json::array();
  std::vector<std::int64_t> total_in(report.cohorts.size()), total_review(report.cohorts.size());
  std::int64_t people = 0;
  for (const auto& p : report.practices) {
    json in = json::object();
    json review = json::object();
    for (std::size_t c = 0; c < report.cohorts.size(); ++c) {
      in[report.cohorts[c].id] = p.in_cohort[c];
      review[report.cohorts[c].id] = p.to_review[c];
      total_in[c] += p.in_cohort[c];
      total_review[c] += p.to_review[c];
    }
    people += p.people;
    practices.push_back(
        {{"odsCode", p.practice},
         {"id", scope.ids.contains(p.practice) ? json(scope.ids.at(p.practice)) : json(nullptr)},
         {"name",
          scope.names.contains(p.practice) ? json(scope.names.at(p.practice)) : json(nullptr)},
         {"people", p.people},
         {"inCohort", in},
         {"toReview", review},
         {"frailty",
          {{"fit", p.frailty[1]},
           {"mild", p.frailty[2]},
           {"moderate", p.frailty[3]},
           {"severe", p.frailty[4]}}}});
  }
  json totals_in = json::object();
  json totals_review = json::object();
  for (std::size_t c = 0; c < report.cohorts.size(); ++c) {
    totals_in[report.cohorts[c].id] = total_in[c];
    totals_review[report.cohorts[c].id] = total_review[c];
  }
  return Json(
      200, {{"scope", scope.description},
            {"asOf", extract::FormatDay(report.as_of)},
            {"definitionsVersion", report.definitions_version},
            {"cohorts", cohorts},
            {"total", {{"people", people}, {"inCohort", totals_in}, {"toReview", totals_review}}},
            {"practices", practices}});
}

Response GetCaseFindingDefinitions(const Request&, const Call& call) {
  const auto& f = call.services.findings;
  json conditions = json::array();
  for (const auto& c : f.Conditions()) {
    conditions.push_back({{"id", c.id}, {"name", c.name}});
  }
  json cohorts = json::array();
  for (const auto& c : f.Cohorts()) {
    cohorts.push_back({{"id", c.id}, {"name", c.name}});
  }
  const findings::FindingsStatus s = f.Status();
  return Json(200, {{"conditions", conditions},
                    {"cohorts", cohorts},
                    {"frailtyCategories", findings::FrailtyCategories().Names()},
                    {"status",
                     {{"loaded", s.loaded},
                      {"people", s.people},
                      {"events", s.events},
                      {"asOf", s.loaded ? json(extract::FormatDay(s.as_of)) : json(nullptr)},
                      {"definitionsVersion", s.definitions_version},
                      {"loadSeconds", s.load_seconds},
                      {"refreshedPeople", s.refreshed_people}}}});
}

Response GetPersonFindings(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  std::optional<std::int32_t> as_of;
  if (const auto text = req.Query("asOf")) {
    as_of = extract::ParseDay(*text);
    if (!as_of) {
      throw Error(ErrorCode::kBadRequest, "asOf must be a date",
                  {{"asOf", "must be a real date written YYYY-MM-DD"}});
    }
  }
  const auto found =
      findings::PersonFindingsService(call.services.db, call.services.clock, call.services.findings)
          .Explain(call.Who(), id, as_of);
  json findings_json = json::array();
  for (const auto& f : found.explanation.findings) {
    json evidence = json::array();
    for (const auto& e : f.evidence) {
      json item = {
          {"source", e.source == casefinding::Evidence::Source::kEvent        ? "event"
                     : e.source == casefinding::Evidence::Source::kMedication ? "medication"
                     : e.source == casefinding::Evidence::Source::kEncounter  ? "encounter"
                                                                              : "demographic"}};
      if (e.code != 0) {
        item["code"] = std::to_string(e.code);
      }
      if (e.day != casefinding::kNoDay) {
        item["date"] = extract::FormatDay(e.day);
      }
      if (e.has_value) {
        item["value"] = e.value;
      }
      if (e.count > 0) {
        item["count"] = e.count;
      }
      if (!e.note.empty()) {
        item["note"] = e.note;
      }
      evidence.push_back(item);
    }
    findings_json.push_back(
        {{"kind", f.kind}, {"set", f.set}, {"id", f.id}, {"name", f.name}, {"evidence", evidence}});
  }
  const auto& s = found.summary;
  return Json(200,
              {{"personId", id.Value()},
               {"asOf", extract::FormatDay(found.as_of)},
               {"conditionSet", call.services.findings.ConditionSet()},
               {"ltcCount", s.ltc_count},
               {"conditions", s.conditions},
               {"efiScore", s.efi_deficits < 0 ? json(nullptr) : json(s.efi_deficits / 36.0)},
               {"frailty", FrailtyJson(s.frailty)},
               {"emergencyAdmissions12m", s.emergency_admissions},
               {"cohorts", s.cohorts},
               {"excluded", found.excluded},
               {"excludedBecause", found.excluded ? json(found.excluded_because) : json(nullptr)},
               {"findings", findings_json}});
}

}  // namespace lcn::api::handlers
