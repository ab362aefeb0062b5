// SPDX-License-Identifier: Apache-2.0
//
// The register: administrators upload an extract (multipart files patients, events and
// optionally medications and encounters) and list past imports; clinicians record one coded
// event for a person in their care. Changed people are re-evaluated at once.
#include <filesystem>
#include <fstream>

#include "api/json_body.hpp"
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "auth/person_access.hpp"
#include "core/time_format.hpp"
#include "crypto/crypto.hpp"
#include "extract/day.hpp"
#include "extract/read_extract.hpp"
#include "extract/read_report.hpp"
#include "findings/api/casefinding_handlers.hpp"
#include "registry/local_events.hpp"
#include "registry/register_import.hpp"
#include "store/register_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// Above this many changed people an upload reloads everyone instead of refreshing each.
constexpr std::size_t kRefreshLimit = 20'000;

// A private folder for one upload, removed with everything in it when it goes out of scope.
class UploadFolder {
 public:
  UploadFolder() : path_(fs::temp_directory_path() / ("lcn-upload-" + crypto::RandomHex(12))) {
    fs::create_directory(path_);
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::replace);
  }

  UploadFolder(const UploadFolder&) = delete;
  UploadFolder& operator=(const UploadFolder&) = delete;

  ~UploadFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }

  void Write(const std::string& name, const std::string& content) const {
    std::ofstream out(path_ / name, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out.flush()) {
      throw Error(ErrorCode::kUnavailable, "the upload could not be stored for reading");
    }
  }

  std::string Path() const { return path_.string(); }

 private:
  fs::path path_;
};

json ImportJson(const store::ImportRecord& r) {
  return {{"id", r.id},
          {"source", r.source},
          {"importedBy", r.imported_by ? json(r.imported_by->Value()) : json(nullptr)},
          {"startedAt", FormatInstant(r.started_at)},
          {"finishedAt", FormatInstant(r.finished_at)},
          {"patientsNew", r.patients_new},
          {"patientsUpdated", r.patients_updated},
          {"patientsUnchanged", r.patients_unchanged},
          {"patientsLeft", r.patients_left},
          {"events", r.events},
          {"medications", r.medications},
          {"encounters", r.encounters},
          {"unknownCodeRows", r.unknown_codes}};
}

}  // namespace

Response UploadExtract(const Request& req, const Call& call) {
  static const std::vector<std::pair<std::string, bool>> kFiles = {
      {"patients", true}, {"events", true}, {"medications", false}, {"encounters", false}};
  IssueCollector issues;
  for (const auto& [name, content] : req.form_files) {
    bool known = false;
    for (const auto& [file, required] : kFiles) {
      known = known || name == file;
    }
    if (!known) {
      issues.Add(name, "is not a file of an extract (patients, events, medications, encounters)");
    }
  }
  for (const auto& [file, required] : kFiles) {
    if (required && !req.form_files.contains(file)) {
      issues.Add(file, "is required (multipart/form-data file field '" + file + "')");
    }
  }
  issues.ThrowIfAny("the upload is not an extract");
  const auto partial = req.Query("partial");
  if (partial && *partial != "true" && *partial != "false") {
    throw Error(ErrorCode::kBadRequest, "partial must be true or false",
                {{"partial", "must be true or false"}});
  }

  UploadFolder folder;
  for (const auto& [name, content] : req.form_files) {
    folder.Write(name + ".csv", content);
  }
  extract::ReadOptions read;
  read.today_day = extract::DayOf(call.services.clock.Now());
  const extract::Extract x = extract::ReadExtract(folder.Path(), read);

  registry::ImportOptions options;
  options.source = "upload by " + call.Who().username;
  options.imported_by = call.Who().user_id;
  options.username = call.Who().username;
  options.partial = partial == "true";
  options.known_codes = &call.services.findings.KnownCodes();
  const registry::ImportSummary summary =
      registry::ImportExtract(call.services.db, call.services.clock, x, options);
  if (summary.changed.size() > kRefreshLimit) {
    call.services.findings.Load();
  } else {
    call.services.findings.Refresh(summary.changed, summary.record.id);
  }
  json body = ImportJson(summary.record);
  json sample = json::array();
  for (const auto code : summary.unknown_code_sample) {
    sample.push_back(std::to_string(code));
  }
  body["unknownCodeSample"] = sample;
  return Json(201, body);
}

Response ListImports(const Request&, const Call& call) {
  return store::RunInTransaction(call.services.db, sql::TransactionMode::kReadOnly, [&](auto& tx) {
    json items = json::array();
    for (const auto& r : store::RegisterRepository(tx).RecentImports(50)) {
      items.push_back(ImportJson(r));
    }
    return Json(200, {{"items", items}});
  });
}

Response RecordPersonEvent(const Request& req, const Call& call) {
  const PersonId id(PathId(req.path_params.at("id")));
  JsonBody body(req.body);
  registry::NewEvent event;
  event.code = body.String("code", true).value_or("");
  event.date = body.String("date", true).value_or("");
  event.value = body.Number("value", false);
  body.ThrowIfInvalid();
  const Micros now = call.services.clock.Now();
  const bool allowed =
      store::RunInTransaction(call.services.db, sql::TransactionMode::kReadWrite, [&](auto& tx) {
        if (!auth::DecidePersonAccess(tx, call.Who(), id, "record-event", now)) {
          return false;
        }
        registry::RecordEvent(tx, id, event, call.Who().user_id, now);
        return true;
      });
  if (!allowed) {
    return Problem(403, "no-legitimate-relationship", "No care relationship",
                   "this person is not registered with your organisation or within a network "
                   "you work across",
                   {{"personId", id.Value()}});
  }
  call.services.findings.Refresh({id});
  const auto found = call.services.findings.Explain(id);
  json result = {{"personId", id.Value()}, {"code", event.code}, {"date", event.date}};
  if (found) {
    result["ltcCount"] = found->summary.ltc_count;
    result["conditions"] = found->summary.conditions;
    result["cohorts"] = found->summary.cohorts;
    result["frailty"] = found->summary.frailty == casefinding::FrailtyCategory::kNotAssessed
                            ? json(nullptr)
                            : json(casefinding::FrailtyCategoryName(found->summary.frailty));
  }
  return Json(201, result);
}

}  // namespace lcn::api::handlers
