// Outside input: minisign key files. Public keys reach the kiosk in its config (trusted_keys) and
// civic-pack verify as .pub files from minisign -G or civic-pack keygen; secret keys reach
// civic-pack sign and publish as .key files.

#include "fuzzsupport.h"

#include "minisign.h"

using namespace civic::minisign;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = civic::fuzz::input(data, size);
    QString error;
    if (const auto key = PublicKey::parse(text, &error)) {
        // civic-pack keygen writes keys with fileText() and a kiosk's config holds base64(): both
        // must read back as the same key.
        const auto fromFile = PublicKey::parse(key->fileText(), &error);
        const auto fromLine = PublicKey::parse(key->base64().toLatin1(), &error);
        if (!fromFile || !fromLine || fromFile->keyId != key->keyId || fromFile->key != key->key
            || fromLine->keyId != key->keyId || fromLine->key != key->key)
            civic::fuzz::fail("a public key does not read back from its own file text or base64 line");
    }
    // Without a password, so that an encrypted key is refused before scrypt runs: the file sets
    // scrypt's cost, and the fuzzer would only spend its time (and time out) there.
    secretKeyIsEncrypted(text);
    if (const auto secret = parseSecretKey(text, {}, &error))
        secret->publicKey().keyIdText();
    return 0;
}
