#pragma once
// Writing a file whole or not at all.
//
// The bytes go to a file beside the target (the same directory, so the rename
// stays on one file system), are flushed to the disk, and that file is renamed
// over the target. A crash, a full disk or a refused rename leaves the former
// file as it was, never half of the new one, and no partial file behind.

#include <sys/types.h>

#include <string>
#include <string_view>

namespace custos {

// Empty on success; else what failed, in words ("cannot write
// /var/lib/custos/x.json: No space left on device"). A new file gets `mode`
// (less the umask); the file beside is named `path` + ".partial." + pid + "."
// + a sequence number, so a directory's owner can sweep what a killed
// process left (is_partial_file).
std::string write_whole_file(const std::string& path, std::string_view bytes, mode_t mode = 0666);

// Whether a file name is one write_whole_file writes beside its target.
bool is_partial_file(std::string_view file_name);

}  // namespace custos
