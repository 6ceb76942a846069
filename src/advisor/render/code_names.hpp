#pragma once
// Names for the ISO codes the catalogue stores: interface languages and operators' countries.

#include <advisor/core/language.hpp>

#include <string_view>

namespace advisor::render {

// Returns the name of a language from its ISO 639-1 code ("de" -> Deutsch / German); the code
// itself when it is not in the table.
Text language_name(std::string_view code);

// Returns the name of a country from its ISO 3166 alpha-2 code ("DE" -> Deutschland / Germany);
// the code itself when it is not in the table.
Text country_name(std::string_view code);

} // namespace advisor::render
