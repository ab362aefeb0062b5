// SPDX-License-Identifier: Apache-2.0
//
// The only code that includes libsodium: SHA-256, secure random tokens, constant-time
// comparison and argon2id password hashing. Thread-safe once Initialise() has run.
#pragma once

#include <string>
#include <string_view>

namespace lcn::crypto {

// Initialises libsodium. Throws Error(kInternal) when it cannot. Idempotent, thread-safe.
void Initialise();

// Lower-case hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);

// `bytes` random bytes from the OS CSPRNG, as lower-case hex (2 * bytes characters).
std::string RandomHex(std::size_t bytes);

// True when a and b are equal, in time independent of where they differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Hashing cost. kInteractive is libsodium's interactive limits (64 MiB, 2 passes); kMinimal
// is for tests only and is refused by the server configuration.
enum class HashCost { kInteractive, kMinimal };

// Returns an encoded argon2id hash ("$argon2id$v=19$m=...") of `password`. Throws on failure.
std::string HashPassword(std::string_view password, HashCost cost);

// True when `password` matches `encoded_hash`; false for a wrong password or a malformed hash.
bool VerifyPassword(std::string_view password, std::string_view encoded_hash);

}  // namespace lcn::crypto
