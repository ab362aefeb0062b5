// SPDX-License-Identifier: Apache-2.0
//
// The public entry points of the case-finding definitions: load a versioned DefinitionSet (code
// lists, condition sets, eFI deficits, cohorts) from a folder laid out as data/casefinding, take
// the default set compiled into the binary, or parse one rule from JSON. Loading is strict: every
// problem found is reported as a FieldIssue naming the file and the location in it, and nothing
// is returned unless the whole set is valid. See docs/casefinding-definitions.md for the format.
// Thread-safe: the functions keep no state.
#pragma once

#include <string>
#include <string_view>

#include "casefinding/rule.hpp"

namespace lcn::casefinding {

// Loads and validates a definition set from `folder` (manifest.json, the code-list CSV files and
// the JSON definition files it names). Returns the complete set on success.
// Throws lcn::Error(kBadRequest) carrying one FieldIssue per problem found (all files are read and
// checked before throwing); each FieldIssue.field starts with the file's path relative to
// `folder`, e.g. "conditions/cms37.json: conditions[3].rule.anyOf[1].atLeast" or
// "codelists/cms_anxiety.csv:14:1".
[[nodiscard]] DefinitionSet LoadDefinitions(const std::string& folder);

// Returns the default set (data/casefinding) compiled into the binary. Parses the embedded files
// on each call, so callers keep the result. Throws like LoadDefinitions only if the embedded data
// is invalid, which the unit tests rule out.
[[nodiscard]] DefinitionSet DefaultDefinitions();

// Parses one rule from JSON text. Checks the rule's shape, types and ranges but not the names it
// refers to (code lists, condition sets, conditions). `origin` prefixes every FieldIssue.field,
// e.g. "request body: anyOf[1].atLeast". Throws lcn::Error(kBadRequest) with all issues found.
[[nodiscard]] RulePtr ParseRule(std::string_view json_text, const std::string& origin);

// As ParseRule, and also checks that every name the rule refers to exists in `definitions` with
// the right kind (an event list for code, value and events; a medication list for medications).
[[nodiscard]] RulePtr ParseRule(std::string_view json_text, const std::string& origin,
                                const DefinitionSet& definitions);

}  // namespace lcn::casefinding
