// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/test_folder.hpp"

#include <atomic>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "casefinding/definitions/definitions.hpp"

namespace lcn::casefinding::testing {
namespace {

std::atomic<int> folder_counter{0};

constexpr const char* kManifest = R"({
  "version": "test-1",
  "codeLists": [
    {"name": "anxiety", "title": "Anxiety", "file": "codelists/anxiety.csv", "kind": "snomed",
     "source": "test", "version": "1", "licence": "test"},
    {"name": "anxiolytics", "title": "Anxiolytics", "file": "codelists/anxiolytics.csv",
     "kind": "dmd", "source": "test", "version": "1", "licence": "test", "verified": false},
    {"name": "egfr", "title": "eGFR", "file": "codelists/egfr.csv", "kind": "snomed",
     "source": "test", "version": "1", "licence": "test"}
  ],
  "conditionSets": {"cms37": "conditions/cms37.json", "cms20": "conditions/cms20.json"},
  "frailty": "frailty/efi.json",
  "cohorts": "cohorts.json"
})";

constexpr const char* kCms37 = R"({
  "conditions": [
    {"id": "ANX", "name": "Anxiety", "rule": {"anyOf": [
      {"code": "anxiety", "withinDays": 365},
      {"medications": "anxiolytics", "withinDays": 365, "atLeast": 4}]}},
    {"id": "CKD", "name": "Chronic kidney disease", "rule":
      {"value": "egfr", "aggregate": "maxOfLatestTwo", "below": 60}}
  ]
})";

constexpr const char* kCms20 = R"({
  "conditions": [{"id": "ANX", "name": "Anxiety", "weight": 0.5, "rule": {"code": "anxiety"}}]
})";

constexpr const char* kCohorts = R"({
  "cohorts": [
    {"id": "ltc3", "name": "Three or more", "rule": {"allOf": [
      {"ageAtLeast": 18}, {"conditionCount": "cms37", "atLeast": 3}]}},
    {"id": "care_home", "name": "Care-home residents", "rule": {"careHome": true}}
  ]
})";

}  // namespace

TempFolder::TempFolder() {
  path_ = std::filesystem::temp_directory_path() /
          ("lcn_definitions_test_" + std::to_string(::getpid()) + "_" +
           std::to_string(folder_counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempFolder::~TempFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

void TempFolder::Write(const std::string& relative_path, const std::string& content) const {
  const std::filesystem::path file = path_ / relative_path;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << content;
}

void TempFolder::Remove(const std::string& relative_path) const {
  std::filesystem::remove(path_ / relative_path);
}

std::string ValidManifest() {
  return kManifest;
}

std::string FrailtyJson(int count) {
  std::string json = R"({"deficits": [)";
  for (int i = 0; i < count; ++i) {
    json += (i == 0 ? "" : ",");
    json += R"({"id": "efi_)" + std::to_string(i) + R"(", "name": "Deficit )" + std::to_string(i) +
            R"(", "rule": {"code": "anxiety"}})";
  }
  return json + "]}";
}

void WriteValidSet(const TempFolder& folder) {
  folder.Write("manifest.json", kManifest);
  folder.Write("codelists/anxiety.csv", "code,term\n197480006,Anxiety disorder\n");
  folder.Write("codelists/anxiolytics.csv",
               "code,term,source\n42295711000001101,Lithium carbonate 250mg tablets,test\n");
  folder.Write("codelists/egfr.csv", "code,term\n1011481000000105,eGFR using creatinine\n");
  folder.Write("conditions/cms37.json", kCms37);
  folder.Write("conditions/cms20.json", kCms20);
  folder.Write("frailty/efi.json", FrailtyJson(36));
  folder.Write("cohorts.json", kCohorts);
}

std::vector<FieldIssue> LoadIssues(const std::string& folder) {
  try {
    (void)LoadDefinitions(folder);
  } catch (const Error& e) {
    EXPECT_EQ(e.Code(), ErrorCode::kBadRequest);
    return e.Issues();
  }
  ADD_FAILURE() << "expected " << folder << " to be refused";
  return {};
}

std::string Render(const std::vector<FieldIssue>& issues) {
  std::string text;
  for (const FieldIssue& issue : issues) {
    text += issue.field + ": " + issue.message + "\n";
  }
  return text;
}

}  // namespace lcn::casefinding::testing
