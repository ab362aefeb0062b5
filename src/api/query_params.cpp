// SPDX-License-Identifier: Apache-2.0
#include "api/query_params.hpp"

#include <charconv>

namespace lcn::api {

std::int64_t PositiveIdParam(const std::string& name, const std::string& text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) {
    throw Error(ErrorCode::kBadRequest, name + " must be a positive whole number",
                {{name, "is not a valid id"}});
  }
  return value;
}

std::optional<int> IntQuery(const Request& req, const std::string& name, int low, int high,
                            IssueCollector& issues) {
  const auto text = req.Query(name);
  if (!text) {
    return std::nullopt;
  }
  int value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < low || value > high) {
    issues.Add(
        name, "must be a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    return std::nullopt;
  }
  return value;
}

std::optional<Date> DateQuery(const Request& req, const std::string& name, IssueCollector& issues) {
  const auto text = req.Query(name);
  if (!text) {
    return std::nullopt;
  }
  const auto date = ParseDate(*text);
  if (!date) {
    issues.Add(name, "must be a date YYYY-MM-DD");
  }
  return date;
}

}  // namespace lcn::api
