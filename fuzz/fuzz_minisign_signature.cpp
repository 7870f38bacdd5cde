// Outside input: a .minisig file: beside a .ckpack on a USB stick (civic-kioskctl install), and
// latest.json.minisig and manifests/VERSION.json.minisig fetched from a channel. It is parsed, and
// its key checked, before any signed data is read.

#include "fuzzsupport.h"

#include "minisign.h"

using namespace civic::minisign;

namespace {

/// A kiosk's trusted key (made with minisign -G for the seed corpus; its secret key is not kept).
PublicKey trustedKey()
{
    QString error;
    static const auto key = PublicKey::parse("RWT0Wze/hZToS12LzBJn51C7Rvg8BZkKmcWecX3GFtX80ZsqWfia6iz/", &error);
    if (!key)
        qFatal("fuzz: the built-in public key does not parse: %s", qPrintable(error));
    return *key;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto signature = Signature::parse(civic::fuzz::input(data, size), &error);
    if (!signature)
        return 0;
    // What the installer decides from the signature file alone: unknown key, legacy algorithm.
    trustedSigner(*signature, {trustedKey()}, &error);
    // civic-pack writes signatures with fileText(): the signed parts must come back byte for byte.
    // The comments are text for people and are not compared; the trusted comment's bytes are
    // covered by the verify target.
    const auto again = Signature::parse(signature->fileText(), &error);
    if (!again || again->algorithm != signature->algorithm || again->keyId != signature->keyId
        || again->signature != signature->signature || again->globalSignature != signature->globalSignature)
        civic::fuzz::fail("a signature does not read back from its own file text");
    return 0;
}
