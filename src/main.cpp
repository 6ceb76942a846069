#include <advisor/cli/app.hpp>

int main(int argc, char** argv) {
  return advisor::cli::run_main(argc, argv);
}
