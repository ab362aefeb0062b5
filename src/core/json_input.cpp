// SPDX-License-Identifier: Apache-2.0
#include "core/json_input.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace lcn {
namespace {

using nlohmann::json;

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of adjacent
// characters each cost 1 ("cdoe" is one edit from "code").
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) {
    d[i][0] = i;
  }
  for (std::size_t j = 0; j <= b.size(); ++j) {
    d[0][j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

std::string JoinChoices(std::initializer_list<std::string_view> choices) {
  std::string text;
  for (const std::string_view choice : choices) {
    if (!text.empty()) {
      text += ", ";
    }
    text += choice;
  }
  return text;
}

}  // namespace

void IssueSink::Add(const std::string& path, std::string message) const {
  issues->Add(path.empty() ? origin : origin + ": " + path, std::move(message));
}

std::string JoinPath(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string IndexPath(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

std::optional<json> ParseJsonText(std::string_view text, const IssueSink& sink) {
  std::vector<std::set<std::string>> open_objects;
  std::set<std::string> duplicates;
  const json::parser_callback_t track_keys = [&](int /*depth*/, json::parse_event_t event,
                                                 json& parsed) {
    if (event == json::parse_event_t::object_start) {
      open_objects.emplace_back();
    } else if (event == json::parse_event_t::object_end && !open_objects.empty()) {
      open_objects.pop_back();
    } else if (event == json::parse_event_t::key && !open_objects.empty()) {
      const auto& key = parsed.get_ref<const std::string&>();
      if (!open_objects.back().insert(key).second) {
        duplicates.insert(key);
      }
    }
    return true;
  };
  json parsed;
  try {
    parsed = json::parse(text.begin(), text.end(), track_keys);
  } catch (const json::parse_error& e) {
    std::string message = e.what();
    const std::size_t bracket = message.find("] ");
    if (message.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) {
      message.erase(0, bracket + 2);
    }
    sink.Add("", "invalid JSON: " + message);
    return std::nullopt;
  }
  if (!duplicates.empty()) {
    for (const std::string& key : duplicates) {
      sink.Add("", "duplicate key '" + key + "' in an object");
    }
    return std::nullopt;
  }
  return parsed;
}

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  for (const std::string& candidate : candidates) {
    const std::size_t distance = EditDistance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  if (best_distance == 0 || best_distance > 2 || best_distance * 2 >= word.size()) {
    return "";
  }
  return best;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string match = ClosestMatch(word, candidates);
  return match.empty() ? "" : " (did you mean '" + match + "'?)";
}

void RefuseUnknownKeys(const json& object, const std::string& path,
                       const std::vector<std::string>& allowed, const IssueSink& sink) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      sink.Add(JoinPath(path, key), "unknown key '" + key + "'" + DidYouMean(key, allowed));
    }
  }
}

std::optional<std::string> ReadString(const json& object, const std::string& path,
                                      std::string_view key, bool required, const IssueSink& sink) {
  const auto it = object.find(key);
  if (it == object.end()) {
    if (required) {
      sink.Add(path, "missing key '" + std::string(key) + "'");
    }
    return std::nullopt;
  }
  if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
    sink.Add(JoinPath(path, key),
             "must be a non-empty string, not " + std::string(DescribeType(*it)));
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<std::string> ReadChoice(const json& object, const std::string& path,
                                      std::string_view key,
                                      std::initializer_list<std::string_view> choices,
                                      const IssueSink& sink) {
  const auto it = object.find(key);
  if (it != object.end() && it->is_string()) {
    const auto& text = it->get_ref<const std::string&>();
    if (std::find(choices.begin(), choices.end(), text) != choices.end()) {
      return text;
    }
  }
  sink.Add(JoinPath(path, key), std::string(key) + " must be one of " + JoinChoices(choices));
  return std::nullopt;
}

std::optional<std::int32_t> ReadWholeNumber(const json& value, const std::string& path,
                                            std::int32_t minimum, const IssueSink& sink) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int32_t>::max();
  bool ok = false;
  std::int64_t number = 0;
  if (value.is_number_unsigned()) {
    const auto unsigned_number = value.get<std::uint64_t>();
    ok = unsigned_number <= static_cast<std::uint64_t>(kMax);
    number = ok ? static_cast<std::int64_t>(unsigned_number) : 0;
  } else if (value.is_number_integer()) {
    number = value.get<std::int64_t>();
    ok = true;
  }
  if (!ok || number < minimum || number > kMax) {
    sink.Add(path, "must be a whole number ≥ " + std::to_string(minimum) +
                       (ok ? "" : ", not " + std::string(DescribeType(value))));
    return std::nullopt;
  }
  return static_cast<std::int32_t>(number);
}

std::optional<double> ReadNumber(const json& value, const std::string& path,
                                 const IssueSink& sink) {
  if (!value.is_number() || !std::isfinite(value.get<double>())) {
    sink.Add(path, "must be a number, not " + std::string(DescribeType(value)));
    return std::nullopt;
  }
  return value.get<double>();
}

std::string_view DescribeType(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "a list";
    case json::value_t::string:
      return "a string";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "a whole number";
    case json::value_t::number_float:
      return "a decimal number";
    case json::value_t::binary:
    case json::value_t::discarded:
      break;
  }
  return "an unsupported value";
}

}  // namespace lcn
