#pragma once
// Errors the store reports. Every failure to read or write is a StoreError
// with a message that names what failed; a write refused by a unique or
// primary key is a ConflictError, so that callers can tell "already there"
// (HTTP 409) from a broken store.
#include <stdexcept>

namespace custos {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ConflictError : public StoreError {
 public:
  using StoreError::StoreError;
};

}  // namespace custos
