// SPDX-License-Identifier: Apache-2.0
//
// Clang thread-safety annotations (https://clang.llvm.org/docs/ThreadSafetyAnalysis.html), as in
// LevelDB's port/thread_annotations.h. Under Clang they let `-Wthread-safety` check at compile
// time that guarded data is touched only with its mutex held; under GCC they expand to nothing.
// tools/thread-safety.sh (a ctest) compiles the annotated code with clang++ -Wthread-safety
// -Werror. Use them with lcn::Mutex (core/mutex.hpp): libstdc++'s std::mutex is not annotated.
#pragma once

#if defined(__clang__)
#define LCN_THREAD_ANNOTATION_(x) __attribute__((x))
#else
#define LCN_THREAD_ANNOTATION_(x)
#endif

// On a class: its objects are a capability (a mutex), named `x` in diagnostics.
#define LCN_CAPABILITY(x) LCN_THREAD_ANNOTATION_(capability(x))

// On a class: an RAII object that holds a capability for its lifetime.
#define LCN_SCOPED_CAPABILITY LCN_THREAD_ANNOTATION_(scoped_lockable)

// On a data member: reading or writing it requires holding `x`.
#define LCN_GUARDED_BY(x) LCN_THREAD_ANNOTATION_(guarded_by(x))

// On a pointer member: the data it points to requires holding `x`.
#define LCN_PT_GUARDED_BY(x) LCN_THREAD_ANNOTATION_(pt_guarded_by(x))

// On a mutex member: it is taken after (before) the listed mutexes.
#define LCN_ACQUIRED_AFTER(...) LCN_THREAD_ANNOTATION_(acquired_after(__VA_ARGS__))
#define LCN_ACQUIRED_BEFORE(...) LCN_THREAD_ANNOTATION_(acquired_before(__VA_ARGS__))

// On a function: the caller must hold the capability exclusively (shared).
#define LCN_REQUIRES(...) LCN_THREAD_ANNOTATION_(requires_capability(__VA_ARGS__))
#define LCN_REQUIRES_SHARED(...) LCN_THREAD_ANNOTATION_(requires_shared_capability(__VA_ARGS__))

// On a function: it acquires (releases) the capability exclusively (shared).
#define LCN_ACQUIRE(...) LCN_THREAD_ANNOTATION_(acquire_capability(__VA_ARGS__))
#define LCN_ACQUIRE_SHARED(...) LCN_THREAD_ANNOTATION_(acquire_shared_capability(__VA_ARGS__))
#define LCN_RELEASE(...) LCN_THREAD_ANNOTATION_(release_capability(__VA_ARGS__))
#define LCN_RELEASE_SHARED(...) LCN_THREAD_ANNOTATION_(release_shared_capability(__VA_ARGS__))
#define LCN_RELEASE_GENERIC(...) LCN_THREAD_ANNOTATION_(release_generic_capability(__VA_ARGS__))

// On a function: the caller must NOT hold the capability (it takes it itself).
#define LCN_EXCLUDES(...) LCN_THREAD_ANNOTATION_(locks_excluded(__VA_ARGS__))

// On a function: it checks, at run time, that the capability is held.
#define LCN_ASSERT_CAPABILITY(x) LCN_THREAD_ANNOTATION_(assert_capability(x))

// On a function: it returns a reference to the capability.
#define LCN_RETURN_CAPABILITY(x) LCN_THREAD_ANNOTATION_(lock_returned(x))

// On a function: the analysis skips it. Say why, next to it, every time.
#define LCN_NO_THREAD_SAFETY_ANALYSIS LCN_THREAD_ANNOTATION_(no_thread_safety_analysis)
