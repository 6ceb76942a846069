#pragma once
// Laying out text for a terminal and for Markdown: widths of UTF-8 text, aligned columns, and
// Markdown tables. Shared by every command that prints a table.

#include <advisor/render/terminal.hpp> // display_width

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace advisor::render {

// Returns `text` followed by spaces up to `width` columns (unchanged when it is wider).
std::string pad_right(std::string_view text, std::size_t width);

// Returns the rows as aligned columns separated by two spaces, one line per row, each ending in
// '\n'. The last column is not padded, so no line ends in spaces. Rows may differ in length.
std::string align_columns(const std::vector<std::vector<std::string>>& rows);

// Returns `text` safe for one Markdown table cell or inline text: `|`, `*`, `_`, `` ` ``, `[`,
// `]`, `<`, `>` and `\` are backslash-escaped, line breaks become spaces.
std::string markdown_escape(std::string_view text);

// Returns a Markdown (pipe) table: the header row, the separator and one line per row. Cells are
// escaped here; pass plain text.
std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows);

} // namespace advisor::render
