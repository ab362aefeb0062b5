// SPDX-License-Identifier: Apache-2.0
//
// madvise(MADV_HUGEPAGE) on the aligned interior of a buffer.
#include "extract/huge_pages.hpp"

#include <cstdint>

#include <sys/mman.h>

namespace lcn::extract {

void AdviseHugePages(void* begin, std::size_t bytes) {
  const auto start = reinterpret_cast<std::uintptr_t>(begin);
  const std::uintptr_t first = (start + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
  const std::uintptr_t last = (start + bytes) / kHugePageBytes * kHugePageBytes;
  if (last > first) {
    char* const aligned = static_cast<char*>(begin) + (first - start);
    // The result is ignored on purpose: without huge pages everything works, a little slower.
    (void)::madvise(aligned, last - first, MADV_HUGEPAGE);
  }
}

}  // namespace lcn::extract
