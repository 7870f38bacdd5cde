// Outside input: a pack's notices.json (time-limited notices, urgent ones take over the home
// screen), as staff write it and as it arrives inside a signed pack; read when the kiosk builds the
// content database. Notices change most often, so this file is edited in a hurry.

#include "fuzzpack.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static civic::fuzz::FuzzPack pack;
    pack.importWith(QStringLiteral("notices.json"), civic::fuzz::input(data, size));
    return 0;
}
