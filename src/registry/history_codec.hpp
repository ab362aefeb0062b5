// SPDX-License-Identifier: Apache-2.0
//
// The packed form of a History stored in register_patients.history (docs/register.md):
// a format byte, then counts and entries as LEB128 varints, days as zig-zag deltas from the
// previous entry, codes with a has-value bit, values as little-endian IEEE floats. Entries are
// put in canonical order first (by day, then code, then value), so the same history gives the
// same bytes whatever order its rows came in: re-importing an extract changes nothing. About
// 5-7 bytes an event. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "registry/history.hpp"

namespace lcn::registry {

inline constexpr unsigned char kHistoryFormat = 1;

// Sorts `history` into canonical order.
void Canonicalise(History& history);

// Canonicalises `history` and packs it.
std::string EncodeHistory(History history);

// Unpacks bytes written by EncodeHistory. Throws Error(kInternal) when they are not a history
// of a known format (a damaged row), naming what is wrong.
History DecodeHistory(std::string_view bytes);

// The same into `history`, whose entries it replaces: a loader reuses one History's memory for
// every person.
void DecodeHistoryInto(std::string_view bytes, History& history);

}  // namespace lcn::registry
