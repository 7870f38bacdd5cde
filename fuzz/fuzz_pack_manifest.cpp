// Outside input: a pack's manifest (every file with its size and SHA-256): manifest.json inside a
// .ckpack archive from a USB stick, and manifests/VERSION.json fetched from a channel.

#include "fuzzsupport.h"

#include "packmanifest.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto manifest = civic::PackManifest::fromJson(civic::fuzz::input(data, size), &error);
    if (!manifest)
        return 0;
    // The kiosk writes an accepted manifest into the pack it builds and reads it back later to
    // recognise that pack (PackStore::activate, gc, verify): whatever fromJson accepts, toJson must
    // write so that it reads back as the same pack.
    const auto again = civic::PackManifest::fromJson(manifest->toJson(), &error);
    if (!again || again->contentSha256() != manifest->contentSha256())
        civic::fuzz::fail("an accepted manifest does not read back from its own toJson()");
    return 0;
}
