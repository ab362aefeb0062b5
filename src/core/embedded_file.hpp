// SPDX-License-Identifier: Apache-2.0
//
// A file compiled into the binary by cmake/LcnEmbed.cmake (migrations, web UI, demo data,
// the example configuration). The bytes live for the whole program.
#pragma once

#include <string_view>
#include <vector>

namespace lcn {

struct EmbeddedFile {
  std::string_view path;  // relative to the embedded folder, with '/' separators
  std::string_view data;
};

}  // namespace lcn
