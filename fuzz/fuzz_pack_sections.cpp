// Outside input: a pack's sections.json (the home screen's topics), as staff write it and as it
// arrives inside a signed pack; read when the kiosk builds the content database.

#include "fuzzpack.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static civic::fuzz::FuzzPack pack;
    pack.importWith(QStringLiteral("sections.json"), civic::fuzz::input(data, size));
    return 0;
}
