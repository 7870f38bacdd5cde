// Outside input: a pack's pack.json (meta data, languages, emergency numbers and the attract
// playlist), as staff write it and as it arrives inside a signed pack from a channel or a USB
// stick. The kiosk reads it with the rest of the pack when it builds the content database.

#include "fuzzpack.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static civic::fuzz::FuzzPack pack;
    pack.importWith(QStringLiteral("pack.json"), civic::fuzz::input(data, size));
    return 0;
}
