// SPDX-License-Identifier: Apache-2.0
//
// Test helpers for the definitions loader: a temporary folder removed on destruction, a small
// valid definition set to write into it (tests then break one file at a time), and a helper that
// loads a folder and returns the issues it was refused with.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace lcn::casefinding::testing {

class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  // Writes `content` to `relative_path`, creating folders as needed.
  void Write(const std::string& relative_path, const std::string& content) const;

  void Remove(const std::string& relative_path) const;

  std::string Path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// A minimal valid set: lists anxiety (snomed), anxiolytics (dmd) and egfr (snomed); condition
// sets cms37 (ANX, CKD) and cms20 (ANX); 36 eFI deficits; cohorts ltc3 and care_home.
void WriteValidSet(const TempFolder& folder);

// The manifest of the valid set.
std::string ValidManifest();

// The eFI file with `count` deficits, each {"code": "anxiety"}.
std::string FrailtyJson(int count);

// Loads `folder`; returns the issues of the kBadRequest error it throws (fails the test if it
// loads or throws anything else).
std::vector<FieldIssue> LoadIssues(const std::string& folder);

// "field: message" for each issue, one per line, for failure messages and substring matching.
std::string Render(const std::vector<FieldIssue>& issues);

}  // namespace lcn::casefinding::testing
