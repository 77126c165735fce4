#include "risk/pattern_files.hpp"

#include "core/whole_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <mutex>

namespace custos::risk::pattern_files {
namespace {

constexpr char kMagic[] = "custos-patterns 1\n";
constexpr size_t kMagicSize = sizeof(kMagic) - 1;

// The named directory if it is safe to load databases from: created 0700 if
// absent; otherwise it must be a directory of this user that group and
// others cannot write.
std::optional<std::string> open_directory() {
  const char* env = std::getenv("CUSTOS_PATTERN_CACHE");
  if (env == nullptr || *env == '\0') return std::nullopt;
  std::string dir = env;
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    std::fprintf(stderr, "custos: CUSTOS_PATTERN_CACHE=%s cannot be created (%s); patterns are compiled\n",
                 dir.c_str(), std::strerror(errno));
    return std::nullopt;
  }
  struct stat st {};
  const char* refusal = nullptr;
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    refusal = "is not a directory";
  else if (st.st_uid != ::geteuid())
    refusal = "belongs to another user";
  else if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
    refusal = "may be written by group or others";
  if (refusal != nullptr) {
    std::fprintf(stderr, "custos: CUSTOS_PATTERN_CACHE=%s %s; it is not used and patterns are compiled\n",
                 dir.c_str(), refusal);
    return std::nullopt;
  }
  return dir;
}

std::string path_for(const std::string& dir, const std::string& key) {
  char name[32];
  std::snprintf(name, sizeof name, "/%016llx.hs",
                static_cast<unsigned long long>(std::hash<std::string>{}(key)));
  return dir + name;
}

// Files of databases nobody compiled for kMaxAgeDays (profiles since edited,
// an older Custos) and temporary files a killed process left: removed once a
// process, before its first write.
constexpr int kMaxAgeDays = 30;

void prune(const std::string& dir) {
  std::error_code ec;
  const auto now = std::filesystem::file_time_type::clock::now();
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const bool temporary = is_partial_file(name);
    const bool database = name.size() == 19 && name.compare(16, 3, ".hs") == 0;
    if (!temporary && !database) continue;
    std::error_code time_ec;
    const auto written = it->last_write_time(time_ec);
    if (time_ec) continue;
    const auto age = now - written;
    if (age > std::chrono::hours(24 * (temporary ? 1 : kMaxAgeDays)))
      std::filesystem::remove(it->path(), time_ec);
  }
}

}  // namespace

const std::optional<std::string>& directory() {
  static const std::optional<std::string> dir = open_directory();
  return dir;
}

std::optional<std::string> read(const std::string& key) {
  const auto& dir = directory();
  if (!dir) return std::nullopt;
  int fd = ::open(path_for(*dir, key).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  if (bytes.size() < kMagicSize + 8 || bytes.compare(0, kMagicSize, kMagic) != 0) return std::nullopt;
  uint64_t key_size = 0;
  for (int i = 0; i < 8; ++i)
    key_size |= uint64_t{static_cast<unsigned char>(bytes[kMagicSize + static_cast<size_t>(i)])} << (8 * i);
  const size_t body = kMagicSize + 8;
  if (key_size != key.size() || bytes.size() - body <= key_size) return std::nullopt;
  if (bytes.compare(body, key.size(), key) != 0) return std::nullopt;
  return bytes.substr(body + key.size());
}

void write(const std::string& key, const std::string& serialized) {
  const auto& dir = directory();
  if (!dir) return;
  static std::once_flag pruned;
  std::call_once(pruned, [&] { prune(*dir); });
  std::string bytes(kMagic, kMagicSize);
  for (int i = 0; i < 8; ++i) bytes += static_cast<char>((uint64_t{key.size()} >> (8 * i)) & 0xff);
  bytes += key;
  bytes += serialized;
  // A cache: a write that fails leaves the patterns to be compiled again.
  (void)write_whole_file(path_for(*dir, key), bytes, 0600);
}

}  // namespace custos::risk::pattern_files
