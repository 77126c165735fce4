#pragma once
// The web root served at "/": files by path, index.html for any other path
// that is not under /api/ (the workbench is a single-page app), a
// precompressed NAME.gz when the client accepts gzip, a year's cache for
// hashed asset names (assets/index-3f9a1c2b.js) and none for the rest. A
// path never leaves the root (no "..", no symbolic link out of it). With no
// web root, a small built-in page says where the workbench would be.
#include <string>
#include <string_view>

#include "server/route.hpp"

namespace custos::server {

class StaticFiles {
 public:
  // `root` empty or missing: the built-in page.
  explicit StaticFiles(std::string root);
  // `path` is the request's decoded path; head: the same headers, no body.
  Reply serve(std::string_view path, bool accepts_gzip) const;
  const std::string& root() const { return root_; }

  // The web root to use: `configured` when given, else the installed
  // share/custos/web beside the binary, else the source tree's web/dist,
  // else "" (the built-in page).
  static std::string locate(const std::string& configured);

 private:
  std::string root_;
};

}  // namespace custos::server
