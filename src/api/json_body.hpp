// SPDX-License-Identifier: Apache-2.0
//
// JsonBody reads a request body strictly: it must be a JSON object; each field is read with its
// expected type; unknown fields are refused. Problems are collected with their field names and
// reported together as one 400 (ThrowIfInvalid).
#pragma once

#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/vocabulary.hpp"

namespace lcn::api {

// How deeply a request body may nest objects and arrays. LCN's deepest body (a care plan) nests
// five levels; the cap stops a body of 150,000 brackets (300 KB) from overflowing a worker's
// stack in the recursive copies and comparisons of nlohmann::json.
inline constexpr int kMaxRequestJsonDepth = 64;

// Parses a request body as a JSON object. Throws Error(kBadRequest) when it is not valid JSON
// (with the byte where it went wrong), nests deeper than kMaxRequestJsonDepth, holds a number
// no double can represent (1e400), or is not an object. The message never quotes the body.
nlohmann::json ParseRequestJson(const std::string& body);

class JsonBody {
 public:
  // Parses `body` (ParseRequestJson). Throws Error(kBadRequest) when it is not a JSON object.
  explicit JsonBody(const std::string& body);

  // A string field; `required` adds an issue when missing or empty. Wrong type adds an issue.
  std::optional<std::string> String(const std::string& field, bool required);

  std::optional<std::int64_t> Integer(const std::string& field, bool required);

  // Any finite JSON number.
  std::optional<double> Number(const std::string& field, bool required);

  std::optional<bool> Boolean(const std::string& field, bool required);

  // A string field naming one of `vocabulary`'s values; any other string adds the issue
  // "must be one of a, b, c" (the names come from the table, as the OpenAPI enum does).
  template <typename E>
  std::optional<E> Choice(const std::string& field, bool required,
                          const Vocabulary<E>& vocabulary) {
    const auto text = String(field, required);
    if (!text) {
      return std::nullopt;
    }
    const auto value = vocabulary.Parse(*text);
    if (!value) {
      issues_.Add(field, "must be one of " + vocabulary.Joined());
    }
    return value;
  }

  // A JSON object field, returned as it is for the caller to check.
  std::optional<nlohmann::json> Object(const std::string& field, bool required);

  // Adds an issue for `field` (for domain validation by the caller).
  void Invalid(const std::string& field, const std::string& message);

  // Adds an issue for each field that no accessor asked for, then throws Error(kBadRequest)
  // with every issue, if any.
  void ThrowIfInvalid();

 private:
  const nlohmann::json* Find(const std::string& field, bool required);

  // Find, then: when the value fails `is_type`, adds the issue `message` and returns nullptr.
  const nlohmann::json* FindTyped(const std::string& field, bool required,
                                  bool (nlohmann::json::*is_type)() const noexcept,
                                  const char* message);

  nlohmann::json doc_;
  std::set<std::string> seen_;
  IssueCollector issues_;
};

}  // namespace lcn::api
