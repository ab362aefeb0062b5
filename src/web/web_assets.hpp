// SPDX-License-Identifier: Apache-2.0
//
// The staff web UI's files: the copy of web-ui/dist embedded at build time, or a folder on disk
// for front-end development (http.webRoot). Unknown paths that look like app routes resolve to
// index.html (single-page app). Thread-safe.
#pragma once

#include <optional>
#include <string>

namespace lcn::web {

struct Asset {
  std::string body;
  std::string content_type;
  bool immutable = false;  // content-hashed file: cache for a year
};

class WebAssets {
 public:
  // `web_root` empty means the embedded copy.
  explicit WebAssets(std::string web_root) : web_root_(std::move(web_root)) {}

  // The asset for a request path ("/", "/people", "/assets/index-abc.js"); std::nullopt when the
  // path names a missing file (it has an extension) or escapes the root.
  [[nodiscard]] std::optional<Asset> Find(const std::string& path) const;

  // True when a UI is available (embedded at build time or present on disk).
  bool Available() const;

 private:
  std::optional<std::string> Read(const std::string& relative) const;

  std::string web_root_;
};

std::string ContentTypeFor(const std::string& path);

}  // namespace lcn::web
