#pragma once
// A CLI11 check for options that take one of a few words, with "did you mean" on a typo.

#include <string>
#include <vector>

namespace CLI {
class Validator;
}

namespace advisor::cli {

// Returns a validator that accepts exactly one of `allowed` and otherwise fails with
// `"x" is not one of a, b, c (did you mean "a"?)` (CLI11 then exits 2). Its description is
// empty, so the option's type name (e.g. "auto|always|never") is what help and completion show.
CLI::Validator one_of(std::vector<std::string> allowed);

} // namespace advisor::cli
