#include "server/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace custos::server {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kPlaceholder = R"html(<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Custos</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:4rem auto;line-height:1.5}</style></head>
<body>
<h1>Custos</h1>
<p>The Custos server is running. The web workbench is not installed on this server;
the JSON API is at <a href="/api/v1/health">/api/v1/health</a>, and its description at
<a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
</body>
</html>
)html";

std::string content_type(const fs::path& p) {
  const std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".webmanifest") return "application/manifest+json";
  return "application/octet-stream";
}

// "assets/index-3f9a1c2b.js", "assets/chunk.BqzJ3k2a.css": a file under
// assets/ whose name ends with a content hash of 8 or more letters and
// digits before the extension (what the workbench's bundler writes).
bool hashed_name(const fs::path& p) {
  if (p.parent_path().filename() != "assets") return false;
  const std::string stem = p.stem().string();
  size_t sep = stem.find_last_of("-.");
  if (sep == std::string::npos) return false;
  const std::string hash = stem.substr(sep + 1);
  if (hash.size() < 8) return false;
  for (char c : hash)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

StaticFiles::StaticFiles(std::string root) {
  std::error_code ec;
  if (!root.empty() && fs::is_directory(root, ec)) root_ = fs::canonical(root, ec).string();
}

std::string StaticFiles::locate(const std::string& configured) {
  if (!configured.empty()) return configured;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "custos" / "web";
    if (fs::exists(installed / "index.html", ec)) return installed.string();
  }
#ifdef CUSTOS_WEB_DIST
  if (fs::exists(fs::path(CUSTOS_WEB_DIST) / "index.html", ec)) return CUSTOS_WEB_DIST;
#endif
  return {};
}

Reply StaticFiles::serve(std::string_view path, bool accepts_gzip) const {
  if (root_.empty()) {
    Reply r = Reply::text(std::string(kPlaceholder), "text/html; charset=utf-8");
    r.headers.emplace_back("Cache-Control", "no-cache");
    return r;
  }
  std::error_code ec;
  const fs::path root(root_);
  fs::path file = root / fs::path(std::string(path.substr(path.starts_with("/") ? 1 : 0)));
  bool found = fs::is_regular_file(file, ec);
  if (found) {
    // Refuse anything that resolves outside the root (symbolic links).
    const fs::path real = fs::canonical(file, ec);
    const std::string rs = real.string();
    found =
        !ec && rs.size() > root_.size() && rs.compare(0, root_.size(), root_) == 0 && rs[root_.size()] == '/';
    if (found) file = real;
  }
  const bool spa = !found;
  if (spa) file = root / "index.html";
  std::string body;
  Reply r;
  r.content_type = content_type(file);
  bool gz = false;
  if (accepts_gzip && fs::is_regular_file(file.string() + ".gz", ec) &&
      read_file(file.string() + ".gz", body))
    gz = true;
  else if (!read_file(file, body))
    return Reply::text(std::string(kPlaceholder), "text/html; charset=utf-8");
  r.body = std::move(body);
  if (gz) r.headers.emplace_back("Content-Encoding", "gzip");
  r.headers.emplace_back("Vary", "Accept-Encoding");
  if (!spa && hashed_name(file) && file.filename() != "index.html")
    r.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");
  else
    r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

}  // namespace custos::server
