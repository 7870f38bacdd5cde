// Outside input: one page of a pack (pages/ID.json, a Markdown body such as the privacy notice),
// as staff write it and as it arrives inside a signed pack; read when the kiosk builds the content
// database.

#include "fuzzpack.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static civic::fuzz::FuzzPack pack(QStringLiteral("pages"));
    pack.importItem(civic::fuzz::input(data, size));
    return 0;
}
