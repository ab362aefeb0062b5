// SPDX-License-Identifier: Apache-2.0
//
// The API's own request and response types. http/ converts to and from the HTTP library, so
// handlers and tests never see it; tests call handlers in-process with no socket.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace lcn::api {

enum class Method { kGet, kPost, kPut, kPatch, kDelete };

std::string_view MethodName(Method m);

struct Request {
  Method method = Method::kGet;
  std::string path;
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::map<std::string, std::string> form_files;  // multipart/form-data parts by field name
  std::string remote_address;
  std::map<std::string, std::string> path_params;  // filled by the router

  // The value of header `name` (lower case), if present.
  std::optional<std::string> Header(const std::string& name) const;

  // The value of cookie `name` from the Cookie header, if present.
  std::optional<std::string> Cookie(const std::string& name) const;

  std::optional<std::string> Query(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::multimap<std::string, std::string> headers;
};

}  // namespace lcn::api
