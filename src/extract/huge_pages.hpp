// SPDX-License-Identifier: Apache-2.0
//
// AdviseHugePages asks the kernel to back a large buffer with transparent huge pages, so that
// filling it takes one page fault per 2 MiB instead of one per 4 KiB: on virtual machines the
// faults, not the parsing, are most of the cost of reading a big extract.
#pragma once

#include <cstddef>

namespace lcn::extract {

// The huge page size on x86-64 and most arm64 kernels.
inline constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;

// Advises huge pages for the whole 2 MiB pages inside [begin, begin + bytes), which the caller
// owns (a vector's reserved capacity, say). Advice only: ignored where unsupported, and the
// memory's contents and ownership do not change.
void AdviseHugePages(void* begin, std::size_t bytes);

}  // namespace lcn::extract
