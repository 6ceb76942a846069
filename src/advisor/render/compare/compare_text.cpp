// The comparison as a terminal table that fits the line width.
#include <advisor/render/compare/compare.hpp>
#include <advisor/render/messages.hpp>
#include <advisor/render/vocabulary.hpp>

#include <algorithm>
#include <fmt/format.h>
#include <numeric>

namespace advisor::render {
namespace {

constexpr std::size_t k_gap = 2;             // spaces between columns
constexpr std::size_t k_marker = 2;          // "* " before every row
constexpr std::size_t k_max_name_width = 22; // the fact column never takes more
constexpr std::size_t k_min_name_width = 12;
constexpr std::size_t k_min_column = 6; // an entry column never gets less (may overflow)
constexpr std::size_t k_max_word = 24;  // longer words (addresses) are cut, not made room for

// The value of a cell: the newest statement in words and its date, or "unknown".
std::string cell_text(const FactView& fact, Language language) {
  if (!fact.known()) return unknown_label().in(language);
  const StatementView& current = fact.current();
  std::string text = current.words.in(language);
  if (fact.key != "reviewed" && current.provenance.date) {
    text += " (" + format_date(*current.provenance.date) + ")";
  }
  return text;
}

std::size_t widest_word(std::string_view text) {
  std::size_t widest = 0;
  for (const auto& line : wrap_lines(text, 1))
    widest = std::max(widest, display_width(line));
  return widest;
}

// Shares `available` columns between columns that would like `wanted` each: a column that wants
// less than an equal share gets what it wants, the rest is shared equally by the others.
std::vector<std::size_t> share_widths(const std::vector<std::size_t>& wanted,
                                      std::size_t available) {
  std::vector<std::size_t> widths(wanted.size(), 0);
  std::vector<std::size_t> open(wanted.size());
  std::iota(open.begin(), open.end(), 0);
  std::sort(open.begin(), open.end(), [&](std::size_t a, std::size_t b) {
    return wanted[a] < wanted[b] || (wanted[a] == wanted[b] && a < b);
  });
  std::size_t left = available;
  for (std::size_t i = 0; i < open.size(); ++i) {
    const std::size_t share = left / (open.size() - i);
    const std::size_t width = std::max(std::min(wanted[open[i]], share), k_min_column);
    widths[open[i]] = width;
    left = left > width ? left - width : 0;
  }
  return widths;
}

// Moves width from columns that have room to spare to columns whose longest word (at most
// k_max_word) does not fit, so that names are not cut where a wider column would avoid it.
void fit_longest_words(std::vector<std::size_t>& widths, const std::vector<std::size_t>& words) {
  for (std::size_t column = 0; column < widths.size(); ++column) {
    const std::size_t need = std::min(words[column], k_max_word);
    for (std::size_t other = 0; other < widths.size() && widths[column] < need; ++other) {
      const std::size_t floor = std::max({words[other], k_min_column, std::size_t{1}});
      if (other == column || widths[other] <= floor) continue;
      const std::size_t take = std::min(need - widths[column], widths[other] - floor);
      widths[other] -= take;
      widths[column] += take;
    }
  }
}

// Appends one table row (cells already wrapped to their widths) to `out`.
void append_row(std::string& out, std::string_view marker,
                const std::vector<std::vector<std::string>>& cells,
                const std::vector<std::size_t>& widths, const TextStyle& style, bool bold) {
  std::size_t height = 0;
  for (const auto& cell : cells)
    height = std::max(height, cell.size());
  for (std::size_t line = 0; line < height; ++line) {
    std::string text = line == 0 ? std::string(marker) : std::string(k_marker, ' ');
    std::string pending; // padding, written only when something follows
    for (std::size_t column = 0; column < cells.size(); ++column) {
      const std::string part = line < cells[column].size() ? cells[column][line] : "";
      if (!part.empty()) {
        text += pending;
        pending.clear();
        text += bold && column == 0 ? style.apply(part, Emphasis::bold) : part;
      }
      const std::size_t used = display_width(part);
      pending += std::string(widths[column] > used ? widths[column] - used : 0, ' ');
      pending += std::string(k_gap, ' ');
    }
    out += text + "\n";
  }
}

} // namespace

std::string render_compare_text(const CompareTable& unmarked, Language language,
                                const TextStyle& style) {
  const CompareTable table = with_local_marks(unmarked, language);
  const std::string fact_header = message("out.compare.fact", language);
  const std::size_t count = table.names.size();

  // The fact column: as wide as the longest name, within limits, never wider than its share.
  std::size_t name_width = display_width(fact_header);
  for (const auto& row : table.rows) {
    name_width = std::max(name_width, display_width(row.name.in(language)));
  }
  name_width = std::min(name_width, k_max_name_width);
  const std::size_t fixed = k_marker + count * k_gap;
  const std::size_t usable = style.width > fixed ? style.width - fixed : 0;
  if (count > 0)
    name_width = std::min(name_width, std::max(k_min_name_width, usable / (count + 1)));

  // Entry columns: what their longest cell wants, shared fairly in what is left.
  std::vector<std::size_t> wanted(count, 0);
  for (std::size_t i = 0; i < count; ++i) {
    wanted[i] = std::max(widest_word(table.names[i]), display_width(table.names[i]));
    for (const auto& row : table.rows) {
      wanted[i] = std::max(wanted[i], display_width(cell_text(row.cells[i], language)));
    }
  }
  std::vector<std::size_t> widths{name_width};
  for (auto width : share_widths(wanted, usable > name_width ? usable - name_width : 0)) {
    widths.push_back(width);
  }
  std::vector<std::size_t> words{widest_word(fact_header)};
  for (const auto& row : table.rows)
    words[0] = std::max(words[0], widest_word(row.name.in(language)));
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t widest = widest_word(table.names[i]);
    for (const auto& row : table.rows) {
      widest = std::max(widest, widest_word(cell_text(row.cells[i], language)));
    }
    words.push_back(widest);
  }
  fit_longest_words(widths, words);

  std::vector<std::string> names;
  for (std::size_t i = 0; i < count; ++i)
    names.push_back(table.names[i]);
  std::string out = wrap(message("out.compare.title", language,
                                 {{"names", fmt::format("{}", fmt::join(names, ", "))}}),
                         style.width) +
                    "\n\n";

  std::vector<std::vector<std::string>> header{wrap_lines(fact_header, widths[0], true)};
  std::vector<std::vector<std::string>> rule{{std::string(display_width(fact_header), '-')}};
  for (std::size_t i = 0; i < count; ++i) {
    header.push_back(wrap_lines(table.names[i], widths[i + 1], true));
    rule.push_back({std::string(std::min(widths[i + 1], display_width(table.names[i])), '-')});
  }
  append_row(out, std::string(k_marker, ' '), header, widths, style, false);
  append_row(out, std::string(k_marker, ' '), rule, widths, style, false);

  bool any_difference = false;
  for (const auto& row : table.rows) {
    std::vector<std::vector<std::string>> cells{wrap_lines(row.name.in(language), widths[0], true)};
    for (std::size_t i = 0; i < count; ++i) {
      cells.push_back(wrap_lines(cell_text(row.cells[i], language), widths[i + 1], true));
    }
    any_difference = any_difference || row.differs;
    append_row(out, row.differs ? "* " : "  ", cells, widths, style, row.differs);
  }
  out += "\n";
  if (any_difference) {
    out += wrap("* " + message("out.compare.text.differs", language), style.width) + "\n";
  }
  out += wrap(message("out.compare.text.dates", language), style.width) + "\n";
  return out;
}

} // namespace advisor::render
