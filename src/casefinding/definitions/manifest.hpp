// SPDX-License-Identifier: Apache-2.0
//
// The manifest of a definition set (manifest.json): its version, the code lists with their
// provenance (source, version, licence) and files, and the files holding the condition sets, the
// eFI deficits and the cohorts. Parsing checks names, kinds, duplicate names and that every file
// path stays inside the definitions folder; it does not read the files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "casefinding/rule.hpp"
#include "core/json_input.hpp"

namespace lcn::casefinding {

struct ManifestCodeList {
  CodeList list;             // without codes
  std::string file;          // e.g. "codelists/cms_anxiety.csv"
  bool verified = true;      // every code taken from the named source
  bool placeholder = false;  // a known gap: the list may be empty until its codes are supplied
  std::string path;          // its place in the manifest, e.g. "codeLists[3]"
};

struct ManifestFile {
  std::string name;  // condition set name; empty for the frailty and cohort files
  std::string file;
  std::string path;  // e.g. "conditionSets.cms37"
};

struct Manifest {
  std::string version;
  std::vector<ManifestCodeList> code_lists;
  std::vector<ManifestFile> condition_sets;
  ManifestFile frailty;
  ManifestFile cohorts;
  std::optional<std::string> emergency_admission_type;
};

// Parses the manifest. Adds one issue per problem to `sink` and returns std::nullopt when the
// manifest is unusable; returns a Manifest (possibly with some entries dropped) otherwise, so the
// files it names can still be checked. Any issue added means the load fails.
[[nodiscard]] std::optional<Manifest> ParseManifest(const nlohmann::json& root,
                                                    const IssueSink& sink);

// True when `name` is a valid code-list or condition-set name: [a-z][a-z0-9_]*, at most 64.
[[nodiscard]] bool IsValidName(const std::string& name);

// True when `file` is a relative path with '/' separators that stays inside the folder.
[[nodiscard]] bool IsSafeRelativePath(const std::string& file);

}  // namespace lcn::casefinding
