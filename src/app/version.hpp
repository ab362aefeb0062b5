// SPDX-License-Identifier: Apache-2.0
//
// The version of lcn, from the CMake project version.
#pragma once

#include <string_view>

namespace lcn::app {

inline constexpr std::string_view kVersion = LCN_VERSION;

}  // namespace lcn::app
