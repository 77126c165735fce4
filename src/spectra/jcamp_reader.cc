#include "spectra/jcamp_reader.hpp"

#include <charconv>
#include <cmath>
#include <optional>

namespace custos::spectra {
namespace {

struct Line {
  std::string_view text;
  int number = 0;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  int number = 1;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      if (i < text.size() || start < i) lines.push_back({text.substr(start, i - start), number});
      if (i < text.size() && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
      ++number;
    }
  }
  return lines;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view strip_comment(std::string_view s) {
  const auto pos = s.find("$$");
  return pos == std::string_view::npos ? s : s.substr(0, pos);
}

std::optional<double> to_number(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

enum class Form { none, xydata_asdf, xy_pairs, xyw_triples };

struct DataLine {
  std::string text;  // comment stripped
  int number = 0;
};

struct Block {
  std::vector<std::pair<std::string, std::string>> meta;
  Form form = Form::none;
  int data_line = 0;  // line of the data record's label
  std::vector<DataLine> data;
  bool unsupported = false;
};

// One token of an ASDF line. SQZ and AFFN tokens are absolute values, DIF
// tokens differences from the previous value, DUP tokens repeat counts.
enum class TokenKind { absolute, difference, duplicate };
struct Token {
  TokenKind kind;
  double value;
};

int sqz_digit(char c) {
  if (c == '@') return 0;
  if (c >= 'A' && c <= 'I') return c - 'A' + 1;
  if (c >= 'a' && c <= 'i') return -(c - 'a' + 1);
  return 100;
}
int dif_digit(char c) {
  if (c == '%') return 0;
  if (c >= 'J' && c <= 'R') return c - 'J' + 1;
  if (c >= 'j' && c <= 'r') return -(c - 'j' + 1);
  return 100;
}
int dup_digit(char c) {
  if (c >= 'S' && c <= 'Z') return c - 'S' + 1;
  if (c == 's') return 9;
  return 100;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

class AsdfLexer {
 public:
  AsdfLexer(const std::string& file, int line) : file_(file), line_(line) {}

  std::vector<Token> run(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
      const char c = s[i];
      if (c == ' ' || c == '\t' || c == ',' || c == ';') {
        ++i;
        continue;
      }
      if (c == '?') throw SpectrumError(file_, line_, "missing value '?' in XYDATA is not supported");
      std::string digits;
      TokenKind kind = TokenKind::absolute;
      bool compressed = false;
      if (is_digit(c) || c == '.' || c == '+' || c == '-') {
        // AFFN / PAC: an optional sign, digits, a decimal point, an exponent.
        digits.push_back(c);
        ++i;
        while (i < s.size()) {
          const char d = s[i];
          if (is_digit(d) || d == '.') {
            digits.push_back(d);
            ++i;
          } else if ((d == 'E' || d == 'e') && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-') &&
                     i + 2 < s.size() && is_digit(s[i + 2])) {
            // An exponent is only taken with an explicit sign: bare 'E'/'e' are SQZ digits.
            digits.append(s.substr(i, 3));
            i += 3;
          } else {
            break;
          }
        }
      } else if (int v = sqz_digit(c); v != 100) {
        if (v < 0) digits.push_back('-');
        digits.push_back(static_cast<char>('0' + std::abs(v)));
        ++i;
        compressed = true;
      } else if (int v = dif_digit(c); v != 100) {
        if (v < 0) digits.push_back('-');
        digits.push_back(static_cast<char>('0' + std::abs(v)));
        kind = TokenKind::difference;
        ++i;
        compressed = true;
      } else if (int v = dup_digit(c); v != 100) {
        digits.push_back(static_cast<char>('0' + v));
        kind = TokenKind::duplicate;
        ++i;
        compressed = true;
      } else {
        throw SpectrumError(file_, line_, std::string("unexpected character '") + c + "' in XYDATA");
      }
      if (compressed)
        while (i < s.size() && (is_digit(s[i]) || s[i] == '.')) digits.push_back(s[i++]);
      const auto v = to_number(digits);
      if (!v) throw SpectrumError(file_, line_, "bad number '" + digits + "' in XYDATA");
      out.push_back({kind, *v});
    }
    return out;
  }

 private:
  const std::string& file_;
  int line_;
};

class BlockDecoder {
 public:
  BlockDecoder(const Block& b, const std::string& file) : b_(b), file_(file) {}

  Spectrum decode() {
    Spectrum s;
    s.meta = b_.meta;
    s.source = file_;
    xfactor_ = number_field(s, "XFACTOR").value_or(1.0);
    yfactor_ = number_field(s, "YFACTOR").value_or(1.0);
    firstx_ = number_field(s, "FIRSTX");
    lastx_ = number_field(s, "LASTX");
    if (auto n = number_field(s, "NPOINTS")) {
      if (*n < 0 || *n != std::floor(*n) || *n > 1e8)
        throw SpectrumError(file_, b_.data_line, "NPOINTS is not a valid count");
      npoints_ = static_cast<long>(*n);
    }
    if (b_.form == Form::xydata_asdf)
      decode_asdf(s);
    else
      decode_tuples(s, b_.form == Form::xyw_triples ? 3 : 2);
    return s;
  }

 private:
  std::optional<double> number_field(const Spectrum& s, std::string_view label) {
    const std::string v = s.field(label);
    if (v.empty()) return std::nullopt;
    const auto n = to_number(v);
    if (!n) throw SpectrumError(file_, b_.data_line, std::string(label) + " is not a number: '" + v + "'");
    return n;
  }

  void decode_asdf(Spectrum& s) {
    std::vector<double> ys;
    std::vector<std::pair<std::size_t, DataLine>> line_starts;  // index of first y, line, x value
    std::vector<double> line_x;
    bool prev_ended_dif = false;
    for (const DataLine& dl : b_.data) {
      const auto tokens = AsdfLexer(file_, dl.number).run(dl.text);
      if (tokens.empty()) continue;
      if (tokens[0].kind != TokenKind::absolute)
        throw SpectrumError(file_, dl.number, "XYDATA line does not start with an X value");
      const double x = tokens[0].value;
      bool check_pending = prev_ended_dif && !ys.empty();
      bool last_dif = false;
      double last_delta = 0;
      std::size_t first_index = ys.size();
      bool any_y = false;
      for (std::size_t t = 1; t < tokens.size(); ++t) {
        const Token& tok = tokens[t];
        if (tok.kind == TokenKind::duplicate) {
          if (!any_y) throw SpectrumError(file_, dl.number, "DUP count with no value to repeat");
          const long count = static_cast<long>(tok.value);
          if (count < 1 || count > 100000000 || tok.value != std::floor(tok.value))
            throw SpectrumError(file_, dl.number, "bad DUP count");
          for (long k = 1; k < count; ++k) ys.push_back(last_dif ? ys.back() + last_delta : ys.back());
          continue;
        }
        double y;
        if (tok.kind == TokenKind::difference) {
          if (ys.empty()) throw SpectrumError(file_, dl.number, "DIF value with no preceding value");
          y = ys.back() + tok.value;
          last_dif = true;
          last_delta = tok.value;
        } else {
          y = tok.value;
          last_dif = false;
        }
        if (check_pending) {
          // The Y check: a DIF line repeats the previous line's last value first.
          check_pending = false;
          const double tol = 1e-6 * std::max(1.0, std::abs(y));
          if (std::abs(y - ys.back()) > tol)
            throw SpectrumError(file_, dl.number,
                                "DIF check value does not match the last value of the previous line");
          first_index = ys.size() - 1;
          any_y = true;
          continue;
        }
        ys.push_back(y);
        any_y = true;
      }
      if (any_y) {
        line_starts.push_back({first_index, dl});
        line_x.push_back(x);
      }
      prev_ended_dif = last_dif;
    }
    if (ys.empty()) throw SpectrumError(file_, b_.data_line, "XYDATA holds no values");
    const long n = static_cast<long>(ys.size());
    if (npoints_ && *npoints_ != n)
      throw SpectrumError(
          file_, b_.data_line,
          "NPOINTS says " + std::to_string(*npoints_) + " but XYDATA holds " + std::to_string(n) + " values");
    const double x0 = firstx_.value_or(line_x.front() * xfactor_);
    double step = 0;
    if (n > 1) {
      if (!lastx_) throw SpectrumError(file_, b_.data_line, "LASTX is missing; cannot place the X values");
      step = (*lastx_ - x0) / static_cast<double>(n - 1);
    }
    // The X at the start of every line must agree with FIRSTX/LASTX/NPOINTS;
    // a mismatch means lost or extra values, which would shift every peak.
    const double tol = std::abs(step) * 1.01 + 0.5 * std::abs(xfactor_) + 1e-9 * std::abs(x0);
    for (std::size_t k = 0; k < line_starts.size(); ++k) {
      const double expected = x0 + step * static_cast<double>(line_starts[k].first);
      const double got = line_x[k] * xfactor_;
      if (std::abs(got - expected) > tol)
        throw SpectrumError(file_, line_starts[k].second.number,
                            "X value " + std::to_string(got) +
                                " does not match FIRSTX/LASTX/NPOINTS (expected " + std::to_string(expected) +
                                ")");
    }
    s.x.resize(n);
    s.y.resize(n);
    for (long i = 0; i < n; ++i) {
      s.x[i] = x0 + step * static_cast<double>(i);
      s.y[i] = ys[i] * yfactor_;
    }
  }

  void decode_tuples(Spectrum& s, int width) {
    std::vector<double> values;
    for (const DataLine& dl : b_.data) {
      std::size_t i = 0;
      const std::string& t = dl.text;
      while (i < t.size()) {
        if (t[i] == ' ' || t[i] == '\t' || t[i] == ',' || t[i] == ';') {
          ++i;
          continue;
        }
        std::size_t j = i;
        while (j < t.size() && t[j] != ' ' && t[j] != '\t' && t[j] != ',' && t[j] != ';') ++j;
        const auto v = to_number(std::string_view(t).substr(i, j - i));
        if (!v)
          throw SpectrumError(file_, dl.number, "bad number '" + t.substr(i, j - i) + "' in data table");
        values.push_back(*v);
        i = j;
      }
    }
    if (values.empty()) throw SpectrumError(file_, b_.data_line, "data table holds no values");
    if (values.size() % width != 0)
      throw SpectrumError(file_, b_.data_line, "data table has an incomplete (X,Y) group");
    const long n = static_cast<long>(values.size() / width);
    if (npoints_ && *npoints_ != n)
      throw SpectrumError(file_, b_.data_line,
                          "NPOINTS says " + std::to_string(*npoints_) + " but the table holds " +
                              std::to_string(n) + " points");
    s.x.resize(n);
    s.y.resize(n);
    for (long i = 0; i < n; ++i) {
      s.x[i] = values[i * width] * xfactor_;
      s.y[i] = values[i * width + 1] * yfactor_;
    }
  }

  const Block& b_;
  const std::string& file_;
  double xfactor_ = 1, yfactor_ = 1;
  std::optional<double> firstx_, lastx_;
  std::optional<long> npoints_;
};

Form data_form(std::string_view value) {
  const std::string v = normalise_label(value);
  if (v.find("X++") != std::string::npos && v.find("Y..Y") != std::string::npos) return Form::xydata_asdf;
  if (v.find("XYW..XYW") != std::string::npos) return Form::xyw_triples;
  if (v.find("XY..XY") != std::string::npos) return Form::xy_pairs;
  return Form::none;
}

}  // namespace

bool looks_like_jcamp(std::string_view text) {
  for (const Line& l : split_lines(text.substr(0, 4096))) {
    const auto t = trim(l.text);
    if (t.empty() || t.starts_with("$$")) continue;
    if (!t.starts_with("##")) return false;
    const auto eq = t.find('=');
    return eq != std::string_view::npos && normalise_label(t.substr(2, eq - 2)) == "TITLE";
  }
  return false;
}

std::vector<Spectrum> parse_jcamp(std::string_view text, const std::string& file) {
  std::vector<Spectrum> out;
  std::vector<Block> stack;
  Block* data_owner = nullptr;  // block whose data record is open
  bool saw_ntuples = false;
  auto finish = [&](Block& b) {
    if (b.form != Form::none) out.push_back(BlockDecoder(b, file).decode());
  };
  for (const Line& line : split_lines(text)) {
    const std::string_view body = trim(strip_comment(line.text));
    if (body.empty()) continue;
    if (body.starts_with("##")) {
      data_owner = nullptr;
      const auto eq = body.find('=');
      if (eq == std::string_view::npos) throw SpectrumError(file, line.number, "label without '='");
      const std::string label = normalise_label(body.substr(2, eq - 2));
      const std::string value(trim(body.substr(eq + 1)));
      if (label == "TITLE") {
        stack.emplace_back();
      } else if (stack.empty()) {
        throw SpectrumError(file, line.number, "record before ##TITLE: not a JCAMP-DX file");
      }
      Block& b = stack.back();
      if (label == "END") {
        finish(b);
        stack.pop_back();
        continue;
      }
      if (label == "XYDATA" || label == "XYPOINTS" || label == "PEAKTABLE") {
        if (b.form != Form::none) throw SpectrumError(file, line.number, "second data table in one block");
        b.form = data_form(value);
        if (b.form == Form::none)
          throw SpectrumError(file, line.number, "unsupported data form '" + value + "' for ##" + label);
        b.data_line = line.number;
        data_owner = &b;
        continue;
      }
      if (label == "NTUPLES") saw_ntuples = true;
      b.meta.emplace_back(std::string(trim(body.substr(2, eq - 2))), value);
      continue;
    }
    if (data_owner != nullptr) {
      data_owner->data.push_back({std::string(body), line.number});
    } else if (!stack.empty() && !stack.back().meta.empty()) {
      // A continuation of a multi-line record: keep it with the record.
      auto& v = stack.back().meta.back().second;
      if (v.size() < 4096) v.append("\n").append(body);
    }
  }
  // A missing final ##END= is common in hand-edited files; decode what is complete.
  while (!stack.empty()) {
    finish(stack.back());
    stack.pop_back();
  }
  if (out.empty())
    throw SpectrumError(file, 0,
                        saw_ntuples ? "only NTUPLES data, which is not supported"
                                    : "no spectrum found (no ##XYDATA, ##XYPOINTS or ##PEAK TABLE)");
  return out;
}

}  // namespace custos::spectra
