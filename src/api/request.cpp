// SPDX-License-Identifier: Apache-2.0
#include "api/request.hpp"

namespace lcn::api {

std::string_view MethodName(Method m) {
  switch (m) {
    case Method::kGet:
      return "GET";
    case Method::kPost:
      return "POST";
    case Method::kPut:
      return "PUT";
    case Method::kPatch:
      return "PATCH";
    case Method::kDelete:
      return "DELETE";
  }
  return "GET";
}

std::optional<std::string> Request::Header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? std::nullopt : std::optional<std::string>(it->second);
}

std::optional<std::string> Request::Cookie(const std::string& name) const {
  const auto header = Header("cookie");
  if (!header) {
    return std::nullopt;
  }
  std::size_t pos = 0;
  while (pos < header->size()) {
    std::size_t end = header->find(';', pos);
    if (end == std::string::npos) {
      end = header->size();
    }
    std::string part = header->substr(pos, end - pos);
    const std::size_t first = part.find_first_not_of(' ');
    part = first == std::string::npos ? "" : part.substr(first);
    const std::size_t eq = part.find('=');
    if (eq != std::string::npos && part.substr(0, eq) == name) {
      return part.substr(eq + 1);
    }
    pos = end + 1;
  }
  return std::nullopt;
}

std::optional<std::string> Request::Query(const std::string& name) const {
  const auto it = query.find(name);
  return it == query.end() ? std::nullopt : std::optional<std::string>(it->second);
}

}  // namespace lcn::api
