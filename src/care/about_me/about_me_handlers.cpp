// SPDX-License-Identifier: Apache-2.0
#include "care/about_me/about_me_handlers.hpp"

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "care/about_me/about_me.hpp"
#include "care/about_me/about_me_service.hpp"
#include "core/time_format.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxWrittenWith = 200;
constexpr std::size_t kMaxNote = 2000;

json RecordedByJson(const store::AboutMeVersion& v) {
  json by = {{"id", v.recorded_by.Value()}};
  if (v.recorded_by_name) {
    by["displayName"] = *v.recorded_by_name;
  }
  if (v.recorded_by_role) {
    by["role"] = *v.recorded_by_role;
  }
  if (v.recorded_by_organisation) {
    by["organisation"] = *v.recorded_by_organisation;
  }
  return by;
}

// The attribution of one version: who wrote it, with whom, who recorded it, when, and why.
json AttributionJson(const store::AboutMeVersion& v) {
  return {{"version", v.version},
          {"writtenBy", domain::AboutMeAuthorName(v.written_by)},
          {"writtenWith", OrNull(v.written_with)},
          {"note", OrNull(v.note)},
          {"recordedBy", RecordedByJson(v)},
          {"recordedAt", FormatInstant(v.recorded_at)}};
}

// One version with its content, or the empty document (version 0) when there is none yet.
// `latest` is the current version number.
json DocumentJson(PersonId person, const std::optional<store::AboutMeVersion>& v,
                  std::int64_t latest) {
  if (!v) {
    return {{"personId", person.Value()},
            {"version", 0},
            {"latestVersion", 0},
            {"writtenBy", nullptr},
            {"writtenWith", nullptr},
            {"note", nullptr},
            {"recordedBy", nullptr},
            {"recordedAt", nullptr},
            {"content", domain::AboutMeContentJson(domain::AboutMeContent{})}};
  }
  json out = AttributionJson(*v);
  out["personId"] = person.Value();
  out["latestVersion"] = latest;
  json content = json::parse(v->content, nullptr, /*allow_exceptions=*/false);
  LCN_CHECK(content.is_object());  // written by this API from domain::AboutMeContentJson
  out["content"] = std::move(content);
  return out;
}

// The body of PUT .../about-me, checked. Throws Error(kBadRequest) with every problem.
store::AboutMeVersion ReadPut(const Request& req, PersonId person) {
  JsonBody body(req.body);
  const auto content = body.Object("content", true);
  const auto written_with = body.String("writtenWith", false);
  const auto note = body.String("note", false);
  const auto version = body.Integer("version", true);
  store::AboutMeVersion v;
  if (content) {
    IssueCollector issues;
    if (const auto read = domain::ReadAboutMeContent(*content, "content", issues)) {
      v.content = domain::AboutMeContentJson(*read).dump();
    }
    for (const FieldIssue& issue : issues.Issues()) {
      body.Invalid(issue.field, issue.message);
    }
  }
  // After the content, so that problems are listed in the order of the form.
  if (const auto written_by = body.Choice("writtenBy", true, domain::AboutMeAuthors())) {
    v.written_by = *written_by;
  }
  if (written_with && written_with->size() > kMaxWrittenWith) {
    body.Invalid("writtenWith",
                 "must be at most " + std::to_string(kMaxWrittenWith) + " characters");
  }
  if (note && note->size() > kMaxNote) {
    body.Invalid("note", "must be at most " + std::to_string(kMaxNote) + " characters");
  }
  if (version && *version < 0) {
    body.Invalid("version", "must be the version you edited: 0 when nothing was written yet");
  }
  body.ThrowIfInvalid();
  v.person = person;
  v.version = *version;  // the edited version until the caller adds one
  v.written_with = written_with && !written_with->empty() ? written_with : std::nullopt;
  v.note = note && !note->empty() ? note : std::nullopt;
  return v;
}

care::AboutMeService Service(const Call& call) {
  return care::AboutMeService(call.services.db, call.services.clock);
}

}  // namespace

Response GetAboutMeVocabulary(const Request& /*req*/, const Call& /*call*/) {
  json needs = json::array();
  for (const domain::InformationNeed& need : domain::InformationNeeds()) {
    needs.push_back({{"code", need.code},
                     {"kind", domain::InformationNeedKindName(need.kind)},
                     {"label", need.label}});
  }
  json may_view = json::array();
  for (const std::string_view code : domain::MayViews().Names()) {
    may_view.push_back(
        {{"code", code}, {"label", domain::MayViewLabel(*domain::MayViews().Parse(code))}});
  }
  return Json(200, {{"writtenBy", domain::AboutMeAuthors().Names()},
                    {"mayView", may_view},
                    {"communicationNeeds", needs}});
}

Response GetAboutMe(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const auto read = Service(call).Current(call.Who(), person);
  return Json(200, DocumentJson(person, read.version, read.latest));
}

Response PutAboutMe(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const auto saved = Service(call).Save(call.Who(), person, ReadPut(req, person));
  return Json(200, DocumentJson(person, saved.version, saved.latest));
}

Response ListAboutMeVersions(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  json versions = json::array();
  for (const store::AboutMeVersion& v : Service(call).Versions(call.Who(), person)) {
    versions.push_back(AttributionJson(v));
  }
  return Json(200, {{"personId", person.Value()}, {"versions", versions}});
}

Response GetAboutMeVersion(const Request& req, const Call& call) {
  const PersonId person(PathId(req.path_params.at("id")));
  const std::int64_t version = PathId(req.path_params.at("version"));
  const auto read = Service(call).Version(call.Who(), person, version);
  return Json(200, DocumentJson(person, read.version, read.latest));
}

}  // namespace lcn::api::handlers
