// Outside input: a channel's latest.json (current version, manifest path, size and hash, expiry),
// fetched over HTTP(S) by civic-kioskctl update (read once its signature holds) and read unsigned
// by civic-pack publish from the channel folder.

#include "fuzzsupport.h"

#include "channelindex.h"
#include "packversion.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto index = civic::ChannelIndex::fromJson(civic::fuzz::input(data, size), &error);
    if (!index)
        return 0;
    // What ChannelClient does next with it: compare its version with the one accepted before, and
    // name its dates in messages.
    civic::compareVersions(index->version, QStringLiteral("2026.11.1"));
    index->expires.toString(Qt::ISODate);
    return 0;
}
