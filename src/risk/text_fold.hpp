#pragma once
// Folds free text for matching: lower case, accents removed (Déchets ->
// dechets, PANGOLÍN -> pangolin), so one word list serves English, French
// and Spanish descriptions. Pure ASCII takes a fast path; anything else goes
// through ICU (canonical decomposition, combining marks dropped, lower case);
// letters without a decomposition that read as plain Latin ones are spelled
// out (ı -> i, ł -> l, ø -> o, đ -> d, ß -> ss, æ -> ae, œ -> oe, þ -> th),
// and in Arabic script the Persian yeh and kaf, alef maqsura and teh marbuta
// become ي, ك, ي and ه, tatweel is dropped.
// The result is always valid UTF-8, whatever the input bytes.
// Thread-safe.
#include <string>
#include <string_view>

namespace custos::risk {

std::string fold_text(std::string_view text);
// Same, into a reused buffer (no allocation once the buffer is large enough).
void fold_text(std::string_view text, std::string& out);

}  // namespace custos::risk
