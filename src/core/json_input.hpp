// SPDX-License-Identifier: Apache-2.0
//
// Small helpers for strict readers of JSON data files (the case-finding definitions, the
// questionnaires): parse JSON text strictly (syntax errors with line and column, duplicate keys
// refused), build element paths such as "conditions[3].rule.anyOf[1]", report issues as
// "<file>: <path>", refuse unknown keys with a "did you mean" hint, and read typed fields with
// precise messages. Stateless; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"

namespace lcn {

// Where issues go, and the name of the file (or origin) they are about.
struct IssueSink {
  std::string origin;  // e.g. "conditions/cms37.json"
  IssueCollector* issues = nullptr;

  // Adds an issue whose field is "<origin>: <path>" ("<origin>" when `path` is empty).
  void Add(const std::string& path, std::string message) const;
};

// "a" + "b" -> "a.b"; "" + "b" -> "b".
[[nodiscard]] std::string JoinPath(const std::string& path, std::string_view key);

// "a" + 3 -> "a[3]".
[[nodiscard]] std::string IndexPath(const std::string& path, std::size_t index);

// Parses `text`. On a syntax error or a duplicate key adds an issue and returns std::nullopt.
[[nodiscard]] std::optional<nlohmann::json> ParseJsonText(std::string_view text,
                                                          const IssueSink& sink);

// Returns the candidate closest to `word` by edit distance when it is close enough to be a likely
// typo (distance at most 2, and less than half the word), otherwise an empty string.
[[nodiscard]] std::string ClosestMatch(std::string_view word,
                                       const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" when ClosestMatch finds one, otherwise "".
[[nodiscard]] std::string DidYouMean(std::string_view word,
                                     const std::vector<std::string>& candidates);

// Adds "unknown key 'k'" (with a hint) for each key of `object` not in `allowed`.
void RefuseUnknownKeys(const nlohmann::json& object, const std::string& path,
                       const std::vector<std::string>& allowed, const IssueSink& sink);

// Reads object[key] as a non-empty string. Adds an issue and returns std::nullopt when it is
// missing (only if `required`) or not a non-empty string.
[[nodiscard]] std::optional<std::string> ReadString(const nlohmann::json& object,
                                                    const std::string& path, std::string_view key,
                                                    bool required, const IssueSink& sink);

// Reads object[key] as one of `choices`; the issue reads "<key> must be one of a, b, c".
[[nodiscard]] std::optional<std::string> ReadChoice(const nlohmann::json& object,
                                                    const std::string& path, std::string_view key,
                                                    std::initializer_list<std::string_view> choices,
                                                    const IssueSink& sink);

// Checks that `value` is a whole number in [minimum, 2^31-1]; the issue reads
// "must be a whole number ≥ <minimum>".
[[nodiscard]] std::optional<std::int32_t> ReadWholeNumber(const nlohmann::json& value,
                                                          const std::string& path,
                                                          std::int32_t minimum,
                                                          const IssueSink& sink);

// Checks that `value` is a finite number.
[[nodiscard]] std::optional<double> ReadNumber(const nlohmann::json& value, const std::string& path,
                                               const IssueSink& sink);

// A short description of a JSON value's type for messages: "a string", "a number", "an array"...
[[nodiscard]] std::string_view DescribeType(const nlohmann::json& value);

}  // namespace lcn
