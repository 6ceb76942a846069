#pragma once
// The help of the program and of each command, written by us rather than by CLI11: in the
// interface language, wrapped to the terminal's width, each command's help listing the global
// options that work with it.

#include <advisor/core/language.hpp>

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

namespace advisor::cli {

// Help text never gets wider than this, however wide the terminal: long lines are hard to read.
inline constexpr std::size_t k_max_help_width = 100;

class HelpFormatter : public CLI::FormatterBase {
public:
  HelpFormatter(Language language, std::size_t width);

  // `app` is the program or one of its commands; `name` and `mode` are CLI11's (unused: the
  // usage line is built from the names).
  std::string make_help(const CLI::App* app, std::string name,
                        CLI::AppFormatMode mode) const override;

private:
  Language m_language;
  std::size_t m_width;
};

} // namespace advisor::cli
