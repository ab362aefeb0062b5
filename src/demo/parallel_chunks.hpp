// SPDX-License-Identifier: Apache-2.0
//
// ForEachChunk runs work(0) .. work(chunks - 1) on a few threads that take chunks as they go.
// The demo generators give every chunk its own random stream and its own output slot, so what
// they produce does not depend on the thread count or on which thread ran which chunk.
#pragma once

#include <cstddef>
#include <functional>

namespace lcn::demo {

// Calls `work` once for every chunk index in [0, chunks), on up to `threads` threads (0: the
// hardware's; never more threads than chunks), and returns when all calls have returned. When a
// call throws, the chunks not yet started are skipped and the first exception is rethrown here.
// REQUIRES: `work` is safe to call concurrently for different chunks.
void ForEachChunk(std::size_t chunks, unsigned threads,
                  const std::function<void(std::size_t chunk)>& work);

}  // namespace lcn::demo
