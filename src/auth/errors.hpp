#pragma once
// What the auth module refuses, so that both faces (the server and the
// command line) can say it: a value that is not acceptable (naming the
// field), something that does not exist (in the caller's administration),
// and a login slowed down after repeated failures. A duplicate is a
// ConflictError from the store (store/errors.hpp).
#include <stdexcept>
#include <string>

namespace custos::auth {

class InvalidInput : public std::runtime_error {
 public:
  InvalidInput(std::string field, const std::string& message)
      : std::runtime_error(message), field_(std::move(field)) {}
  const std::string& field() const { return field_; }

 private:
  std::string field_;
};

class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Throttled : public std::runtime_error {
 public:
  Throttled(int retry_after_seconds, const std::string& message)
      : std::runtime_error(message), retry_after_(retry_after_seconds) {}
  int retry_after() const { return retry_after_; }

 private:
  int retry_after_;
};

}  // namespace custos::auth
