#pragma once
// A small in-memory catalogue for the guide and handout renderers, independent of the built-in
// data: talky (English only, guide checked 2020-07), jitsi-meet with three services (ffmuc
// active, maybe uncertain, gone discontinued and replaced by ffmuc), and "tricky", whose texts are
// full of characters that HTML and Markdown must escape.

#include <advisor/catalogue/model.hpp>

namespace advisor::test {

// Returns a text whose German and English versions are given.
Text both(std::string de, std::string en);

// Returns the catalogue described above. Test data only: the steps are short stand-ins.
catalogue::Catalogue handout_catalogue();

} // namespace advisor::test
