// The BIS Denied Persons List importer on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "screen/importers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    custos::screen::import_bis_text(std::string_view(reinterpret_cast<const char*>(data), size), "dpl.txt");
  } catch (const custos::screen::ImportError&) {
  }
  return 0;
}
