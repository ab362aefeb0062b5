// SPDX-License-Identifier: Apache-2.0
#include "web/web_assets.hpp"

#include <fstream>
#include <sstream>
#include <vector>

#include "core/embedded_file.hpp"

namespace lcn::web {

const std::vector<EmbeddedFile>& EmbeddedWebFiles();

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string ContentTypeFor(const std::string& path) {
  static const std::vector<std::pair<std::string, std::string>> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".json", "application/json"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"}};
  for (const auto& [ext, type] : kTypes) {
    if (EndsWith(path, ext)) {
      return type;
    }
  }
  return "application/octet-stream";
}

std::optional<std::string> WebAssets::Read(const std::string& relative) const {
  if (web_root_.empty()) {
    for (const auto& f : EmbeddedWebFiles()) {
      if (f.path == relative) {
        return std::string(f.data);
      }
    }
    return std::nullopt;
  }
  std::ifstream in(web_root_ + "/" + relative, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

bool WebAssets::Available() const {
  return Read("index.html").has_value();
}

std::optional<Asset> WebAssets::Find(const std::string& path) const {
  if (path.find("..") != std::string::npos || path.find('\\') != std::string::npos ||
      path.empty() || path[0] != '/') {
    return std::nullopt;
  }
  std::string relative = path.substr(1);
  const std::string last =
      relative.substr(relative.rfind('/') == std::string::npos ? 0 : relative.rfind('/') + 1);
  const bool looks_like_file = last.find('.') != std::string::npos;
  if (!looks_like_file) {
    relative = "index.html";  // an app route
  }
  auto body = Read(relative);
  if (!body) {
    return std::nullopt;
  }
  return Asset{std::move(*body), ContentTypeFor(relative), relative.rfind("assets/", 0) == 0};
}

}  // namespace lcn::web
