#include "core/currency.hpp"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <array>

namespace custos {
namespace {

struct CurrencyTable {
  std::array<bool, 26 * 26 * 26> known{};
  CurrencyTable() {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* list = ucurr_openISOCurrencies(UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status)) return;
    const char* code = nullptr;
    int32_t length = 0;
    while ((code = uenum_next(list, &length, &status)) != nullptr && U_SUCCESS(status)) {
      if (length == 3) known[index(code)] = true;
    }
    uenum_close(list);
  }
  static size_t index(const char* c) {
    return static_cast<size_t>((c[0] - 'A') * 676 + (c[1] - 'A') * 26 + (c[2] - 'A'));
  }
};

}  // namespace

bool is_iso4217_currency(std::string_view code) {
  static const CurrencyTable table;
  if (code.size() != 3) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return table.known[CurrencyTable::index(code.data())];
}

}  // namespace custos
